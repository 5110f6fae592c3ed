-- The change history ("Riwayat perubahan") also records exports of personal data and backups (aksi 'ekspor': who,
-- when, what, how many rows), and pages newest first by id with a date range: the index on waktu finds where a
-- range starts without reading the rows after it.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_aksi_ck;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_aksi_ck CHECK (aksi IN ('tambah', 'ubah', 'hapus', 'ekspor'));
CREATE INDEX audit_log_waktu_ix ON audit_log (waktu);
