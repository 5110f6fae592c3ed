package id.kesos.core.psks;

import id.kesos.core.penduduk.JenisKelamin;

/** One row of the PSKS list. {@code desaKode} is null for an institution at kecamatan level. */
public record BarisPsks(long id, Long pendudukId, String jenisKode, String jenisSingkatan, Bentuk bentuk, String nama, String nik,
        JenisKelamin jk, String desaKode, String desaNama, String telepon, Legalitas legalitas, boolean aktif) {
}
