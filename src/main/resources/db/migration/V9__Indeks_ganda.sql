-- H2 gives every foreign key an index of its own when the table is created (the CONSTRAINT_INDEX_* ones), so
-- these later CREATE INDEX on the same referencing column kept a second copy of the same index, and every insert
-- paid for both. Queries keep the index they used: the constraint's, on the same column. (pmks_penduduk_ix stays:
-- H2 gave that foreign key this index instead of one of its own.) A PostgreSQL schema, which makes no index for a
-- foreign key, keeps them all: this script is the embedded engine's.
DROP INDEX IF EXISTS penduduk_desa_ix;
DROP INDEX IF EXISTS pmks_status_riwayat_ix;
DROP INDEX IF EXISTS bantuan_penduduk_ix;
DROP INDEX IF EXISTS psks_desa_ix;
DROP INDEX IF EXISTS psks_jenis_ix;
DROP INDEX IF EXISTS psks_penduduk_ix;
DROP INDEX IF EXISTS psks_diklat_ix;
DROP INDEX IF EXISTS perangkat_desa_ix;
DROP INDEX IF EXISTS rapat_agenda_ix;
DROP INDEX IF EXISTS rapat_peserta_ix;
DROP INDEX IF EXISTS tindak_lanjut_rapat_ix;
