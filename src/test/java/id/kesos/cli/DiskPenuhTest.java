package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the data folder on a small tmpfs (mounting needs root, as on CI; skipped elsewhere).
 * Setup and demo stop with the Indonesian message, nothing half-written stays, and once there is space
 * again the data opens and the next save works.
 */
class DiskPenuhTest {
    @TempDir
    Path dir;
    Path disk;

    static int jalankan(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    void ukuran(String mb, boolean pertama) throws Exception {
        int rc = pertama ? jalankan("mount", "-t", "tmpfs", "-o", "size=" + mb, "tmpfs", disk.toString())
                : jalankan("mount", "-o", "remount,size=" + mb, disk.toString());
        assumeTrue(rc == 0, "a small disk can be mounted here (root)");
    }

    @AfterEach
    void lepas() throws Exception {
        if (disk != null) {
            jalankan("umount", disk.toString());
        }
    }

    String[] kesos(String... args) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), "id.kesos.Main", "--data-dir", disk.resolve("data").toString()));
        cmd.addAll(List.of(args));
        return cmd.toArray(String[]::new);
    }

    record Hasil(int code, String out) {
    }

    Hasil jalankanKesos(String... args) throws Exception {
        Process p = new ProcessBuilder(kesos(args)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "no hang on a full disk: " + String.join(" ", args));
        return new Hasil(p.exitValue(), out);
    }

    static void pesanDiskPenuh(Hasil h) {
        assertEquals(1, h.code(), h.out());
        assertTrue(h.out().contains("Disk penuh") && h.out().contains("Kosongkan ruang disk"), h.out());
        assertFalse(h.out().contains("Exception") || h.out().contains("\tat "), h.out());
    }

    @Test
    void aFullDiskStopsSetupAndDemoCleanlyAndTheDataOpensOnceThereIsSpace() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        disk = java.nio.file.Files.createDirectories(dir.resolve("disk"));
        ukuran("3m", true); // less than the new database (4 MB)
        pesanDiskPenuh(jalankanKesos(UjiTahan.SETUP));
        ukuran("40m", false);
        Hasil setup = jalankanKesos(UjiTahan.SETUP);
        assertEquals(0, setup.code(), setup.out());
        pesanDiskPenuh(jalankanKesos("demo", "--orang", "40000"));
        ukuran("400m", false);
        Hasil info = jalankanKesos("info");
        assertEquals(0, info.code(), info.out());
        assertTrue(info.out().contains("pmks: 0") && info.out().contains("psks: 0"), "nothing of the demo was kept: " + info.out());
        Hasil simpan = jalankanKesos("pmks", "tambah", "--nik", "3604345708600003", "--nama", "Sesudah Disk Penuh", "--tanggal-lahir",
                "1960-08-17", "--jk", "P", "--desa", "36.04.34.2001", "--jenis", "PMKS-08");
        assertEquals(0, simpan.code(), simpan.out());
    }

    @Test
    void aReadOnlyDiskIsNamedAsSuchAndTheDataOnItIsUntouched() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        disk = java.nio.file.Files.createDirectories(dir.resolve("disk"));
        ukuran("40m", true);
        assertEquals(0, jalankanKesos(UjiTahan.SETUP).code());
        Hasil simpan = jalankanKesos("pmks", "tambah", "--nik", "3604345708600003", "--nama", "Sebelum Dikunci", "--tanggal-lahir",
                "1960-08-17", "--jk", "P", "--desa", "36.04.34.2001", "--jenis", "PMKS-08");
        assertEquals(0, simpan.code(), simpan.out());
        java.nio.file.Files.createDirectories(disk.resolve("keluar"));
        Path lain = dir.resolve("lain");
        assertEquals(0, CliUji.kesosDi(lain, UjiTahan.SETUP).code());
        assertEquals(0, jalankan("mount", "-o", "remount,ro", disk.toString()));

        Hasil info = jalankanKesos("info");
        assertEquals(1, info.code(), info.out());
        assertTrue(info.out().contains("tidak dapat ditulis") && info.out().contains("flash disk yang terkunci"), info.out());
        assertFalse(info.out().contains("Exception") || info.out().contains("\tat "), info.out());

        Path out = disk.resolve("keluar").resolve("bnba.xlsx");
        CliUji.Hasil ekspor = CliUji.kesosDi(lain, "ekspor", "bnba-pmks", "--tahun", "2026", "--out", out.toString());
        assertEquals(1, ekspor.code(), ekspor.out());
        assertEquals("Berkas \"" + out + "\" tidak dapat ditulis (disk ini hanya dapat dibaca, misalnya flash disk yang terkunci)."
                + " Pilih folder lain yang dapat ditulisi.", ekspor.err().strip());

        assertEquals(0, jalankan("mount", "-o", "remount,rw", disk.toString()));
        Hasil lagi = jalankanKesos("info");
        assertEquals(0, lagi.code(), lagi.out());
        assertTrue(lagi.out().contains("pmks: 1"), lagi.out());
    }
}
