package id.kesos.core.impor;

import id.kesos.core.KesosException;
import id.kesos.core.Kemajuan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.wilayah.Wilayah;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every register's import does with the rows below a list's header as they stream past: counts
 * each once, tells the blank rows, repeated headers, the totals row and the signature block below it
 * from the data rows, and hands each data row to {@link #putuskan}, which adds, skips or rejects it
 * (with the row's original cells, for the rejects workbook).
 *
 * @param <K> the register's known columns ({@link KolomPmks}, {@link KolomPsks})
 */
abstract class PenilaiBaris<K extends Enum<K>> {
    /** Where the header is, and on which sheet. */
    /** The sheet read, its header, and the text of the rows above it (kop and titles), one string a row. */
    record Temuan<K extends Enum<K>>(String lembar, Kepala<K> kepala, List<String> judul) {
    }

    /**
     * Data rows one import takes at most: the preview holds the accepted rows until the user says Impor,
     * and within the app's 512 MB (the 100,000-row benchmark peaks at 340 MB) a list longer than a large
     * kecamatan's population would not fit. A bigger file is refused with how to split it, before memory
     * runs short.
     */
    static final int BARIS_MAKS = 150_000;

    final Kepala<K> k;
    private final Path berkas;
    private final Function<String, K> dari;
    private final K kolomNik;
    private final Kemajuan kemajuan;
    /** The file's column of each known column (-1: none), looked up once: the rows are many. */
    private final int[] indeks;
    final List<Tolakan> tolak = new ArrayList<>();
    final List<String> peringatan = new ArrayList<>();
    final Map<String, ImporPmks.SaranDesa> saran = new LinkedHashMap<>();
    int baris;
    int kosong;
    int jumlah;
    int kepalaUlang;
    int ganda;
    int terdaftarJumlah;
    private boolean sesudahJumlah;

    PenilaiBaris(Path berkas, Kepala<K> k, Class<K> jenis, Function<String, K> dari, K kolomNik, Kemajuan kemajuan) {
        this.berkas = berkas;
        this.k = k;
        this.dari = dari;
        this.kolomNik = kolomNik;
        this.kemajuan = kemajuan;
        K[] semua = jenis.getEnumConstants();
        this.indeks = new int[semua.length];
        for (K kol : semua) {
            indeks[kol.ordinal()] = k.indeks(kol);
        }
    }

    /**
     * The sheet and header of {@code r}: the named sheet's, or the first sheet's with a recognisable
     * header; refused with the reason when there is none.
     */
    static <K extends Enum<K>> Temuan<K> cari(PembacaTabel r, Path berkas, String lembar, Function<String, K> dari) {
        if (lembar == null) {
            for (String l : r.lembar()) {
                List<BarisMentah> a = awal(r, l);
                Kepala<K> k = Kepala.cari(a, dari);
                if (k != null) {
                    return new Temuan<>(l, k, judul(a, k));
                }
            }
            throw new KesosException(Messages.get("impor.tanpaKepala", berkas.getFileName()));
        }
        List<BarisMentah> a = awal(r, lembar);
        Kepala<K> k = Kepala.cari(a, dari);
        if (k == null) {
            throw new KesosException(Messages.get("impor.tanpaKepalaLembar", lembar, berkas.getFileName()));
        }
        return new Temuan<>(lembar, k, judul(a, k));
    }

    /** The non-empty rows above the header, each row's cell texts joined by spaces. */
    private static List<String> judul(List<BarisMentah> awal, Kepala<?> k) {
        List<String> out = new ArrayList<>();
        for (BarisMentah b : awal) {
            if (b.nomor() >= k.baris() - 1) {
                break; // the header (of one or two rows)
            }
            StringBuilder t = new StringBuilder();
            for (Sel s : b.sel()) {
                if (!s.kosong()) {
                    t.append(t.isEmpty() ? "" : " ").append(s.teks());
                }
            }
            if (!t.isEmpty()) {
                out.add(t.toString());
            }
        }
        return out;
    }

    private static List<BarisMentah> awal(PembacaTabel r, String lembar) {
        List<BarisMentah> l = new ArrayList<>();
        try {
            r.baca(lembar, b -> {
                l.add(b);
                if (l.size() >= Kepala.CARI_BARIS) {
                    throw new PembacaTabel.Berhenti();
                }
            });
        } catch (PembacaTabel.Berhenti e) {
            // the top rows are enough to find the header
        }
        return l;
    }

    /** Adds, skips or rejects one data row. */
    abstract void putuskan(BarisMentah r);

    /** Every row below the header, counted once. */
    final void nilai(BarisMentah r) {
        if (r.nomor() < k.dataMulai()) {
            return;
        }
        baris++;
        if (baris > BARIS_MAKS) {
            throw new KesosException(Messages.get("impor.terlaluBesar", berkas.getFileName(),
                    java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id")).format(BARIS_MAKS)));
        }
        if ((baris & 1023) == 0) {
            kemajuan.periksa();
            kemajuan.pesan(Messages.get("impor.membaca", String.valueOf(baris)));
        }
        if (r.kosong()) {
            kosong++;
        } else if (adaNomor(r)) {
            // a row with a NIK is a person's (the quick test first: most rows are)
            putuskan(r);
        } else if (kepalaUlang(r)) {
            kepalaUlang++;
        } else if (barisJumlah(r)) {
            jumlah++;
            sesudahJumlah = true;
        } else if (sesudahJumlah) {
            // below the totals: the signature block and notes ("Mengetahui,", names, NIP), not people
            jumlah++;
        } else {
            putuskan(r);
        }
    }

    private boolean kepalaUlang(BarisMentah r) {
        if (Kepala.nomorKolom(r)) {
            return true;
        }
        int sama = 0;
        for (Map.Entry<Integer, K> e : k.kolom().entrySet()) {
            if (dari.apply(r.sel(e.getKey()).teks()) == e.getValue()) {
                sama++;
            }
        }
        return sama >= Math.max(2, k.kolom().size() / 2);
    }

    /** A totals row (one without a NIK): "JUMLAH", "TOTAL" or "JML" in one of its first cells. */
    private static boolean barisJumlah(BarisMentah r) {
        for (int c = 0; c < Math.min(4, r.sel().size()); c++) {
            String t = KolomPmks.normal(r.sel(c).teks());
            if (t.startsWith("JUMLAH") || t.startsWith("TOTAL") || t.equals("JML")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the row's NIK column holds a number of NIK length (typed or damaged). */
    private boolean adaNomor(BarisMentah r) {
        Sel s = sel(r, kolomNik);
        return s.angka() != null && Math.abs(s.angka()) >= 1e14 || s.teks().chars().filter(Character::isDigit).count() >= 15
                || NilaiImpor.nomor(s).rusak();
    }

    final boolean adaKolom(K kolom) {
        return indeks[kolom.ordinal()] >= 0;
    }

    final String teks(BarisMentah r, K kolom) {
        int i = indeks[kolom.ordinal()];
        return i < 0 ? "" : r.sel(i).teks().strip();
    }

    final Sel sel(BarisMentah r, K kolom) {
        int i = indeks[kolom.ordinal()];
        return i < 0 ? Sel.KOSONG : r.sel(i);
    }

    /** The file's own header of {@code kolom}, as the user reads it in a reason. */
    final String kolomNama(K kolom) {
        int i = indeks[kolom.ordinal()];
        return i < 0 ? Messages.get("impor.kolomTidakAda") : k.teks().getOrDefault(i, kolom.name());
    }

    /** Rejects row {@code r} for {@code alasan} (in {@code kolom}, null when no one column is to blame), keeping its cells. */
    final void tolak(BarisMentah r, K kolom, String alasan) {
        List<String> asli = new ArrayList<>();
        int lebar = k.teks().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int c = 0; c < Math.max(lebar, r.sel().size()); c++) {
            Sel sel = r.sel(c);
            // a NIK-long number as its digits, not as Excel shows it ("3.60434E+15"): what to retype is visible
            asli.add(sel.angka() != null && Math.abs(sel.angka()) >= 1e14
                    ? java.math.BigDecimal.valueOf(sel.angka()).toBigInteger().toString() : sel.teks());
        }
        tolak.add(new Tolakan(r.nomor(), kolom == null ? "" : kolomNama(kolom), alasan, asli));
    }

    /**
     * The desa of the row's {@code kolom}, or null after rejecting the row: an unknown name, or a close
     * one offered as a suggestion (counted once per name however it is written) for the user to confirm.
     */
    final Wilayah desa(BarisMentah r, K kolom, NilaiImpor.PencocokDesa pencocok) {
        String teks = teks(r, kolom);
        NilaiImpor.Desa d = pencocok.cocok(teks);
        if (d.tepat() != null) {
            return d.tepat();
        }
        if (d.saran() != null) {
            saran.merge(NilaiImpor.PencocokDesa.inti(teks), new ImporPmks.SaranDesa(teks, d.saran(), 1),
                    (a, b) -> new ImporPmks.SaranDesa(a.teks(), a.saran(), a.baris() + 1));
        }
        tolak(r, kolom, d.saran() != null ? Messages.get("impor.desaSaran", kolomNama(kolom), teks, d.saran().nama())
                : Messages.get("impor.desaTidakDikenal", kolomNama(kolom), teks.isEmpty() ? "-" : teks));
        return null;
    }

    /** A row's place and date of birth, or that the row was rejected for its date. */
    record Lahir(String tempat, java.time.LocalDate tanggal, boolean ditolak) {
    }

    /**
     * The place and date of birth from their own columns, or from one "Tempat, Tgl Lahir" column ("Serang,
     * 17-08-1960"); the row rejected when the date cannot be read.
     */
    final Lahir lahir(BarisMentah r, K kolomTempat, K kolomTanggal, K kolomTtl) {
        String tempat = teks(r, kolomTempat);
        Sel tglSel = sel(r, kolomTanggal);
        String ttl = teks(r, kolomTtl);
        if (!ttl.isEmpty() && tglSel.kosong()) {
            int koma = ttl.lastIndexOf(',');
            tempat = koma < 0 ? tempat : ttl.substring(0, koma).strip();
            tglSel = Sel.teks(koma < 0 ? ttl : ttl.substring(koma + 1));
        }
        if (tglSel.kosong()) {
            return new Lahir(tempat, null, false);
        }
        java.util.Optional<java.time.LocalDate> t = NilaiImpor.tanggal(tglSel);
        if (t.isEmpty()) {
            K kol = adaKolom(kolomTanggal) ? kolomTanggal : kolomTtl;
            tolak(r, kol, Messages.get("impor.tanggalTakTerbaca", kolomNama(kol), tglSel.teks().strip()));
            return new Lahir(tempat, null, true);
        }
        return new Lahir(tempat, t.get(), false);
    }

    /** A row's sex (null when blank), or that the row was rejected for it. */
    record Kelamin(id.kesos.core.penduduk.JenisKelamin nilai, boolean ditolak) {
    }

    final Kelamin kelamin(BarisMentah r, K kolom) {
        String t = teks(r, kolom);
        id.kesos.core.penduduk.JenisKelamin jk = NilaiImpor.jenisKelamin(t);
        if (jk == null && !t.isEmpty()) {
            tolak(r, kolom, Messages.get("impor.jkTakTerbaca", kolomNama(kolom), t));
            return new Kelamin(null, true);
        }
        return new Kelamin(jk, false);
    }

    /** The warnings of row {@code r}, as the form would show them. */
    final void peringatan(BarisMentah r, List<String> teks) {
        for (String w : teks) {
            peringatan.add(Messages.get("impor.barisPeringatan", String.valueOf(r.nomor()), w));
        }
    }
}
