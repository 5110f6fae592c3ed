package id.kesos.core.psks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.NikValidator;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.PendudukValidator;
import id.kesos.core.psks.Psks.Field;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.Teks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a PSKS record by the form of its type. A person's data goes through the same
 * {@link PendudukValidator} as the PMKS register; No. KK through the same {@link NikValidator}.
 * Errors block saving; what depends on other records (age band, one TKSK) is the service's warning.
 */
public final class PsksValidator {
    private static final Penduduk.Field[] FIELD_ORANG = {Penduduk.Field.NIK, Penduduk.Field.NAMA, Penduduk.Field.JENIS_KELAMIN,
        Penduduk.Field.TANGGAL_LAHIR, Penduduk.Field.ALAMAT, Penduduk.Field.DESA, Penduduk.Field.TELEPON};

    private final PendudukValidator orang;
    private final Supplier<Set<String>> desaKecamatan;

    public PsksValidator(PendudukValidator orang, Supplier<Set<String>> desaKecamatan) {
        this.orang = orang;
        this.desaKecamatan = desaKecamatan;
    }

    public HasilValidasi periksa(Psks p, JenisPsks j) {
        HasilValidasi h = new HasilValidasi();
        if (j == null) {
            h.tambah(Field.JENIS, Messages.get("psks.jenisTidakDikenal", p.jenisKode() == null ? "" : p.jenisKode()));
            return h;
        }
        int tahunIni = LocalDate.now().getYear();
        switch (j.bentuk()) {
            case PERSEORANGAN -> {
                Penduduk o = p.orang();
                if (o == null) {
                    h.tambah(Field.NAMA, Messages.get("validasi.wajib", label(Field.NAMA)));
                } else {
                    // the person's own rules, reported under the record's fields of the same name
                    HasilValidasi ho = new HasilValidasi();
                    for (Penduduk.Field f : FIELD_ORANG) {
                        orang.periksa(f, o, ho);
                    }
                    h.gabung(ho, f -> Field.valueOf(f.name()));
                }
                h.tambah(Field.EMAIL, Teks.email(p.email(), label(Field.EMAIL)));
                h.tambah(Field.MULAI_AKTIF, tahun(p.mulaiAktif(), 1950, tahunIni, label(Field.MULAI_AKTIF)));
                h.tambah(Field.NOMOR_SK, Teks.panjang(p.nomorSk(), label(Field.NOMOR_SK), 100));
                if (p.legalitas() == Legalitas.TERDAFTAR) {
                    h.tambah(Field.LEGALITAS, Messages.get("psks.legalitasOrang"));
                }
                for (int i = 0; i < p.diklat().size(); i++) {
                    Diklat d = p.diklat().get(i);
                    String baris = Messages.get("psks.diklatBaris", i + 1);
                    h.tambah(Field.DIKLAT, Teks.wajib(d.nama(), baris + ": " + Messages.get("psks.diklatNama"), 200));
                    h.tambah(Field.DIKLAT, Teks.panjang(d.penyelenggara(), baris + ": " + Messages.get("psks.diklatPenyelenggara"), 150));
                    h.tambah(Field.DIKLAT, tahun(d.tahun(), 1950, tahunIni, baris + ": " + Messages.get("psks.diklatTahun")));
                }
            }
            case KELUARGA -> {
                h.tambah(Field.NAMA, Teks.nama(p.nama(), Messages.get("psks.kepalaKeluarga"), 150));
                if (Teks.bersih(p.noKk()) == null) {
                    h.tambah(Field.NO_KK, Messages.get("validasi.wajib", label(Field.NO_KK)));
                } else {
                    NikValidator.Hasil kk = orang.nikValidator().periksaKk(p.noKk(), label(Field.NO_KK));
                    h.tambah(Field.NO_KK, kk.galat());
                    h.peringatan(Field.NO_KK, kk.peringatan());
                }
                desa(p.desaKode(), true, h);
                h.tambah(Field.URAIAN, Teks.panjang(p.uraian(), label(Field.URAIAN), 1000));
            }
            case LEMBAGA -> {
                h.tambah(Field.NAMA, Teks.nama(p.nama(), Messages.get("psks.namaLembaga"), 150));
                h.tambah(Field.KETUA, Teks.panjang(p.ketua(), label(Field.KETUA), 150));
                desa(p.desaKode(), false, h);
                h.tambah(Field.TAHUN_BERDIRI, tahun(p.tahunBerdiri(), 1900, tahunIni, label(Field.TAHUN_BERDIRI)));
                h.tambah(Field.NOMOR_SK, Teks.panjang(p.nomorSk(), label(Field.NOMOR_SK), 100));
                h.tambah(Field.AKTA_NOTARIS, Teks.panjang(p.aktaNotaris(), label(Field.AKTA_NOTARIS), 100));
                h.tambah(Field.NOMOR_TANDA_DAFTAR, Teks.panjang(p.nomorTandaDaftar(), label(Field.NOMOR_TANDA_DAFTAR), 100));
                jumlah(p.jumlahPengurus(), Field.JUMLAH_PENGURUS, h);
                jumlah(p.jumlahAnggota(), Field.JUMLAH_ANGGOTA, h);
                h.tambah(Field.BIDANG, Teks.panjang(p.bidang(), label(Field.BIDANG), 250));
                h.tambah(Field.EMAIL, Teks.email(p.email(), label(Field.EMAIL)));
            }
            case BADAN_USAHA -> {
                h.tambah(Field.NAMA, Teks.nama(p.nama(), Messages.get("psks.namaUsaha"), 150));
                h.tambah(Field.BIDANG, Teks.panjang(p.bidang(), Messages.get("psks.bidangUsaha"), 250));
                h.tambah(Field.NARAHUBUNG, Teks.panjang(p.narahubung(), label(Field.NARAHUBUNG), 150));
                h.tambah(Field.DUKUNGAN, Teks.panjang(p.dukungan(), label(Field.DUKUNGAN), 500));
                desa(p.desaKode(), false, h);
                h.tambah(Field.EMAIL, Teks.email(p.email(), label(Field.EMAIL)));
            }
        }
        if (j.bentuk() != Bentuk.PERSEORANGAN) {
            h.tambah(Field.ALAMAT, Teks.panjang(p.alamat(), label(Field.ALAMAT), 250));
            h.tambah(Field.TELEPON, Teks.telepon(p.telepon(), label(Field.TELEPON)));
        }
        h.tambah(Field.CATATAN, Teks.panjang(p.catatan(), label(Field.CATATAN), 1000));
        return h;
    }

