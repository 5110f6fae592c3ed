package id.kesos.core.impor;

import java.util.List;

/**
 * The columns a list of social-welfare pillars may have: the Kemensos verification form (Model B.1.1,
 * one person a row) and a plain list of pillars (persons and institutions, a type column), each with
 * the header texts it goes by (the resource {@code id/kesos/impor/kolom-psks.txt}). Names match
 * {@link id.kesos.core.psks.Psks.Field} where they are the same field, so a check's field is its column.
 */
public enum KolomPsks implements KolomDaftar {
    NO("impor.psks.kolom.no"),
    NIK("impor.psks.kolom.nik"),
    NAMA("impor.psks.kolom.nama"),
    JENIS_KELAMIN("impor.psks.kolom.jenisKelamin"),
    TEMPAT_LAHIR("impor.psks.kolom.tempatLahir"),
    TANGGAL_LAHIR("impor.psks.kolom.tanggalLahir"),
    TTL("impor.psks.kolom.ttl"),
    PENDIDIKAN("impor.psks.kolom.pendidikan"),
    ALAMAT("impor.psks.kolom.alamat"),
    DESA("impor.psks.kolom.desa"),
    TELEPON("impor.psks.kolom.telepon"),
    EMAIL("impor.psks.kolom.email"),
    MULAI_AKTIF("impor.psks.kolom.mulaiAktif"),
    NOMOR_SK("impor.psks.kolom.nomorSk"),
    LEGALITAS("impor.psks.kolom.legalitas"),
    PENDAMPINGAN("impor.psks.kolom.pendampingan"),
    JENIS("impor.psks.kolom.jenis"),
    KETUA("impor.psks.kolom.ketua"),
    TAHUN_BERDIRI("impor.psks.kolom.tahunBerdiri"),
    JUMLAH_PENGURUS("impor.psks.kolom.jumlahPengurus"),
    JUMLAH_ANGGOTA("impor.psks.kolom.jumlahAnggota"),
    BIDANG("impor.psks.kolom.bidang"),
    KETERANGAN("impor.psks.kolom.keterangan");

    private static final java.util.Map<String, List<String>> SEBUTAN = KolomPmks.daftar("kolom-psks.txt");

    private final String labelKey;

    KolomPsks(String labelKey) {
        this.labelKey = labelKey;
    }

    /** What the mapping screen calls the column. */
    @Override
    public String labelKey() {
        return labelKey;
    }

    public List<String> nama() {
        return SEBUTAN.getOrDefault(name(), List.of());
    }

    /** The column a header names, or null. */
    public static KolomPsks dari(String header) {
        return KolomPmks.dari(header, values(), SEBUTAN);
    }
}
