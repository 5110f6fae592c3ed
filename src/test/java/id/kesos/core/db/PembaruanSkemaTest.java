package id.kesos.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.cli.CliUji;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.cadangan.CadanganService;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.penduduk.PendudukService;
import id.kesos.core.pmks.PmksService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder of an earlier version is backed up (verified, restorable) before it is migrated; a
 * file that is up to date opens without Flyway, and the list of migrations that decides that is
 * Flyway's own.
 */
class PembaruanSkemaTest {
    @TempDir
    Path dir;

    @Test
    void theMigrationListOfTheQuickOpenIsFlywaysOwn() {
        try (Kolam k = new Kolam(JdbcConnectionPool.create("jdbc:h2:mem:daftar", "sa", ""))) {
            JdbcConnectionPool p = k.p();
            List<String> flyway = Arrays.stream(Database.flyway(p).info().all()).map(m -> m.getVersion().getVersion()).toList();
            assertEquals(flyway, Database.SKEMA, "add the new migration to Database.SKEMA");
        }
    }

    @Test
    void anUpToDateFileIsRecognisedAndAFileWithAPendingMigrationIsNot() throws Exception {
        Path lama = buatVersi("4");
        try (Kolam k = new Kolam(JdbcConnectionPool.create(Database.url(lama, false), Kredensial.PENGGUNA, sandi()))) {
            JdbcConnectionPool p = k.p();
            assertEquals(false, Database.sudahTerbaru(p));
        }
        Database.open(new DataDir(dir)).close();
        try (Kolam k = new Kolam(JdbcConnectionPool.create(Database.url(lama, false), Kredensial.PENGGUNA, sandi()))) {
            JdbcConnectionPool p = k.p();
            assertEquals(true, Database.sudahTerbaru(p));
        }
    }

    @Test
    void anEarlierVersionIsBackedUpVerifiedBeforeMigratingAndTheBackupRestores() throws Exception {
        buatVersi("4");
        List<Path> cadangan;
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            assertEquals(Database.SKEMA.getLast(), l.db().schemaVersion());
            assertEquals(1, l.db().dsl().fetchCount(l.db().dsl().selectOne().from("pmks")), "the data survives the migration");
        }
        try (Stream<Path> s = Files.list(dir.resolve("cadangan"))) {
            cadangan = s.toList();
        }
        assertEquals(1, cadangan.size(), cadangan.toString());
        Path zip = cadangan.getFirst();
        assertTrue(zip.getFileName().toString().startsWith("kesos-sebelum-migrasi-v4-"), zip.toString());
        CadanganService.Info info = CadanganService.baca(zip);
        assertEquals("4", info.skema());
        assertEquals("36.04.34", info.kodeKecamatan());
        assertEquals(1L, info.jumlah().get("pmks"));
        assertEquals(0L, info.jumlah().get("psks"));

        // the next start migrates nothing and backs up nothing
        Layanan.buka(new DataDir(dir)).close();
        try (Stream<Path> s = Files.list(dir.resolve("cadangan"))) {
            assertEquals(1, s.count());
        }

        // and the backup is one that "kesos pulihkan" takes: the older file comes back and is migrated again
        CliUji.Hasil h = CliUji.kesosDi(dir, "pulihkan", zip.toString());
        assertEquals(0, h.code(), h.err());
        assertEquals("1", CliUji.kunciNilai(CliUji.kesosDi(dir, "info").out()).get("pmks"));
    }

    /** A data folder as version {@code versi} of the schema left it, with the office and one PMKS entry. */
    private Path buatVersi(String versi) throws Exception {
        DataDir dd = new DataDir(dir);
        Izin.folderPribadi(dir);
        Path base = dir.resolve("kesos");
        try (Kolam k = new Kolam(JdbcConnectionPool.create(Database.url(base, false), Kredensial.PENGGUNA, Kredensial.sandi(dd)))) {
            JdbcConnectionPool p = k.p();
            Flyway.configure().dataSource(p).locations("classpath:db/migration").javaMigrations(new V1_1__Data_referensi())
                    .target(versi).load().migrate();
            DSLContext dsl = DSL.using(p, SQLDialect.H2);
            AuditLog audit = AuditLog.forCurrentUser();
            new KantorService(dsl, audit).simpan(UjiKantor.bandung());
            PmksService pmks = new PmksService(dsl, audit, new PendudukService(dsl, audit));
            pmks.segarkanDesa();
            pmks.tambah(id.kesos.cli.UjiTahan.orang(1), id.kesos.cli.UjiTahan.entri(), true);
        }
        return base;
    }

    /** A pool closed at the end of a try block. */
    private record Kolam(JdbcConnectionPool p) implements AutoCloseable {
        @Override
        public void close() {
            p.dispose();
        }
    }

    private String sandi() throws Exception {
        return Kredensial.sandi(new DataDir(dir));
    }
}
