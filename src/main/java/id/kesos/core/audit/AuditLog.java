package id.kesos.core.audit;

import static id.kesos.core.db.jooq.Tables.AUDIT_LOG;

import java.util.Map;
import org.jooq.DSLContext;

/** Writes audit rows: who, when, which table and row, old and new values (as JSON text). */
public final class AuditLog {
    public enum Aksi {
        TAMBAH("tambah"), UBAH("ubah"), HAPUS("hapus");

        private final String kode;

        Aksi(String kode) {
            this.kode = kode;
        }

        public String kode() {
            return kode;
        }
    }

    private final String pengguna;

    public AuditLog(String pengguna) {
        this.pengguna = pengguna;
    }

    public String pengguna() {
        return pengguna;
    }

    /** The operating-system user: the office PC's login is who changed the data. */
    public static AuditLog forCurrentUser() {
        return new AuditLog(System.getProperty("user.name", "?"));
    }

    /** Records one change; call it inside the transaction that makes the change. */
    public void catat(DSLContext tx, String tabel, String barisId, Aksi aksi, Map<String, ?> lama, Map<String, ?> baru) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.PENGGUNA, pengguna)
                .set(AUDIT_LOG.TABEL, tabel)
                .set(AUDIT_LOG.BARIS_ID, barisId)
                .set(AUDIT_LOG.AKSI, aksi.kode())
                .set(AUDIT_LOG.NILAI_LAMA, lama == null ? null : Json.object(lama))
                .set(AUDIT_LOG.NILAI_BARU, baru == null ? null : Json.object(baru))
                .execute();
    }
}
