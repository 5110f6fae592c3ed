package id.kesos.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Inserts many new rows of one table in JDBC batches inside the caller's transaction: what an import
 * writes, a statement per row costing most of its time. The records are built as for a single
 * {@code store()} (the same fields set on each); the table's generated ids come back in order.
 */
public final class Sisipan {
    /** Rows per batch: large enough to save the round trips, small enough to keep the batch's memory low. */
    static final int KELOMPOK = 500;

    private Sisipan() {
    }

    /**
     * Inserts {@code rec} (all of one table, the same fields set, no id) and, when {@code id} is not
     * null, sets each record's generated id; nothing is inserted when the list is empty.
     */
    public static <R extends TableRecord<R>> void semua(DSLContext tx, List<R> rec, Field<Long> id) {
        if (rec.isEmpty()) {
            return;
        }
        R pertama = rec.getFirst();
        List<Field<?>> kolom = new ArrayList<>();
        for (Field<?> f : pertama.fields()) {
            if (pertama.changed(f)) {
                kolom.add(f);
            }
        }
        List<Param<?>> tanda = new ArrayList<>();
        for (Field<?> f : kolom) {
            tanda.add(DSL.val(null, f));
        }
        String sql = tx.insertInto(pertama.getTable(), kolom).values(tanda).getSQL();
        tx.connection(c -> sisip(c, sql, rec, kolom, id));
    }

    private static <R extends TableRecord<R>> void sisip(Connection c, String sql, List<R> rec, List<Field<?>> kolom, Field<Long> id)
            throws SQLException {
        // each column's place in the record, looked up once rather than by name in every row
        int[] posisi = new int[kolom.size()];
        for (int k = 0; k < posisi.length; k++) {
            posisi[k] = rec.getFirst().indexOf(kolom.get(k));
        }
        try (PreparedStatement ps = id == null ? c.prepareStatement(sql) : c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int mulai = 0;
            while (mulai < rec.size()) {
                int akhir = Math.min(rec.size(), mulai + KELOMPOK);
                for (int i = mulai; i < akhir; i++) {
                    R r = rec.get(i);
                    for (int k = 0; k < kolom.size(); k++) {
                        if (!r.changed(posisi[k])) {
                            throw new IllegalArgumentException(kolom.get(k).getName());
                        }
                        ps.setObject(k + 1, r.get(posisi[k]));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
                if (id != null) {
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        int i = mulai;
                        while (keys.next()) {
                            rec.get(i++).set(id, keys.getLong(1));
                        }
                        if (i != akhir) {
                            // a driver that hands back fewer keys than rows: a programming error, never the user's
                            throw new IllegalStateException(String.valueOf(i - mulai) + "/" + (akhir - mulai));
                        }
                    }
                }
                mulai = akhir;
            }
        }
    }
}
