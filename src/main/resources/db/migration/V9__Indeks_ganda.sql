-- H2 gives every foreign key an index of its own when the table is created (the CONSTRAINT_INDEX_* ones), so
-- these later CREATE INDEX on the same referencing column kept a second copy of the same index, and
-- pmks_penduduk_ix repeats the first column of the unique pmks_unik that already serves the key. Every insert
-- paid for each copy (an import of 100,000 rows about a fifth of its write). Queries keep the index they used:
-- the constraint's, on the same column. A PostgreSQL schema (which makes no index for a foreign key) keeps
-- them: this script is the embedded engine's.
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
