package id.kesos.core.rekap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The layout of a package ("paket kirim") a kecamatan sends to its Dinas Sosial, shared by the writer and the reader:
 * the protected sheet {@link #LEMBAR_PAKET} of key/value rows, and the hidden, protected data sheets the Dinas reads
 * back, every cell a text. The SHA-256 ({@link Sidik}) covers the key/value rows (but itself) and every row of the data
 * sheets, in this order, so a changed number, name or kecamatan code is seen.
 */
public final class FormatPaket {
    private FormatPaket() {
    }

    /** The value of {@link #K_FORMAT}: a reader refuses any other. */
    public static final String FORMAT = "kesos-paket-1";
    public static final String LEMBAR_PAKET = "Paket";

    public static final String K_FORMAT = "format";
    public static final String K_KECAMATAN = "kecamatan_kode";
    public static final String K_NAMA_KECAMATAN = "kecamatan";
    public static final String K_KABUPATEN = "kabupaten_kode";
    public static final String K_TAHUN = "tahun";
    public static final String K_STATUS = "status";
    public static final String K_APP = "versi_app";
    public static final String K_SKEMA = "versi_skema";
    public static final String K_DIBUAT = "dibuat";
    public static final String K_ORANG = "jumlah_orang";
    public static final String K_SHA = "sha256";

    /** The key/value rows in the order they are written (the row counts follow, {@code baris_<sheet>}). */
    public static final List<String> KUNCI = List.of(K_FORMAT, K_KECAMATAN, K_NAMA_KECAMATAN, K_KABUPATEN, K_TAHUN, K_STATUS, K_APP, K_SKEMA,
            K_DIBUAT, K_ORANG);

    /** A data sheet: its name and its columns (the first row). */
    public record Data(String nama, List<String> kolom) {
        public String kunciBaris() {
            return "baris_" + nama;
        }
    }

    public static final Data ANGKA = new Data("data_angka", List.of("desa_kode", "jenis_kode", "l", "p", "jiwa_kelompok", "kk"));
    public static final Data SPM = new Data("data_spm", List.of("kelompok", "l", "p", "dibantu_l", "dibantu_p"));
    public static final Data PSKS = new Data("data_psks", List.of("desa_kode", "jenis_kode", "jumlah"));
    public static final Data ENTRI = new Data("data_bnba", List.of("nik", "no_kk", "nama", "tempat_lahir", "tanggal_lahir", "jk", "alamat",
            "rt", "rw", "desa_kode", "jenis_kode", "status"));
    public static final List<Data> DATA = List.of(ANGKA, SPM, PSKS, ENTRI);

    /** The PSKS code under which a package counts an office's own pillar types (pilar lain), summed. */
    public static final String PILAR_LAIN = "PSKS-LAIN";

    /** The kecamatan level of a PSKS count (pillars of no desa). */
    public static final String TINGKAT_KECAMATAN = "-";

    /** The SHA-256 of a package's rows, fed row by row as they are written or read. */
    public static final class Sidik {
        private final MessageDigest md;

        public Sidik() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** One row: its cells, each ended by a unit separator, the row by a newline. */
        public void baris(String lembar, List<String> sel) {
            StringBuilder b = new StringBuilder(lembar).append('\u001e');
            for (String s : sel) {
                b.append(s == null ? "" : s).append('\u001f');
            }
            md.update(b.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }

        public String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
