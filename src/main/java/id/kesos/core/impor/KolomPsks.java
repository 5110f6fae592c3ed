package id.kesos.core.impor;

import java.util.List;

/**
 * The columns a list of social-welfare pillars may have: the Kemensos verification form (Model B.1.1,
 * one person a row) and a plain list of pillars (persons and institutions, a type column), each with
 * the header texts it goes by (the resource {@code id/kesos/impor/kolom-psks.txt}). Names match
 * {@link id.kesos.core.psks.Psks.Field} where they are the same field, so a check's field is its column.
 */
public enum KolomPsks {
    NO,
    NIK,
    NAMA,
    JENIS_KELAMIN,
    TEMPAT_LAHIR,
    TANGGAL_LAHIR,
    TTL,
    PENDIDIKAN,
    ALAMAT,
    DESA,
    TELEPON,
    EMAIL,
    MULAI_AKTIF,
    NOMOR_SK,
    LEGALITAS,
    PENDAMPINGAN,
    JENIS,
    KETUA,
    TAHUN_BERDIRI,
    JUMLAH_PENGURUS,
    JUMLAH_ANGGOTA,
    BIDANG,
    KETERANGAN;

    private static final java.util.Map<String, List<String>> SEBUTAN = KolomPmks.daftar("kolom-psks.txt");

    public List<String> nama() {
        return SEBUTAN.getOrDefault(name(), List.of());
    }

    /** The column a header names, or null. */
    public static KolomPsks dari(String header) {
        return KolomPmks.dari(header, values(), SEBUTAN);
    }
}
