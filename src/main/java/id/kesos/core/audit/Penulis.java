package id.kesos.core.audit;

import id.kesos.core.db.Galat;
import id.kesos.core.db.Kunci;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/**
 * The one way a service writes. {@link #tulis} runs the work in one transaction, turns a constraint
 * the checks missed into an Indonesian message and waits out another window's handover of the file
 * ({@link Galat#tulis}); {@link #ubah} is the change of one versioned row every register shares:
 * lock it at the version the form was opened with, change it, bump the version, store it, and
 * write the audit row with the old and new values, all inside that transaction.
 */
public final class Penulis {
    private final DSLContext dsl;
    private final AuditLog audit;

    public Penulis(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Runs {@code kerja} in one transaction (given the transaction's context); all of it is stored, or nothing. */
    public <T> T tulis(Function<DSLContext, T> kerja) {
        return tulis(kerja, null);
    }

    /**
     * Writes only the change history's own record of something that changed no data (an export of names, a backup):
     * a read-only role may export, and the record is written all the same.
     */
    public void tulisJejak(java.util.function.Consumer<DSLContext> jejak) {
        Galat.tulis(() -> dsl.transactionResult(cfg -> {
            jejak.accept(DSL.using(cfg));
            return Boolean.TRUE;
        }), null);
    }

    /**
     * As {@link #tulis(Function)}; when the connection broke during the commit, {@code sudahAda} looks
     * for the work's result before running it again (a retried add must not be refused as a duplicate).
     */
    public <T> T tulis(Function<DSLContext, T> kerja, Supplier<Optional<T>> sudahAda) {
        // a guest, or nobody signed in while users are on, writes nothing
        audit.sesi().wajib(Peran.Hak.TULIS);
        return Galat.tulis(() -> dsl.transactionResult(cfg -> kerja.apply(DSL.using(cfg))), sudahAda);
    }

    /**
     * A versioned table as its service sees it: where the row is, which rows count (e.g. not deleted),
     * the feature's messages for a missing row and for a conflict, how to read the domain value from
     * the row, and its values for the audit log.
     */
    public record Baris<R extends UpdatableRecord<R>, D>(String namaAudit, Table<R> tabel, TableField<R, Long> kolomId,
            TableField<R, Integer> kolomVersi, TableField<R, OffsetDateTime> kolomDiubah, Condition syarat, String pesanTidakAda,
            String pesanKonflik, BiFunction<DSLContext, R, D> baca, Function<D, Map<String, Object>> nilai) {

        /** The row locked at {@code version} (refused with the feature's message when gone or changed meanwhile). */
        public R kunci(DSLContext tx, long id, int version) {
            return Kunci.baris(tx, tabel, kolomId, kolomVersi, id, version, syarat, pesanTidakAda, pesanKonflik);
        }
    }

    /** What a change does to the locked row; it may refuse by throwing (nothing is written then). */
    @FunctionalInterface
    public interface Perubahan<R, D> {
        void ubah(R rec, D lama);
    }

    /** Changes one row: lock at {@code version}, {@code perubahan}, version + 1, store, audit (old and new values). */
    public <R extends UpdatableRecord<R>, D> D ubah(DSLContext tx, Baris<R, D> b, long id, int version, Perubahan<R, D> perubahan) {
        return ubah(tx, b, id, version, AuditLog.Aksi.UBAH, null, perubahan);
    }

    /**
     * As {@link #ubah(DSLContext, Baris, long, int, Perubahan)}, recorded as {@code aksi} (a soft delete
     * is {@link AuditLog.Aksi#HAPUS}, with no new values), with {@code tambahan} added to the new values
     * (e.g. the reason a final meeting was reopened).
     */
    public <R extends UpdatableRecord<R>, D> D ubah(DSLContext tx, Baris<R, D> b, long id, int version, AuditLog.Aksi aksi,
            Map<String, ?> tambahan, Perubahan<R, D> perubahan) {
        R rec = b.kunci(tx, id, version);
        D lama = b.baca().apply(tx, rec);
        perubahan.ubah(rec, lama);
        rec.set(b.kolomVersi(), version + 1);
        if (b.kolomDiubah() != null) {
            rec.set(b.kolomDiubah(), OffsetDateTime.now());
        }
        rec.store();
        D baru = b.baca().apply(tx, rec);
        Map<String, Object> nilaiBaru = null;
        if (aksi != AuditLog.Aksi.HAPUS) {
            nilaiBaru = new LinkedHashMap<>(b.nilai().apply(baru));
            if (tambahan != null) {
                nilaiBaru.putAll(tambahan);
            }
        }
        audit.catat(tx, b.namaAudit(), String.valueOf(id), aksi, b.nilai().apply(lama), nilaiBaru);
        return baru;
    }

    /** The audit row of a new row of {@code b}'s table. */
    public <D> void tambah(DSLContext tx, Baris<?, D> b, Object id, D baru) {
        tx.executeInsert(rekamanTambah(b, id, baru));
    }

    /** As {@link #tambah}, not yet written: a bulk write inserts many at once. */
    public <D> id.kesos.core.db.jooq.tables.records.AuditLogRecord rekamanTambah(Baris<?, D> b, Object id, D baru) {
        return audit.rekaman(b.namaAudit(), String.valueOf(id), AuditLog.Aksi.TAMBAH, null, b.nilai().apply(baru));
    }

    /** The audit row of a row of {@code b}'s table removed for good. */
    public <D> void hapus(DSLContext tx, Baris<?, D> b, Object id, D lama) {
        audit.catat(tx, b.namaAudit(), String.valueOf(id), AuditLog.Aksi.HAPUS, b.nilai().apply(lama), null);
    }
}
