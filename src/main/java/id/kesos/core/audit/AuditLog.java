package id.kesos.core.audit;

import id.kesos.core.db.jooq.tables.records.AuditLogRecord;
import java.util.Map;
import org.jooq.DSLContext;

/** Writes audit rows: who, when, which table and row, old and new values (as JSON text). */
public final class AuditLog {
    public enum Aksi {
        TAMBAH("tambah"), UBAH("ubah"), HAPUS("hapus"),
        /** Personal data leaving the program: an export of names (BNBA, daftar PSKS) or a backup. */
        EKSPOR("ekspor");

        private final String kode;

        Aksi(String kode) {
            this.kode = kode;
        }

        public String kode() {
            return kode;
        }
    }

    private final Sesi sesi;

    public AuditLog(String pengguna) {
        this(new Sesi(pengguna));
    }

    /** Audit rows naming whoever {@code sesi} says is working (the signed-in user, or the OS account). */
    public AuditLog(Sesi sesi) {
        this.sesi = sesi;
    }

    public String pengguna() {
        return sesi.nama();
    }

    public Sesi sesi() {
        return sesi;
    }

    /** The operating-system user: the office PC's login is who changed the data. */
    public static AuditLog forCurrentUser() {
        return new AuditLog(akunOs());
    }

    /**
     * The account the process runs under, as the operating system reports it (the process's owner, read
     * by the JDK from the OS: "budi" on Linux, "KANTOR-PC\\budi" on Windows), not the JVM property
     * {@code user.name}, which whoever starts the program can set ({@code -Duser.name=camat}). "?" when
     * the system says nothing.
     */
    public static String akunOs() {
        String u = ProcessHandle.current().info().user().orElse("").strip();
        return u.isEmpty() ? "?" : u.length() > 100 ? u.substring(0, 100) : u;
    }

    /**
     * Records that personal data left the program: {@code jenis} (the recap's or the backup's code), a line
     * for people ({@code keterangan}, e.g. "BNBA PMKS 2026, 311 baris, bnba.xlsx") and its details.
     */
    public void catatEkspor(DSLContext tx, String jenis, String keterangan, Map<String, ?> rincian) {
        AuditLogRecord r = rekaman("ekspor", jenis, Aksi.EKSPOR, null, rincian);
        r.setKeterangan(keterangan.length() > 500 ? keterangan.substring(0, 500) : keterangan);
        tx.executeInsert(r);
    }

    /** The values of an audit row's {@code nilai_lama} or {@code nilai_baru}, each as its text, in the order written. */
    public static Map<String, String> nilai(String json) {
        return Json.parse(json);
    }

    /**
     * Refuses verifying (or rejecting) a row the signed-in user added, when several users exist: one person alone
     * verifies their own entries. Who added it is what the history records.
     */
    public void periksaBukanPembuat(DSLContext dsl, String tabel, long barisId) {
        if (!sesi.penggunaAktif() || dsl.fetchCount(id.kesos.core.db.jooq.Tables.PENGGUNA,
                id.kesos.core.db.jooq.Tables.PENGGUNA.AKTIF.isTrue()) < 2) {
            return;
        }
        var a = id.kesos.core.db.jooq.Tables.AUDIT_LOG;
        String pembuat = dsl.select(a.PENGGUNA).from(a).where(a.TABEL.eq(tabel)).and(a.BARIS_ID.eq(String.valueOf(barisId)))
                .and(a.AKSI.eq(Aksi.TAMBAH.kode())).orderBy(a.ID).limit(1).fetchOne(a.PENGGUNA);
        if (pembuat != null && pembuat.equals(sesi.nama())) {
            throw new id.kesos.core.KesosException(id.kesos.core.i18n.Messages.get("pengguna.verifikasiSendiri"));
        }
    }

    /** Records one change; call it inside the transaction that makes the change. */
    public void catat(DSLContext tx, String tabel, String barisId, Aksi aksi, Map<String, ?> lama, Map<String, ?> baru) {
        tx.executeInsert(rekaman(tabel, barisId, aksi, lama, baru));
    }

    /** The audit row of one change, not yet written: a bulk write inserts many at once ({@link id.kesos.core.db.Sisipan}). */
    public AuditLogRecord rekaman(String tabel, String barisId, Aksi aksi, Map<String, ?> lama, Map<String, ?> baru) {
        AuditLogRecord r = new AuditLogRecord();
        r.setPengguna(sesi.nama());
        r.setTabel(tabel);
        r.setBarisId(barisId);
        r.setAksi(aksi.kode());
        r.setNilaiLama(lama == null ? null : Json.object(lama));
        r.setNilaiBaru(baru == null ? null : Json.object(baru));
        return r;
    }
}
