package id.kesos.core.impor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a list's header is and what its columns are. Office files put a kop and merged title rows
 * above it, sometimes a two-row header (a merged "TEMPAT/TGL LAHIR" over "TEMPAT" and "TANGGAL") and a
 * row of column numbers (1) (2) (3) below it. The header is the first of the top rows that names at
 * least three known columns, a name or NIK among them.
 *
 * @param baris the header's (last) row number as shown (1-based)
 * @param dataMulai the row number the data starts at
 * @param kolom the known column of each column index
 * @param teks the header text of each column index (the user sees these in the mapping screen)
 */
public record Kepala<K extends Enum<K>>(int baris, int dataMulai, Map<Integer, K> kolom, Map<Integer, String> teks) {
    /** How many top rows are looked at. */
    static final int CARI_BARIS = 40;

    public Kepala {
        kolom = Collections.unmodifiableMap(new LinkedHashMap<>(kolom));
        teks = Collections.unmodifiableMap(new LinkedHashMap<>(teks));
    }

    /** This header with the user's reading of its columns (a column left out of {@code peta} is not read). */
    public Kepala<K> denganKolom(Map<Integer, K> peta) {
        return new Kepala<>(baris, dataMulai, new java.util.TreeMap<>(peta), teks);
    }

    /**
     * What identifies a set of headers, whatever file holds it: the columns' texts as read, in order.
     * A mapping the user corrected is remembered under it for the next file of the same layout.
     */
    public String tanda() {
        StringBuilder b = new StringBuilder();
        teks.forEach((i, t) -> b.append(i).append('=').append(KolomPmks.normal(t)).append(';'));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The index of {@code k}, or -1 when the list has no such column. */
    public int indeks(K k) {
        return kolom.entrySet().stream().filter(e -> e.getValue() == k).mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    /** A PMKS list's header found among the first rows, or null when none names enough known columns. */
    public static Kepala<KolomPmks> cari(List<BarisMentah> awal) {
        return cari(awal, KolomPmks::dari);
    }

    /**
     * The header found among the first rows with {@code dari} telling a header text's column (null: none
     * known), or null when no row names enough known columns.
     */
    public static <K extends Enum<K>> Kepala<K> cari(List<BarisMentah> awal, Function<String, K> dari) {
        for (int i = 0; i < awal.size() && i < CARI_BARIS; i++) {
            BarisMentah r = awal.get(i);
            Map<Integer, K> satu = petakan(r, null, dari);
            if (!cukup(satu)) {
                continue;
            }
            BarisMentah bawah = i + 1 < awal.size() ? awal.get(i + 1) : null;
            Map<Integer, K> dua = bawah == null || nomorKolom(bawah) ? null : petakan(bawah, r, dari);
            boolean duaBaris = dua != null && dua.size() > satu.size();
            BarisMentah akhir = duaBaris ? bawah : r;
            int mulai = akhir.nomor() + 1;
            int j = duaBaris ? i + 2 : i + 1;
            if (j < awal.size() && nomorKolom(awal.get(j))) {
                mulai++;
            }
            Map<Integer, String> teks = new LinkedHashMap<>();
            for (int c = 0; c < Math.max(r.sel().size(), akhir.sel().size()); c++) {
                String atas = r.sel(c).teks().strip();
                String b = duaBaris ? akhir.sel(c).teks().strip() : "";
                String t = (atas + " " + b).strip();
                if (!t.isEmpty()) {
                    teks.put(c, t);
                }
            }
            return new Kepala<>(akhir.nomor(), mulai, duaBaris ? dua : satu, teks);
        }
        return null;
    }

    /** At least three known columns, a name or NIK among them (every register's list has one). */
    private static boolean cukup(Map<Integer, ? extends Enum<?>> m) {
        return m.size() >= 3 && m.values().stream().anyMatch(k -> k.name().equals("NAMA") || k.name().equals("NIK"));
    }

    /**
     * The columns a row names; with {@code atas} (the row above, a merged top header) a cell is read
     * as itself, then with the top header's text before it, then with its last word after it
     * ("TANGGAL" under "TEMPAT/TGL LAHIR" is "TANGGAL LAHIR"), then the top header alone.
     */
    static <K extends Enum<K>> Map<Integer, K> petakan(BarisMentah r, BarisMentah atas, Function<String, K> dari) {
        Map<Integer, K> m = new LinkedHashMap<>();
        Map<K, Integer> dipakai = new java.util.HashMap<>();
        String induk = "";
        int lebar = Math.max(r.sel().size(), atas == null ? 0 : atas.sel().size());
        for (int c = 0; c < lebar; c++) {
            String t = r.sel(c).teks();
            String a = atas == null ? "" : atas.sel(c).teks();
            if (!a.isBlank()) {
                induk = a; // a merged top header holds its text in its first cell only
            }
            K k;
            if (atas == null) {
                k = dari.apply(t);
            } else if (t.isBlank()) {
                k = a.isBlank() ? null : dari.apply(a);
            } else {
                String[] kata = KolomPmks.normal(induk).split(" ");
                k = dari.apply(t);
                // a bare "TANGGAL" under a merged top header takes its meaning from it ("TANGGAL LAHIR")
                if (k == null || k.name().equals("TANGGAL_LAHIR")) {
                    K gabung = dari.apply(induk + " " + t);
                    K akhiran = dari.apply(t + " " + kata[kata.length - 1]);
                    k = gabung != null ? gabung : akhiran != null ? akhiran : k;
                }
            }
            if (k != null && !dipakai.containsKey(k)) {
                dipakai.put(k, c);
                m.put(c, k);
            }
        }
        return m;
    }

    /** A row of column numbers under the header: "1 2 3 ..." or "(1) (2) (3) ...", in order. */
    static boolean nomorKolom(BarisMentah r) {
        int harap = 0;
        int ada = 0;
        for (Sel s : r.sel()) {
            String t = s.teks().strip().replace("(", "").replace(")", "");
            if (t.isEmpty()) {
                continue;
            }
            if (!t.matches("\\d{1,3}")) {
                return false;
            }
            int n = Integer.parseInt(t);
            if (harap != 0 && n != harap) {
                return false;
            }
            harap = n + 1;
            ada++;
        }
        return ada >= 3;
    }
}
