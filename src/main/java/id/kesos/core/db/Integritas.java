package id.kesos.core.db;

import id.kesos.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Checks that the register is whole: every entry has its person or group and its status history,
 * the last step of that history is the entry's status, every identity counter is past the largest id
 * of its table (so the next save cannot collide), and H2 can read every table to the end.
 * Returns what is wrong, empty when all holds.
 */
public final class Integritas {
    private static final String[][] PERIKSA = {
        {"integritas.entriTanpaOrang",
            "SELECT COUNT(*) FROM pmks p WHERE (p.penduduk_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM penduduk d WHERE d.id = p.penduduk_id))"
                + " OR (p.kelompok_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kelompok k WHERE k.id = p.kelompok_id))"},
        {"integritas.entriTanpaRiwayat",
            "SELECT COUNT(*) FROM pmks p WHERE NOT EXISTS (SELECT 1 FROM pmks_status_riwayat r WHERE r.pmks_id = p.id)"},
        {"integritas.statusBeda",
            "SELECT COUNT(*) FROM pmks p JOIN pmks_status_riwayat r ON r.pmks_id = p.id"
                + " WHERE r.id = (SELECT MAX(r2.id) FROM pmks_status_riwayat r2 WHERE r2.pmks_id = p.id) AND r.ke <> p.status"},
        {"integritas.bantuanTanpaOrang",
            "SELECT COUNT(*) FROM bantuan b WHERE NOT EXISTS (SELECT 1 FROM penduduk d WHERE d.id = b.penduduk_id)"},
        {"integritas.kantorTanpaDesa",
            "SELECT COUNT(*) FROM kantor k WHERE NOT EXISTS (SELECT 1 FROM desa d)"},
    };

    private Integritas() {
    }

    public static List<String> periksa(DSLContext dsl) {
        List<String> masalah = new ArrayList<>();
        for (String[] p : PERIKSA) {
            int n = dsl.fetchOne(p[1]).get(0, Integer.class);
            if (n > 0) {
                masalah.add(Messages.get(p[0]) + ": " + n);
            }
        }
        for (Record r : dsl.fetch("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
            String tabel = r.get(0, String.class);
            String kolom = r.get(1, String.class);
            Long berikut = r.get(2, Long.class);
            Long maks = dsl.fetchOne("SELECT MAX(\"" + kolom + "\") FROM \"" + tabel + "\"").get(0, Long.class);
            if (maks != null && berikut != null && berikut <= maks) {
                masalah.add(Messages.get("integritas.penghitung", tabel, String.valueOf(berikut), String.valueOf(maks)));
            }
            // reads every row: a torn page would fail here
            dsl.fetchOne("SELECT COUNT(*) FROM \"" + tabel + "\"");
        }
        return masalah;
    }
}