    /** A desa of the kecamatan; empty means the kecamatan level where {@code wajib} is false. */
    private void desa(String kode, boolean wajib, HasilValidasi h) {
        String d = Teks.bersih(kode);
        String label = label(Field.DESA);
        if (d == null) {
            if (wajib) {
                h.tambah(Field.DESA, Messages.get("penduduk.desaWajib", label));
            }
        } else if (!desaKecamatan.get().contains(d)) {
            h.tambah(Field.DESA, Messages.get("penduduk.desaLuar", label, d));
        }
    }

    private static void jumlah(Integer n, Field f, HasilValidasi h) {
        if (n != null && (n < 0 || n > 100_000)) {
            h.tambah(f, Messages.get("psks.jumlahSalah", label(f), n));
        }
    }

    static Optional<String> tahun(Integer t, int min, int max, String label) {
        if (t != null && (t < min || t > max)) {
            return Optional.of(Messages.get("psks.tahunSalah", label, t, min, max));
        }
        return Optional.empty();
    }

    static String label(Field f) {
        return Messages.get(f.labelKey());
    }

    /** The fields of a deactivation its checks name. */
    public enum Nonaktif { TANGGAL, ALASAN }

    /** Deactivating a pillar: from a date not in the future, for a reason (both required). */
    public HasilValidasi periksaNonaktif(java.time.LocalDate tanggal, String alasan) {
        HasilValidasi h = new HasilValidasi();
        if (tanggal == null) {
            h.tambah(Nonaktif.TANGGAL, Messages.get("validasi.wajib", Messages.get("psks.nonaktifTanggal")));
        } else if (tanggal.isAfter(java.time.LocalDate.now())) {
            h.tambah(Nonaktif.TANGGAL, Messages.get("psks.nonaktifMasaDepan", id.kesos.core.penduduk.Tanggal.format(tanggal)));
        }
        if (alasan == null) {
            h.tambah(Nonaktif.ALASAN, Messages.get("validasi.wajib", Messages.get("psks.nonaktifAlasan")));
        } else {
            h.tambah(Nonaktif.ALASAN, Teks.panjang(alasan, Messages.get("psks.nonaktifAlasan"), 500));
        }
        return h;
    }

    /** A new "pilar lain" type: a name and an abbreviation no other type has, and its form. */
    public HasilValidasi periksaJenisBaru(String nama, String singkatan, Bentuk bentuk, List<JenisPsks> ada) {
        HasilValidasi h = new HasilValidasi();
        h.tambah(JenisPsks.Field.NAMA, Teks.wajib(nama, Messages.get("psks.jenisNama"), 120));
        h.tambah(JenisPsks.Field.SINGKATAN, Teks.wajib(singkatan, Messages.get("psks.jenisSingkatan"), 20));
        if (bentuk == null) {
            h.tambah(JenisPsks.Field.BENTUK, Messages.get("validasi.wajib", Messages.get("psks.bentuk")));
        }
        String n = Teks.bersih(nama);
        String s = Teks.bersih(singkatan);
        for (JenisPsks j : ada) {
            if (n != null && j.nama().equalsIgnoreCase(n) || s != null && j.singkatan().equalsIgnoreCase(s)) {
                h.tambah(JenisPsks.Field.NAMA, Messages.get("psks.jenisSudahAda", j.nama(), j.singkatan()));
            }
        }
        return h;
    }
}
