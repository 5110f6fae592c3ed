-- District templates: an .xlsx the Dinas Sosial sent, stored per recap so the office chooses it once.
CREATE TABLE templat_rekap (
    jenis          VARCHAR(30)   PRIMARY KEY,
    nama_berkas    VARCHAR(255)  NOT NULL,
    isi            BLOB          NOT NULL,
    dipasang_pada  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
