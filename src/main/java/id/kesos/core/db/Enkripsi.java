package id.kesos.core.db;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Optional encryption at rest: with a password set, the database file is AES-encrypted by H2 ({@code CIPHER=AES}).
 * H2 derives the file's key from the file password with only 10 rounds of PBKDF2, so the file password is not the
 * user's password but a key derived from it with Argon2id (64 MB of memory, 3 passes) and a salt of this folder
 * ({@value #BERKAS}: salt and parameters, not secret). Without the user's password the file is unreadable; so is
 * the data when the password is lost.
 *
 * <p>Whether a folder is encrypted is read from its database file itself (H2 begins an encrypted file with
 * {@code H2encrypt}), so the two files can never disagree about it: a crash between writing the salt and putting
 * the encrypted file in place leaves a plain database that opens as before.
 */
public final class Enkripsi {
    static final String BERKAS = "kesos.sandi";
    private static final byte[] KEPALA = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    /** The shortest password accepted: a lost or guessed password is the data's only protection. */
    public static final int PANJANG_MIN = 8;

    private Enkripsi() {
    }

    /** Argon2id's cost and the folder's salt, as stored in {@value #BERKAS}. */
    public record Parameter(byte[] garam, int memoriKib, int iterasi, int paralel) {
        /** A new salt with the costs of this version: about half a second on an office PC. */
        public static Parameter baru() {
            byte[] g = new byte[16];
            new SecureRandom().nextBytes(g);
            return new Parameter(g, 65536, 3, 1);
        }

        /** The parameters as stored (a properties text, kept in the folder and in each backup of an encrypted folder). */
        public String teks() {
            Properties p = new Properties();
            p.setProperty("algoritma", "argon2id");
            p.setProperty("garam", Base64.getEncoder().encodeToString(garam));
            p.setProperty("memori_kib", String.valueOf(memoriKib));
            p.setProperty("iterasi", String.valueOf(iterasi));
            p.setProperty("paralel", String.valueOf(paralel));
            StringWriter w = new StringWriter();
            try {
                p.store(w, "Kesos Kecamatan");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return w.toString();
        }

        public static Parameter dari(String teks) throws IOException {
            Properties p = new Properties();
            p.load(new StringReader(teks));
            if (!"argon2id".equals(p.getProperty("algoritma"))) {
                throw new IOException("algoritma " + p.getProperty("algoritma"));
            }
            try {
                return new Parameter(Base64.getDecoder().decode(p.getProperty("garam", "")), Integer.parseInt(p.getProperty("memori_kib")),
                        Integer.parseInt(p.getProperty("iterasi")), Integer.parseInt(p.getProperty("paralel")));
            } catch (RuntimeException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Parameter p && Arrays.equals(garam, p.garam) && memoriKib == p.memoriKib && iterasi == p.iterasi
                    && paralel == p.paralel;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(garam) * 31 + memoriKib + iterasi * 7 + paralel;
        }
    }

    /** True when the folder's database file is encrypted. */
    public static boolean aktif(DataDir d) {
        return terenkripsi(d.databaseFile());
    }

    /** True when {@code berkas} begins as H2's encrypted files do. */
    public static boolean terenkripsi(Path berkas) {
        if (!Files.isRegularFile(berkas)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(berkas)) {
            return Arrays.equals(in.readNBytes(KEPALA.length), KEPALA);
        } catch (IOException e) {
            return false;
        }
    }

    static Path berkas(DataDir d) {
        return d.path().resolve(BERKAS);
    }

    /** The salt and costs of an encrypted folder; refused with what to do when the file is gone or damaged. */
    public static Parameter parameter(DataDir d) {
        Path f = berkas(d);
        try {
            return Parameter.dari(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KesosException(Messages.get("sandi.berkasHilang", f.getFileName(), d), e);
        }
    }

    /** Writes the salt file (private to the user), replacing one there only once complete. */
    public static void tulisParameter(DataDir d, Parameter p) throws IOException {
        Path tmp = Files.createTempFile(d.path(), ".sandi-", ".tmp");
        try {
            Izin.berkasPribadi(tmp);
            Files.writeString(tmp, p.teks(), StandardCharsets.UTF_8);
            Files.move(tmp, berkas(d), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The H2 file password for {@code sandi}: Argon2id over the password's UTF-8 bytes with the folder's salt, 32 bytes
     * as hex (H2 separates the file password from the user's by a space, which hex never holds).
     */
    public static String kunciBerkas(char[] sandi, Parameter p) {
        java.nio.ByteBuffer bb = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(sandi));
        byte[] isi = new byte[bb.remaining()];
        bb.get(isi);
        Arrays.fill(bb.array(), (byte) 0);
        try {
            byte[] kunci = com.password4j.Argon2Function.getInstance(p.memoriKib(), p.iterasi(), p.paralel(), 32,
                    com.password4j.types.Argon2.ID, 19).hash(isi, p.garam()).getBytes();
            return HexFormat.of().formatHex(kunci);
        } finally {
            Arrays.fill(isi, (byte) 0);
        }
    }

    /**
     * Re-encrypts the closed database file {@code folder/kesos.mv.db} in place: from key {@code lama} (null: plain) to
     * {@code baru} (null: plain). Only ever run on a working copy, which then replaces the folder's file in one step.
     */
    public static void ubahBerkas(Path folder, String lama, String baru) {
        try {
            org.h2.tools.ChangeFileEncryption.execute(folder.toString(), DataDir.DB_NAME, "AES", lama == null ? null : lama.toCharArray(),
                    baru == null ? null : baru.toCharArray(), true);
        } catch (java.sql.SQLException e) {
            throw new KesosException(Messages.get("sandi.gagalUbah", e.getMessage()), e);
        }
    }

    /** Removes the salt file of a folder that is no longer encrypted. */
    public static void hapusParameter(DataDir d) throws IOException {
        Files.deleteIfExists(berkas(d));
    }

    /** Refuses a new password that is too short or differs from its confirmation; nothing is changed then. */
    public static void periksaBaru(char[] sandi) {
        if (sandi == null || sandi.length < PANJANG_MIN) {
            throw new KesosException(Messages.get("sandi.terlaluPendek", PANJANG_MIN, sandi == null ? 0 : sandi.length));
        }
        for (char c : sandi) {
            if (Character.isISOControl(c)) {
                throw new KesosException(Messages.get("sandi.karakterKendali"));
            }
        }
    }
}
