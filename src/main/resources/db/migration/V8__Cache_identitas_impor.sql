-- V7's 1,000 ids a store was still a fifth of an import's write time (100,000 rows use 500,000 ids, and each
-- store writes the whole open transaction so far): the tables a bulk write fills keep 100,000 ids at hand.
-- H2 writes the sequence's true value back when the database closes; only a crash leaves a gap.
ALTER TABLE audit_log ALTER COLUMN id SET CACHE 100000;
ALTER TABLE penduduk ALTER COLUMN id SET CACHE 100000;
ALTER TABLE pmks ALTER COLUMN id SET CACHE 100000;
ALTER TABLE pmks_status_riwayat ALTER COLUMN id SET CACHE 100000;

-- An audit row's values as text in the row, not a CLOB: H2 stores every CLOB in its LOB store, a tenth of an
-- import's write time. The longest record (a meeting's minutes, fields of at most 20,000 characters each)
-- is far below a million characters of JSON.
ALTER TABLE audit_log ALTER COLUMN nilai_lama SET DATA TYPE CHARACTER VARYING(1000000);
ALTER TABLE audit_log ALTER COLUMN nilai_baru SET DATA TYPE CHARACTER VARYING(1000000);
