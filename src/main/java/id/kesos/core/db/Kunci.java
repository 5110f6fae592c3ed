package id.kesos.core.db;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The optimistic lock every service's change goes through: inside the write's transaction the row is
 * read FOR UPDATE and its {@code version} compared with the one the form was opened with. A row
 * that is gone, or that someone else changed meanwhile, is refused with the feature's own message
 * ("... diubah di jendela lain: muat ulang").
 */
public final class Kunci {
    private Kunci() {
    }

    /** The row of {@code tabel} with this id (and {@code syarat}, e.g. not deleted), locked, at the expected version. */
    public static <R extends Record> R baris(DSLContext tx, Table<R> tabel, TableField<R, Long> kolomId, TableField<R, Integer> kolomVersi,
            long id, int versi, Condition syarat, String pesanTidakAda, String pesanKonflik) {
        R rec = tx.selectFrom(tabel).where(kolomId.eq(id)).and(syarat == null ? DSL.noCondition() : syarat).forUpdate().fetchOptional()
                .orElseThrow(() -> new KesosException(Messages.get(pesanTidakAda)));
        if (rec.get(kolomVersi) != versi) {
            throw new KesosException(Messages.get(pesanKonflik));
        }
        return rec;
    }
}
