package id.kesos.core.audit;

import id.kesos.core.db.jooq.tables.records.AuditLogRecord;
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
        tx.executeInsert(rekaman(tabel, barisId, aksi, lama, baru));
    }

    /** The audit row of one change, not yet written: a bulk write inserts many at once ({@link id.kesos.core.db.Sisipan}). */
    public AuditLogRecord rekaman(String tabel, String barisId, Aksi aksi, Map<String, ?> lama, Map<String, ?> baru) {
        AuditLogRecord r = new AuditLogRecord();
        r.setPengguna(pengguna);
        r.setTabel(tabel);
        r.setBarisId(barisId);
        r.setAksi(aksi.kode());
        r.setNilaiLama(lama == null ? null : Json.object(lama));
        r.setNilaiBaru(baru == null ? null : Json.object(baru));
        return r;
    }
}
