package id.kesos.core.rekap;

import id.kesos.core.i18n.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * One sheet of a recap, independent of its format: the title lines, the two-row header, the columns
 * and where the rows come from. The Excel writer, the PDF writer, the in-app preview and the district
 * templates all read this, so they show the same numbers.
 */
public final class Lembar {
    /** The label of the totals row. */
    static final String JUMLAH = Messages.dok("dok.jumlah");

    /** How a column is aligned. */
    public enum Rata {
        KIRI, TENGAH, KANAN
    }

    /**
     * A column: its key (the name a district template uses), width in characters, alignment, bold,
     * and whether the JUMLAH row sums it.
     */
    public record Kolom(String kunci, int lebar, Rata rata, boolean tebal, boolean dijumlah) {
    }

    /** A header cell on header row 0 or 1, spanning {@code tinggi} rows and {@code lebar} columns. */
    public record Kepala(int baris, int kolom, int tinggi, int lebar, String teks) {
    }

    /**
     * Where the rows come from, read when the recap is written (a name list of 250,000 people is
     * streamed from the database, never held in memory). A row is an array of String and Long cells.
     */
    @FunctionalInterface
    public interface Sumber {
        /** Gives at most {@code batas} rows, in order. */
        void baca(int batas, Consumer<Object[]> tiap);

        static Sumber dari(List<Object[]> baris) {
            return (batas, tiap) -> baris.stream().limit(batas).forEach(tiap);
        }
    }

    private final String nama;
    private final List<String> judul = new ArrayList<>();
    private final List<Kepala> kepala = new ArrayList<>();
    private final List<Kolom> kolom = new ArrayList<>();
    private final List<String> catatan = new ArrayList<>();
    private Sumber isi = Sumber.dari(List.of());
    private boolean barisJumlah = true;
    private String satuanHitung;
    private long jumlahOrang = -1;
    private boolean mendatar = true;
    private long perkiraanBaris = -1;

    public Lembar(String nama) {
        this.nama = nama;
    }

    public Lembar judul(String... baris) {
        judul.addAll(List.of(baris));
        return this;
    }

    /** Adds a column and its header: one cell over both header rows. */
    public Lembar kolom(String kunci, String teks, int lebar, Rata rata, boolean dijumlah) {
        kepala.add(new Kepala(0, kolom.size(), 2, 1, teks));
        kolom.add(new Kolom(kunci, muatKata(lebar, teks), rata, false, dijumlah));
        return this;
    }

    /**
     * A column's width made room for the longest word of its header, in bold (about 1.15 characters of the table's
     * text a letter) plus the cell's padding: a header is wrapped at spaces and after a slash only, never inside a word
     * ("Pringwulung" over a desa's column, "Kedisabilitasan").
     */
    static int muatKata(int lebar, String teks) {
        int kata = 0;
        for (String w : teks.split("\\s+|(?<=/)")) {
            kata = Math.max(kata, w.length());
        }
        return Math.max(lebar, (int) Math.ceil(kata * 1.15) + 1);
    }

    /**
     * Adds a group of columns under one header: {@code teks} on the first header row over the
     * columns named by {@code bawah} on the second.
     */
    public Lembar grup(String teks, List<String> kunci, List<String> bawah, int lebar, boolean tebal) {
        kepala.add(new Kepala(0, kolom.size(), 1, kunci.size(), teks));
        for (int i = 0; i < kunci.size(); i++) {
            kepala.add(new Kepala(1, kolom.size(), 1, 1, bawah.get(i)));
            kolom.add(new Kolom(kunci.get(i), muatKata(lebar, bawah.get(i)), Rata.KANAN, tebal, true));
        }
        return this;
    }

    /**
     * The columns of the per-area PMKS recaps: for each type L | P | Jml (and KK for the types counted in families), then
     * Jumlah L | P | Total.
     */
    public Lembar grupJenisPmks(List<id.kesos.core.pmks.JenisPmks> jenis) {
        for (id.kesos.core.pmks.JenisPmks j : jenis) {
            String n = String.format("%02d", j.nomor());
            List<String> kunci = new ArrayList<>(List.of("l_" + n, "p_" + n, "jml_" + n));
            List<String> bawah = new ArrayList<>(List.of(Messages.dok("dok.kolom.l"), Messages.dok("dok.kolom.p"), Messages.dok("dok.kolom.jml")));
            if (j.perKk()) {
                kunci.add("kk_" + n);
                bawah.add(Messages.dok("dok.kolom.kk"));
            }
            grup(j.nomor() + ". " + j.nama(), kunci, bawah, 5, false);
        }
        return grup(JUMLAH, List.of("l", "p", "total"), List.of(Messages.dok("dok.kolom.l"), Messages.dok("dok.kolom.p"),
                Messages.dok("dok.kolom.total")), 7, true);
    }

