-- The ids of the rows a bulk write (an import, the demo) adds many of: H2 stores its sequence each time
-- the cache of ids is used up (32 by default), and each store writes the whole of a long transaction so far: it cost an import half of its write time. Ids left
-- unused when the program stops leave gaps, which nothing reads.
ALTER TABLE audit_log ALTER COLUMN id SET CACHE 1000;
ALTER TABLE penduduk ALTER COLUMN id SET CACHE 1000;
ALTER TABLE pmks ALTER COLUMN id SET CACHE 1000;
ALTER TABLE pmks_status_riwayat ALTER COLUMN id SET CACHE 1000;
ALTER TABLE psks ALTER COLUMN id SET CACHE 1000;
