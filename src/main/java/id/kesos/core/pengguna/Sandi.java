package id.kesos.core.pengguna;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Users' passwords and the recovery code as stored: Argon2id hashes in the PHC string form, with their own salt, at
 * OWASP's recommended cost (19 MiB, 2 passes): a sign-in stays quick, and the hashes sit inside the database, which
 * the data password (a costlier derivation) protects on disk.
 */
final class Sandi {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID, 19);

    private Sandi() {
    }

    static String hash(char[] sandi) {
        return Password.hash(java.nio.CharBuffer.wrap(sandi)).addRandomSalt(16).with(ARGON2).getResult();
    }

    static boolean cocok(char[] sandi, String hash) {
        try {
            return Password.check(java.nio.CharBuffer.wrap(sandi), hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false; // a damaged hash opens nothing
        }
    }
}