    /** The usual start: No and the name column. */
    public Lembar nomorDanNama(String teksNama, int lebarNama) {
        kolom("no", Messages.dok("dok.kolom.no"), 5, Rata.TENGAH, false);
        return kolom("nama", teksNama, lebarNama, Rata.KIRI, false);
    }

    public Lembar isi(Sumber sumber) {
        this.isi = sumber;
        return this;
    }

    public Lembar isi(List<Object[]> baris) {
        this.perkiraanBaris = baris.size();
        return isi(Sumber.dari(baris));
    }

    /** A line counting the rows ("JUMLAH: 12 orang") instead of a row of column sums. */
    public Lembar hitungBaris(String satuan) {
        this.barisJumlah = false;
        this.satuanHitung = satuan;
        return this;
    }

    public Lembar catatan(String teks) {
        catatan.add(teks);
        return this;
    }

    public Lembar tegak() {
        this.mendatar = false;
        return this;
    }

    public Lembar perkiraanBaris(long n) {
        this.perkiraanBaris = n;
        return this;
    }

    public String nama() {
        return nama;
    }

    public List<String> judul() {
        return Collections.unmodifiableList(judul);
    }

    public List<Kepala> kepala() {
        return Collections.unmodifiableList(kepala);
    }

    public List<Kolom> kolom() {
        return Collections.unmodifiableList(kolom);
    }

    public List<String> catatan() {
        return Collections.unmodifiableList(catatan);
    }

    public Sumber isi() {
        return isi;
    }

    public boolean barisJumlah() {
        return barisJumlah;
    }

    /** Null when the sheet ends with a row of sums. */
    public String satuanHitung() {
        return satuanHitung;
    }

    /** The number of different people the rows are of, when one person may be on several rows (a list of several types). */
    public Lembar jumlahOrang(long n) {
        this.jumlahOrang = n;
        return this;
    }

    /**
     * The line under a list: "JUMLAH: 139 jiwa"; or, where some people are on several rows, both counts, "JUMLAH: 799
     * entri, 777 orang", since the rows are then not as many people.
     */
    public String teksJumlah(long baris) {
        if (jumlahOrang >= 0 && jumlahOrang != baris) {
            return Messages.dok("dok.jumlahEntriOrang", String.valueOf(baris), String.valueOf(jumlahOrang));
        }
        return Messages.dok("dok.jumlahBaris", String.valueOf(baris), satuanHitung);
    }

    public boolean mendatar() {
        return mendatar;
    }

    /** How many rows to expect (for a progress bar), or -1 when unknown. */
    public long perkiraanBaris() {
        return perkiraanBaris;
    }

