package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.db.Integritas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with real child processes killed by SIGKILL (20 kills of each kind of work), and two
 * processes saving into one data folder at once.
 */
class KetahananTest {
    @TempDir
    Path dir;

    @Test
    void killedAtRandomTheDataStaysWholeAndTheNextSaveWorks() throws Exception {
        UjiTahan u = new UjiTahan(dir, 20261201L);
        int simpanan = 0;
        for (UjiTahan.Jenis j : UjiTahan.Jenis.values()) {
            UjiTahan.Hasil h = u.jalankan(j, 20);
            System.out.println(j + ": " + h.ms() + " ms for 20 kills (one whole run " + h.msPenuh() + " ms)");
            assertEquals(List.of(), h.masalah(), j + " after SIGKILL");
            assertEquals(20, h.bunuh());
            simpanan += h.simpanDiperiksa();
        }
        assertTrue(simpanan >= 20, "every save reported as saved was checked after a kill 1 ms later: " + simpanan);
    }

    /** Decision: H2 AUTO_SERVER with waiting and retrying (Galat.tulis); the first process exits while the second still saves. */
    @Test
    void twoProcessesSaveIntoOneFolderAndNoSaveIsLostOrRefused() throws Exception {
        List<String> setup = new ArrayList<>(List.of("--data-dir", dir.toString()));
        setup.addAll(List.of(UjiTahan.SETUP));
        assertEquals(0, new CliTest().kesos(setup.toArray(String[]::new)).code());
        List<Process> p = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                    System.getProperty("java.class.path"), "id.kesos.Main", "--data-dir", dir.toString(), "uji-tahan", "simpan-terus",
                    "--seed", String.valueOf(i + 1), "--jumlah", "50"));
            p.add(new ProcessBuilder(cmd).redirectErrorStream(true).start());
            if (i == 0) {
                Thread.sleep(1500); // the second starts while the first saves, and the first ends while the second still saves
            }
        }
        for (Process q : p) {
            String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(q.waitFor(3, TimeUnit.MINUTES));
            // on a failure the folder's log says what the database said (the message on the console is the user's)
            java.nio.file.Path log = dir.resolve("log").resolve("kesos.log");
            assertEquals(0, q.exitValue(), () -> out + (java.nio.file.Files.exists(log) ? "\n--- kesos.log:\n" + baca(log) : ""));
            assertEquals(50, out.lines().filter(l -> l.startsWith(UjiTahan.OK)).count(), out);
        }
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            assertEquals(100, l.db().dsl().fetchCount(l.db().dsl().selectOne().from("pmks")));
            assertEquals(List.of(), Integritas.periksa(l.db().dsl()));
        }
    }

    private static String baca(java.nio.file.Path log) {
        try {
            String t = java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
            return t.substring(Math.max(0, t.length() - 8000));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
