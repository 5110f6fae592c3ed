package id.kesos.core.db;

import id.kesos.UjiKantor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user sees when the data folder is unusable, and a second copy of the app on the same data. */
class DatabaseGalatTest {
    @TempDir
    Path dir;

    @Test
    void folderThatIsAFileIsRefusedWithAMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("bukan-folder"), "x");
        KesosException e = assertThrows(KesosException.class, () -> Database.open(new DataDir(file)));
        assertTrue(e.getMessage().contains("adalah sebuah berkas, bukan folder"), e.getMessage());
        assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
    }

    @Test
    void folderThatCannotBeCreatedIsNotWritable() throws IOException {
        Path file = Files.writeString(dir.resolve("berkas"), "x");
        KesosException e = assertThrows(KesosException.class, () -> Database.open(new DataDir(file.resolve("data"))));
        assertTrue(e.getMessage().startsWith("Folder data \"" + file.resolve("data") + "\" tidak dapat ditulis."), e.getMessage());
    }

    @Test
    void fileThatIsNotAnH2DatabaseIsNamedAndLeftAlone() throws IOException {
        byte[] sampah = "Ini bukan basis data, hanya teks biasa.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("kesos.mv.db"), sampah);
        KesosException e = assertThrows(KesosException.class, () -> Database.open(new DataDir(dir)));
        assertTrue(e.getMessage().contains("bukan basis data Kesos Kecamatan atau rusak"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("kesos.mv.db").toString()), e.getMessage());
        assertArrayEquals(sampah, Files.readAllBytes(dir.resolve("kesos.mv.db")), "the damaged file must not be changed");
    }

    @Test
    void zeroByteFileIsRefusedAndLeftAsItIs() throws IOException {
        Files.createFile(dir.resolve("kesos.mv.db"));
        KesosException e = assertThrows(KesosException.class, () -> Database.open(new DataDir(dir)));
        assertTrue(e.getMessage().contains("kosong (0 byte)") && e.getMessage().contains("kesos pulihkan"), e.getMessage());
        assertEquals(0, Files.size(dir.resolve("kesos.mv.db")), "never silently an empty database");
    }

    @Test
    void fileOfANewerVersionIsRefusedUntouched() throws Exception {
        new DataDir(dir);
        Database.open(new DataDir(dir)).close();
        try (var c = java.sql.DriverManager.getConnection(Database.url(dir.resolve("kesos"), false), "SA", Database.sandiFolder(new DataDir(dir)));
                var st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'Masa depan', 'SQL',"
                    + " 'V99__Masa_depan.sql', 1, 'SA', 1, TRUE)");
        }
        KesosException e = assertThrows(KesosException.class, () -> Database.open(new DataDir(dir)));
        assertTrue(e.getMessage().contains("dibuat oleh versi yang lebih baru") && e.getMessage().contains("pasang versi terbaru"),
                e.getMessage());
        // nothing was migrated or written: the history is as the newer version left it
        try (var c = java.sql.DriverManager.getConnection(Database.url(dir.resolve("kesos"), false), "SA", Database.sandiFolder(new DataDir(dir)));
                var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*), MAX(\"installed_rank\") FROM \"flyway_schema_history\"")) {
            rs.next();
            assertEquals(99, rs.getInt(2));
            assertEquals(Database.SKEMA.size() + 2, rs.getInt(1), "each migration, the schema's creation and the newer one's row");
        }
    }

    @Test
    void theDatabaseHasALoginOfItsOwnAndTheFolderIsPrivate() throws Exception {
        Database.open(new DataDir(dir)).close();
        assertThrows(java.sql.SQLException.class, () -> java.sql.DriverManager.getConnection(
                Database.url(dir.resolve("kesos"), false), "SA", "").close(), "the empty password of old versions no longer opens it");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("kesos.kunci"))));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("kesos.mv.db"))));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    /** Decision: AUTO_SERVER. A second process (here: the command line) works while the first holds the data open. */
    @Test
    void secondProcessOnTheSameDataFolderWorks() throws Exception {
        try (Layanan first = Layanan.buka(new DataDir(dir))) {
            first.kantor().simpan(UjiKantor.bandung());
            List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "-cp", System.getProperty("java.class.path"), "id.kesos.Main", "--data-dir", dir.toString(), "info"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("kecamatan: 36.04.34 Bandung"), out);
            // and the first window still works after the second one is gone
            assertEquals("Budi", first.kantor().muat().orElseThrow().namaCamat());
        }
    }
}