    /**
     * The sheet's columns in parts for paper too narrow for all of them at a readable size: each part no wider than
     * {@code maks} (in the unit of {@code lebar}), the leading columns over both header rows (No and the name) at the
     * start of every part, cut only between header groups (a type's L, P and Jml stay together), the parts as even
     * as the groups allow. One part, all columns, when they fit. A group wider than a part on its own gets a part
     * of its own.
     */
    public List<int[]> bagian(double maks, java.util.function.ToDoubleFunction<Kolom> lebar) {
        int tetap = 0;
        while (tetap < kolom.size() && kepalaDi(0, tetap) instanceof Kepala k && k.tinggi() == 2) {
            tetap++;
        }
        double lebarTetap = 0;
        for (int i = 0; i < tetap; i++) {
            lebarTetap += lebar.applyAsDouble(kolom.get(i));
        }
        // the groups after the fixed columns: each top-row header cell's span
        List<int[]> grup = new ArrayList<>();
        double semua = lebarTetap;
        for (int i = tetap; i < kolom.size(); ) {
            Kepala k = kepalaDi(0, i);
            int n = k == null ? 1 : k.lebar();
            grup.add(new int[] {i, i + n});
            for (int c = i; c < i + n; c++) {
                semua += lebar.applyAsDouble(kolom.get(c));
            }
            i += n;
        }
        List<int[]> satu = new ArrayList<>();
        if (semua <= maks || grup.isEmpty()) {
            int[] a = new int[kolom.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = i;
            }
            satu.add(a);
            return satu;
        }
        double ruang = Math.max(1, maks - lebarTetap);
        // a group wider than a part on its own (the per-jenis recap's "jiwa per desa" over 20 desa) goes column by column
        List<int[]> unit = new ArrayList<>();
        for (int[] g : grup) {
            double gw = 0;
            for (int i = g[0]; i < g[1]; i++) {
                gw += lebar.applyAsDouble(kolom.get(i));
            }
            if (gw > ruang) {
                for (int i = g[0]; i < g[1]; i++) {
                    unit.add(new int[] {i, i + 1});
                }
            } else {
                unit.add(g);
            }
        }
        grup = unit;
        int jumlahBagian = potong(grup, lebar, ruang).size();
        // the fewest parts, then as even as they go: the narrowest limit that still needs no more parts
        double sisa = semua - lebarTetap;
        double batas = Math.min(ruang, sisa / jumlahBagian);
        List<List<int[]>> potongan = potong(grup, lebar, batas);
        while (potongan.size() > jumlahBagian) {
            batas = Math.min(ruang, batas * 1.02 + 0.5);
            potongan = potong(grup, lebar, batas);
        }
        List<int[]> out = new ArrayList<>();
        for (List<int[]> b : potongan) {
            List<Integer> c = new ArrayList<>();
            for (int i = 0; i < tetap; i++) {
                c.add(i);
            }
            for (int[] g : b) {
                for (int i = g[0]; i < g[1]; i++) {
                    c.add(i);
                }
            }
            out.add(c.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** Groups in order, a new part whenever the next group would pass {@code batas}. */
    private List<List<int[]>> potong(List<int[]> grup, java.util.function.ToDoubleFunction<Kolom> lebar, double batas) {
        List<List<int[]>> out = new ArrayList<>();
        List<int[]> kini = new ArrayList<>();
        double w = 0;
        for (int[] g : grup) {
            double gw = 0;
            for (int i = g[0]; i < g[1]; i++) {
                gw += lebar.applyAsDouble(kolom.get(i));
            }
            if (!kini.isEmpty() && w + gw > batas) {
                out.add(kini);
                kini = new ArrayList<>();
                w = 0;
            }
            kini.add(g);
            w += gw;
        }
        if (!kini.isEmpty()) {
            out.add(kini);
        }
        return out;
    }

    /** The header cell starting at header row {@code baris}, column {@code kolomKe}, if any. */
    private Kepala kepalaDi(int baris, int kolomKe) {
        for (Kepala k : kepala) {
            if (k.baris() == baris && k.kolom() == kolomKe) {
                return k;
            }
        }
        return null;
    }

    /** Sums the columns marked {@code dijumlah} as rows go by, and gives the JUMLAH row. */
    public Penjumlah penjumlah() {
        return new Penjumlah(kolom);
    }

    /** The running sums of a sheet. */
    public static final class Penjumlah {
        private final List<Kolom> kolom;
        private final long[] jumlah;
        private long baris;

        Penjumlah(List<Kolom> kolom) {
            this.kolom = kolom;
            this.jumlah = new long[kolom.size()];
        }

        public void tambah(Object[] r) {
            baris++;
            for (int i = 0; i < r.length && i < jumlah.length; i++) {
                if (kolom.get(i).dijumlah() && r[i] instanceof Number n) {
                    jumlah[i] += n.longValue();
                }
            }
        }

        public long baris() {
            return baris;
        }

        /** The JUMLAH row: "JUMLAH" in the name column, the sums where summed, blank elsewhere. */
        public Object[] hasil() {
            Object[] r = new Object[jumlah.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = kolom.get(i).dijumlah() ? (Object) jumlah[i] : "";
            }
            if (r.length > 1) {
                r[1] = JUMLAH;
            }
            return r;
        }
    }
}
