package id.kesos.core.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The database login of one data folder: user {@code SA} with a random password kept in
 * {@code kesos.kunci} beside the database, readable by the user only. The AUTO_SERVER port on the
 * loopback accepts only this password, so another account on the same computer cannot read the data
 * through it. Files from earlier versions (empty password) get one at their first open.
 */
final class Kredensial {
    static final String PENGGUNA = "SA";
    static final String BERKAS = "kesos.kunci";
    /** The empty password of files written before version 0.7. */
    static final String LAMA = "";

    private Kredensial() {
    }

    static Path berkas(DataDir dataDir) {
        return dataDir.path().resolve(BERKAS);
    }

    /** The folder's password; made and stored the first time. Two processes starting at once agree on one. */
    static String sandi(DataDir dataDir) throws IOException {
        Path f = berkas(dataDir);
        if (Files.isRegularFile(f)) {
            String s = Files.readString(f, StandardCharsets.US_ASCII).strip();
            if (!s.isEmpty()) {
                return s;
            }
        }
        byte[] acak = new byte[24];
        new SecureRandom().nextBytes(acak);
        String baru = Base64.getUrlEncoder().withoutPadding().encodeToString(acak);
        Path tmp = Files.createTempFile(dataDir.path(), ".kunci-", ".tmp");
        try {
            Izin.berkasPribadi(tmp);
            Files.writeString(tmp, baru + "\n", StandardCharsets.US_ASCII);
            try {
                // a hard link fails when the file exists: the first process to get here wins
                Files.createLink(f, tmp);
            } catch (FileAlreadyExistsException e) {
                return Files.readString(f, StandardCharsets.US_ASCII).strip();
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(f)) {
                    return Files.readString(f, StandardCharsets.US_ASCII).strip();
                }
                Files.move(tmp, f);
                return baru;
            }
            return baru;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
