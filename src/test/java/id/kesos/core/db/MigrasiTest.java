package id.kesos.core.db;

import static id.kesos.core.db.jooq.Tables.JENIS_PMKS;
import static id.kesos.core.db.jooq.Tables.JENIS_PSKS;
import static id.kesos.core.db.jooq.Tables.WILAYAH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.wilayah.Tingkat;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.core.wilayah.WilayahService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new, empty data folder gets the whole schema and reference data; reopening changes nothing. */
class MigrasiTest {
    @TempDir
    Path dir;

    @Test
    void emptyFolderGetsSchemaAndReferenceData() {
        try (Database db = Database.open(new DataDir(dir))) {
            assertTrue(Files.isRegularFile(dir.resolve("kesos.mv.db")));
            assertEquals(Database.SKEMA.getLast(), db.schemaVersion());
            DSLContext dsl = db.dsl();
            WilayahService w = new WilayahService(dsl);
            assertEquals(38, w.jumlah(Tingkat.PROVINSI));
            assertEquals(416 + 98, w.jumlah(Tingkat.KABUPATEN) + w.jumlah(Tingkat.KOTA));
            assertEquals(7285, w.jumlah(Tingkat.KECAMATAN));
            assertEquals(91_599, dsl.fetchCount(WILAYAH));
            assertEquals(new Wilayah("36.04.34", "Bandung", Tingkat.KECAMATAN), w.cari("36.04.34").orElseThrow());
            List<String> desa = w.anak("36.04.34").stream().map(Wilayah::nama).toList();
            assertEquals(List.of("Bandung", "Mander", "Panamping", "Pangawinan", "Malabar", "Blokang", "Babakan", "Pringwulung"), desa);
            assertEquals("Kabupaten Serang", w.cari("36.04").orElseThrow().nama());
            assertEquals(Tingkat.KOTA, w.cari("36.73").orElseThrow().tingkat());
            // a name with a comma (quoted in the CSV) and one with a typographic apostrophe survive intact
            assertTrue(dsl.fetchExists(WILAYAH, WILAYAH.NAMA.contains(",")));
            assertTrue(dsl.fetchExists(WILAYAH, WILAYAH.NAMA.contains("\u2019")));
            assertNull(dsl.select(WILAYAH.INDUK).from(WILAYAH).where(WILAYAH.KODE.eq("36")).fetchOne().value1());
            assertEquals("36.04.34", dsl.select(WILAYAH.INDUK).from(WILAYAH).where(WILAYAH.KODE.eq("36.04.34.2001")).fetchOne().value1());
        }
    }

    @Test
    void jenisPmksAndPsksAreTheOfficialLists() {
        try (Database db = Database.open(new DataDir(dir))) {
            DSLContext dsl = db.dsl();
            assertEquals(26, dsl.fetchCount(JENIS_PMKS));
            assertEquals(12, dsl.fetchCount(JENIS_PSKS));
            Record lut = dsl.selectFrom(JENIS_PMKS).where(JENIS_PMKS.KODE.eq("PMKS-08")).fetchOne();
            assertEquals("Lanjut Usia Telantar", lut.get(JENIS_PMKS.NAMA));
            assertEquals(60, lut.get(JENIS_PMKS.USIA_MIN));
            assertNull(lut.get(JENIS_PMKS.USIA_MAX));
            assertEquals("lansia_telantar", lut.get(JENIS_PMKS.KELOMPOK_SPM));
            assertFalse(lut.get(JENIS_PMKS.SENSITIF));
            assertTrue(dsl.fetchOne(JENIS_PMKS, JENIS_PMKS.KODE.eq("PMKS-16")).getSensitif(), "ODHA is sensitive");
            assertEquals("jiwa_kk", dsl.fetchOne(JENIS_PMKS, JENIS_PMKS.KODE.eq("PMKS-24")).getSatuan());
            assertEquals(List.of("PMKS-01", "PMKS-26"), List.of(
                    dsl.fetchOne(JENIS_PMKS, JENIS_PMKS.NOMOR.eq(1)).getKode(), dsl.fetchOne(JENIS_PMKS, JENIS_PMKS.NOMOR.eq(26)).getKode()));
            assertEquals("lembaga", dsl.fetchOne(JENIS_PSKS, JENIS_PSKS.KODE.eq("PSKS-05")).getBentuk());
            assertEquals("TKSK", dsl.fetchOne(JENIS_PSKS, JENIS_PSKS.KODE.eq("PSKS-11")).getSingkatan());
        }
    }

    @Test
    void reopeningMigratesNothingAndKeepsData() {
        try (Database db = Database.open(new DataDir(dir))) {
            db.dsl().execute("INSERT INTO pengaturan (kunci, nilai) VALUES ('uji', 'tetap')");
        }
        try (Database db = Database.open(new DataDir(dir))) {
            assertEquals("tetap", db.dsl().fetchValue("SELECT nilai FROM pengaturan WHERE kunci = 'uji'"));
            assertEquals(91_599, db.dsl().fetchCount(WILAYAH));
            assertEquals(Database.SKEMA.getLast(), db.schemaVersion());
        }
        assertFalse(Files.exists(dir.resolve("cadangan")), "no backup when nothing was migrated");
    }

    /** Every insert pays for each index: no table keeps two indexes on the same columns (V9 removed those). */
    @Test
    void noTableKeepsTwoIndexesOnTheSameColumns() {
        try (Database db = Database.open(new DataDir(dir))) {
            var r = db.dsl().fetch("SELECT i.table_name, i.index_name, LISTAGG(c.column_name, ',') WITHIN GROUP (ORDER BY c.ordinal_position) kolom"
                    + " FROM information_schema.indexes i JOIN information_schema.index_columns c"
                    + " ON c.index_name = i.index_name AND c.table_name = i.table_name AND c.table_schema = i.table_schema"
                    + " WHERE i.table_schema = 'PUBLIC' GROUP BY i.table_name, i.index_name");
            java.util.Map<String, String> dilihat = new java.util.HashMap<>();
            for (var baris : r) {
                String kunci = baris.get(0, String.class) + "(" + baris.get(2, String.class) + ")";
                String lain = dilihat.put(kunci, baris.get(1, String.class));
                assertEquals(null, lain, kunci + " twice: " + lain + " and " + baris.get(1, String.class));
            }
            assertTrue(dilihat.containsKey("PENDUDUK(DESA_KODE)"), dilihat.keySet().toString());
            assertTrue(dilihat.containsKey("PMKS_STATUS_RIWAYAT(PMKS_ID)"), dilihat.keySet().toString());
        }
    }
}
