package id.kesos.core.rapat;

import id.kesos.core.i18n.Messages;
import id.kesos.core.cetak.Berkas;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.cetak.TanggalIndonesia;
import id.kesos.core.cetak.Tata;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.cetak.Tata.Kolom;
import id.kesos.core.cetak.Tata.Rata;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The printed minutes (notula) and attendance list (daftar hadir) of a meeting, as a kecamatan
 * office files them: kop surat from the office profile, Indonesian dates, numbered agenda and
 * discussion, decisions, follow-up table, signature blocks; the attendance table with the
 * signature column zig-zag and blank rows for walk-ins. Text is always Indonesian: it is an official document.
 */
public final class NotulaPdf {
    /** Which parts to print. */
    public enum Bagian { NOTULA, DAFTAR_HADIR, SEMUA;

        public static Bagian dariKode(String s) {
            return s == null ? null : switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "notula" -> NOTULA;
                case "daftar-hadir", "daftar_hadir" -> DAFTAR_HADIR;
                case "semua" -> SEMUA;
                default -> null;
            };
        }
    }

    /** Blank rows under the attendance list for those who come without being on it. */
    static final int BARIS_KOSONG = 5;
    private static final float UKURAN = 11f;

    private NotulaPdf() {
    }

    /** Writes the PDF of {@code r} to {@code out}. */
    public static void tulis(Rapat r, ProfilKantor profil, Kertas kertas, Bagian bagian, OutputStream out) {
        try (PDDocument doc = buat(r, profil, kertas, bagian)) {
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the PDF to {@code out} through a temporary file beside it, then moves it in place: a
     * failure never leaves half a PDF (or destroys the previous one).
     */
    public static void simpan(Rapat r, ProfilKantor profil, Kertas kertas, Bagian bagian, java.nio.file.Path out) {
        Berkas.tulisAman(out, os -> tulis(r, profil, kertas, bagian, os));
    }

    /** The document itself (the caller closes it): for preview and printing. */
    public static PDDocument buat(Rapat r, ProfilKantor profil, Kertas kertas, Bagian bagian) {
        Tata t = new Tata(kertas);
        if (bagian != Bagian.DAFTAR_HADIR) {
            // a draft's minutes say so on every page and carry no signature lines: nobody signs a draft
            if (r.status() == StatusRapat.DRAFT) {
                t.tandaAir(Messages.dok("dok.notula.draf"));
            }
            notula(t, r, profil);
            t.tanpaTandaAir();
        }
        if (bagian != Bagian.NOTULA) {
            if (bagian == Bagian.SEMUA) {
                t.halamanBaru();
            }
            daftarHadir(t, r, profil);
        }
        return t.selesai(Messages.dok("dok.cetak.halaman"));
    }

    // ---------------------------------------------------------------------------------------------

    private static void judul(Tata t, String s) {
        t.paragraf(s, t.tebal, 13f, Rata.TENGAH, t.kiri);
        float w = t.ukur(s, t.tebal, 13f);
        float x = t.kiri + (t.lebar() - w) / 2;
        t.garis(x, t.y + 2f, x + w, t.y + 2f, 0.8f);
        t.spasi(10f);
    }

    private static void isian(Tata t, String label, String nilai) {
        float lh = Tata.tinggiBaris(UKURAN);
        float kolomLabel = 4.2f * Tata.CM;
        List<String> b = t.bungkus(nilai == null || nilai.isBlank() ? "-" : nilai, t.biasa, UKURAN, t.lebar() - kolomLabel - 10f);
        for (int i = 0; i < b.size(); i++) {
            t.pastikan(lh);
            t.y -= lh;
            float base = t.y + UKURAN * 0.3f;
            if (i == 0) {
                t.tulis(label, t.biasa, UKURAN, t.kiri, base);
                t.tulis(":", t.biasa, UKURAN, t.kiri + kolomLabel - 6f, base);
            }
            t.tulis(b.get(i), t.biasa, UKURAN, t.kiri + kolomLabel + 4f, base);
        }
    }

    private static String waktu(Rapat r) {
        if (r.jamMulai() == null) {
            return "-";
        }
        return RapatService.jam(r.jamMulai()) + (r.jamSelesai() == null ? Messages.dok("dok.notula.sampaiSelesai") : Messages.dok("dok.notula.sampai", RapatService.jam(r.jamSelesai())));
    }

    private static void notula(Tata t, Rapat r, ProfilKantor p) {
        p.kopSurat().gambar(t);
        judul(t, Messages.dok(r.status() == StatusRapat.DRAFT ? "dok.notula.judulDraf" : "dok.notula.judul"));
        isian(t, Messages.dok("dok.notula.namaRapat"), r.judul());
        isian(t, Messages.dok("dok.notula.jenisRapat"), Messages.getId(r.jenis().labelKey()));
        isian(t, Messages.dok("dok.notula.hariTanggal"), TanggalIndonesia.hariTanggal(r.tanggal()));
        isian(t, Messages.dok("dok.notula.waktu"), waktu(r));
        isian(t, Messages.dok("dok.notula.tempat"), r.tempat());
        isian(t, Messages.dok("dok.notula.acara"), r.agenda().isEmpty() ? "-" : r.agenda().size() == 1 ? r.agenda().getFirst().judul()
                : java.util.stream.IntStream.range(0, r.agenda().size()).mapToObj(i -> (i + 1) + ". " + r.agenda().get(i).judul())
                        .collect(Collectors.joining("\n")));
        isian(t, Messages.dok("dok.notula.pimpinan"), pejabatSingkat(r.pimpinan()));
        isian(t, Messages.dok("dok.notula.notulis"), pejabatSingkat(r.notulis()));
        isian(t, Messages.dok("dok.notula.peserta"), peserta(r));
        t.spasi(8f);

        int bab = 0;
        subjudul(t, Messages.dok("dok.notula.bab", romawi(++bab), Messages.dok("dok.notula.bab.pembukaan")));
        t.paragraf(r.pembukaan() == null ? "-" : r.pembukaan(), t.biasa, UKURAN, Rata.KIRI, t.kiri + 0.6f * Tata.CM);
        subjudul(t, Messages.dok("dok.notula.bab", romawi(++bab), Messages.dok("dok.notula.bab.pembahasan")));
        if (r.agenda().isEmpty()) {
            t.paragraf("-", t.biasa, UKURAN, Rata.KIRI, t.kiri + 0.6f * Tata.CM);
        }
        float x1 = t.kiri + 0.6f * Tata.CM;
        for (int i = 0; i < r.agenda().size(); i++) {
            AgendaRapat a = r.agenda().get(i);
            t.pastikan(3 * Tata.tinggiBaris(UKURAN));
            t.spasi(3f);
            t.butir((i + 1) + ".", a.judul(), t.tebal, UKURAN, x1, 0.6f * Tata.CM);
            float x2 = x1 + 0.6f * Tata.CM;
            if (a.pembahasan() != null) {
                t.paragraf(a.pembahasan(), t.biasa, UKURAN, Rata.KIRI, x2);
            }
            if (a.kesimpulan() != null) {
                t.pastikan(2 * Tata.tinggiBaris(UKURAN));
                t.paragraf(Messages.dok("dok.notula.kesimpulanAgenda", a.kesimpulan()), t.miring, UKURAN, Rata.KIRI, x2);
            }
        }
        subjudul(t, Messages.dok("dok.notula.bab", romawi(++bab), Messages.dok("dok.notula.bab.keputusan")));
        t.paragraf(r.kesimpulan() == null ? "-" : r.kesimpulan(), t.biasa, UKURAN, Rata.KIRI, t.kiri + 0.6f * Tata.CM);
        // the heading stays with the table's header and first row
        t.pastikan(7 * Tata.tinggiBaris(UKURAN));
        subjudul(t, Messages.dok("dok.notula.bab", romawi(++bab), Messages.dok("dok.notula.bab.tindakLanjut")));
        if (r.tindakLanjut().isEmpty()) {
            t.paragraf("-", t.biasa, UKURAN, Rata.KIRI, t.kiri + 0.6f * Tata.CM);
        } else {
            float w = t.lebar();
            List<Kolom> kolom = List.of(new Kolom(0.07f * w, Rata.TENGAH), new Kolom(0.43f * w, Rata.KIRI), new Kolom(0.22f * w, Rata.KIRI),
                    new Kolom(0.15f * w, Rata.TENGAH), new Kolom(0.13f * w, Rata.TENGAH));
            List<List<String>> baris = new ArrayList<>();
            int n = 0;
            for (TindakLanjut tl : r.tindakLanjut()) {
                baris.add(List.of(String.valueOf(++n), tl.uraian(), tl.penanggungJawab() == null ? "-" : tl.penanggungJawab(),
                        tl.batasWaktu() == null ? "-" : TanggalIndonesia.tanggal(tl.batasWaktu()), Messages.getId(tl.status().labelKey())));
            }
            t.spasi(4f);
            t.tabel(kolom, List.of(Messages.dok("dok.kolom.no"), Messages.dok("dok.notula.kolom.uraian"), Messages.dok("dok.notula.kolom.penanggungJawab"),
                    Messages.dok("dok.notula.kolom.batasWaktu"), Messages.dok("dok.notula.kolom.status")), baris, 10f, -1, null, 0);
        }
        t.spasi(8f);
        String tutup = r.jamSelesai() == null ? Messages.dok("dok.notula.ditutup") : Messages.dok("dok.notula.ditutupPukul", RapatService.jam(r.jamSelesai()));
        t.paragraf(r.penutupan() == null ? tutup : tutup + " " + r.penutupan(), t.biasa, UKURAN);
        t.spasi(14f);
        if (r.status() == StatusRapat.DRAFT) {
            t.paragraf(Messages.dok("dok.notula.drafTanpaTtd"), t.miring, UKURAN);
            return;
        }
        tandaTangan(t, Messages.dok("dok.notula.ttdNotulis"), r.notulis(), Messages.dok("dok.notula.ttdPimpinan"), r.pimpinan(), p.kecamatan().nama(), r);
    }

    private static void subjudul(Tata t, String s) {
        t.pastikan(3 * Tata.tinggiBaris(UKURAN));
        t.spasi(6f);
        t.paragraf(s, t.tebal, UKURAN);
    }

    private static String romawi(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            case 5 -> "V";
            default -> String.valueOf(n);
        };
    }

    private static String pejabatSingkat(Pejabat p) {
        if (p.nama() == null) {
            return "-";
        }
        return p.nama() + (p.jabatan() == null ? "" : " (" + p.jabatan() + ")");
    }

    /** "12 orang hadir dari 15 undangan (izin 2, tanpa keterangan 1); Kecamatan 3, Desa 6, PSKS 3". */
    static String peserta(Rapat r) {
        if (r.peserta().isEmpty()) {
            return "-";
        }
        long hadir = r.jumlahHadir();
        long izin = r.peserta().stream().filter(p -> p.kehadiran() == Kehadiran.IZIN).count();
        long tk = r.peserta().stream().filter(p -> p.kehadiran() == Kehadiran.TANPA_KETERANGAN).count();
        Map<Unsur, Long> per = new EnumMap<>(Unsur.class);
        r.peserta().stream().filter(p -> p.kehadiran() == Kehadiran.HADIR).forEach(p -> per.merge(p.unsur(), 1L, Long::sum));
        String unsur = per.entrySet().stream().map(e -> Messages.getId(e.getKey().labelKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        List<String> absen = new ArrayList<>();
        if (izin > 0) {
            absen.add(Messages.dok("dok.notula.izin", String.valueOf(izin)));
        }
        if (tk > 0) {
            absen.add(Messages.dok("dok.notula.tanpaKeterangan", String.valueOf(tk)));
        }
        String ringkas = Messages.dok("dok.notula.hadirDari", String.valueOf(hadir), String.valueOf(r.peserta().size()));
        return ringkas + (absen.isEmpty() ? "" : " (" + String.join(", ", absen) + ")") + (unsur.isEmpty() ? "" : "; " + unsur);
    }

    /** Two signature blocks side by side, kept together on one page. */
    static void tandaTangan(Tata t, String judulKiri, Pejabat kiri, String judulKanan, Pejabat kanan, String tempat, Rapat r) {
        float lh = Tata.tinggiBaris(UKURAN);
        t.pastikan(9 * lh);
        float lebarBlok = t.lebar() / 2;
        float xKiri = t.kiri;
        float xKanan = t.kiri + lebarBlok;
        float y0 = t.y;
        if (r.tanggal() != null) {
            t.y = y0;
            t.paragraf(tempat + ", " + TanggalIndonesia.tanggal(r.tanggal()), t.biasa, UKURAN, Rata.TENGAH, xKanan);
            y0 = t.y;
        }
        float yKiri = blok(t, xKiri, lebarBlok, y0, judulKiri, kiri);
        float yKanan = blok(t, xKanan, lebarBlok, y0, judulKanan, kanan);
        t.y = Math.min(yKiri, yKanan);
    }

    private static float blok(Tata t, float x, float w, float y0, String judul, Pejabat p) {
        float lh = Tata.tinggiBaris(UKURAN);
        float y = y0;
        List<String> baris = new ArrayList<>();
        baris.add(judul);
        if (p.jabatan() != null) {
            baris.add(p.jabatan());
        }
        for (String s : baris) {
            for (String b : t.bungkus(s, t.biasa, UKURAN, w - 10f)) {
                y -= lh;
                t.tulis(b, t.biasa, UKURAN, x + (w - t.ukur(b, t.biasa, UKURAN)) / 2, y + UKURAN * 0.3f);
            }
        }
        y -= 4.2f * lh;
        String nama = p.nama() == null ? "(.................................)" : p.nama();
        float nw = t.ukur(nama, t.tebal, UKURAN);
        float nx = x + (w - nw) / 2;
        t.tulis(nama, t.tebal, UKURAN, nx, y + UKURAN * 0.3f);
        if (p.nama() != null) {
            t.garis(nx, y + UKURAN * 0.3f - 1.5f, nx + nw, y + UKURAN * 0.3f - 1.5f, 0.7f);
        }
        if (p.pangkat() != null) {
            y -= lh;
            t.tulis(p.pangkat(), t.biasa, UKURAN, x + (w - t.ukur(p.pangkat(), t.biasa, UKURAN)) / 2, y + UKURAN * 0.3f);
        }
        if (p.nip() != null) {
            y -= lh;
            String nip = Messages.dok("dok.nip", id.kesos.core.validasi.NipValidator.tampil(p.nip()));
            t.tulis(nip, t.biasa, UKURAN, x + (w - t.ukur(nip, t.biasa, UKURAN)) / 2, y + UKURAN * 0.3f);
        }
        return y;
    }

    private static void daftarHadir(Tata t, Rapat r, ProfilKantor p) {
        p.kopSurat().gambar(t);
        judul(t, Messages.dok("dok.hadir.judul"));
        isian(t, Messages.dok("dok.notula.acara"), r.judul());
        isian(t, Messages.dok("dok.notula.hariTanggal"), TanggalIndonesia.hariTanggal(r.tanggal()));
        isian(t, Messages.dok("dok.notula.waktu"), waktu(r));
        isian(t, Messages.dok("dok.notula.tempat"), r.tempat());
        t.spasi(8f);
        float w = t.lebar();
        List<Kolom> kolom = List.of(new Kolom(0.06f * w, Rata.TENGAH), new Kolom(0.26f * w, Rata.KIRI), new Kolom(0.24f * w, Rata.KIRI),
                new Kolom(0.055f * w, Rata.TENGAH), new Kolom(0.165f * w, Rata.KIRI), new Kolom(0.22f * w, Rata.KIRI));
        List<List<String>> baris = new ArrayList<>();
        int n = 0;
        // everyone invited is listed; who was absent is marked so in the signature cell ("Izin", "Tanpa keterangan")
        for (PesertaRapat x : r.peserta()) {
            String jabatan = x.jabatan() == null ? Messages.getId(x.unsur().labelKey()) : x.jabatan();
            baris.add(List.of(String.valueOf(++n), x.nama(), jabatan + (x.instansi() == null ? "" : "\n" + x.instansi()),
                    x.jk() == null ? "" : x.jk().name(), x.telepon() == null ? "" : x.telepon(), ""));
        }
        for (int i = 0; i < BARIS_KOSONG; i++) {
            baris.add(List.of(String.valueOf(++n), "", "", "", "", ""));
        }
        float tinggi = 0.95f * Tata.CM;
        t.tabel(kolom, List.of(Messages.dok("dok.kolom.no"), Messages.dok("dok.hadir.kolom.nama"), Messages.dok("dok.hadir.kolom.jabatan"),
                Messages.dok("dok.kolom.lp"), Messages.dok("dok.hadir.kolom.hp"), Messages.dok("dok.hadir.kolom.tandaTangan")), baris, 9.5f, 5,
                // the signature column zig-zag: odd numbers sign at the left, even at the right
                i -> (x, atasSel, lebar, h) -> {
                    Kehadiran k = i < r.peserta().size() ? r.peserta().get(i).kehadiran() : Kehadiran.HADIR;
                    if (k != null && k != Kehadiran.HADIR) {
                        String absen = Messages.getId(k.labelKey());
                        t.tulis(absen, t.biasa, 9f, x + (lebar - t.ukur(absen, t.biasa, 9f)) / 2, atasSel - h / 2 - 3f);
                        return;
                    }
                    int nomor = i + 1;
                    float px = nomor % 2 == 1 ? x + 3f : x + lebar * 0.5f;
                    t.tulis(nomor + ".", t.biasa, 9f, px, atasSel - 11f);
                }, tinggi);
        t.spasi(14f);
        float lh = Tata.tinggiBaris(UKURAN);
        t.pastikan(8 * lh);
        float xKanan = t.kiri + t.lebar() / 2;
        t.paragraf(Messages.dok("dok.mengetahui"), t.biasa, UKURAN, Rata.TENGAH, xKanan);
        t.y = blok(t, xKanan, t.lebar() / 2, t.y, Messages.dok("dok.notula.ttdPimpinan"), r.pimpinan());
    }
}
