package id.kesos.core.impor;

import java.util.List;
import java.util.Locale;

/**
 * The columns an office list or a Dinas BNBA (DTKS, DTSEN) may have, each with the header texts it
 * goes by (the resource {@code id/kesos/impor/kolom-pmks.txt}). Headers are compared after
 * {@link #normal}: upper case, punctuation and repeated spaces removed ("No. NIK" = "NO NIK").
 */
public enum KolomPmks implements KolomDaftar {
    NO("impor.kolom.no"),
    NIK("impor.kolom.nik"),
    NO_KK("impor.kolom.noKk"),
    NAMA("impor.kolom.nama"),
    TEMPAT_LAHIR("impor.kolom.tempatLahir"),
    TANGGAL_LAHIR("impor.kolom.tanggalLahir"),
    /** "Tempat, Tgl Lahir" in one column, as the app's own BNBA writes it. */
    TTL("impor.kolom.ttl"),
    JENIS_KELAMIN("impor.kolom.jenisKelamin"),
    ALAMAT("impor.kolom.alamat"),
    RT("impor.kolom.rt"),
    RW("impor.kolom.rw"),
    /** "RT/RW" in one column ("003/002"). */
    RT_RW("impor.kolom.rtRw"),
    DUSUN("impor.kolom.dusun"),
    DESA("impor.kolom.desa"),
    JENIS("impor.kolom.jenis"),
    DESIL("impor.kolom.desil"),
    /** The family's size, for the types counted per family. */
    JUMLAH_ART("impor.kolom.jumlahArt"),
    KETERANGAN("impor.kolom.keterangan"),
    NAMA_IBU("impor.kolom.namaIbu"),
    HUBUNGAN("impor.kolom.hubungan"),
    TELEPON("impor.kolom.telepon");

    private final String labelKey;

    KolomPmks(String labelKey) {
        this.labelKey = labelKey;
    }

    /** What the mapping screen calls the column. */
    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Before the aliases: reading them uses it. */
    private static final java.util.regex.Pattern BUKAN_HURUF = java.util.regex.Pattern.compile("[^A-Z0-9]+");
    /** The header texts of each column, from {@code kolom-pmks.txt} (data: new variants need no code change). */
    private static final java.util.Map<String, List<String>> SEBUTAN = daftar("kolom-pmks.txt");

    /**
     * Reads a list of names from {@code id/kesos/impor/}: one key a line, "KEY: name; name; ...", {@code #}
     * comments; the names normalised as {@link #normal} does.
     */
    static java.util.Map<String, List<String>> daftar(String berkas) {
        java.util.Map<String, List<String>> m = new java.util.HashMap<>();
        try (var in = KolomPmks.class.getResourceAsStream("/id/kesos/impor/" + berkas)) {
            if (in == null) {
                throw new IllegalStateException(berkas);
            }
            for (String l : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                int i = l.indexOf(':');
                if (!l.isBlank() && !l.startsWith("#") && i > 0) {
                    m.put(l.substring(0, i).strip(), java.util.Arrays.stream(l.substring(i + 1).split(";")).map(KolomPmks::normal)
                            .filter(x -> !x.isEmpty()).toList());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(m);
    }

    public List<String> nama() {
        return SEBUTAN.getOrDefault(name(), List.of());
    }

    /** A header's text as compared: upper case, letters and digits only, single spaces. */
    public static String normal(String s) {
        return s == null ? "" : BUKAN_HURUF.matcher(s.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The column a header names, or null. */
    public static KolomPmks dari(String header) {
        return dari(header, values(), SEBUTAN);
    }

    /** The column of {@code semua} whose names in {@code sebutan} (by constant name) include {@code header}, or null. */
    static <K extends Enum<K>> K dari(String header, K[] semua, java.util.Map<String, List<String>> sebutan) {
        String n = normal(header);
        if (n.isEmpty()) {
            return null;
        }
        for (K k : semua) {
            if (sebutan.getOrDefault(k.name(), List.of()).contains(n)) {
                return k;
            }
        }
        return null;
    }
}
