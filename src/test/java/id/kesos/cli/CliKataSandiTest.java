package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kesos kata-sandi pasang|ganti|hapus} and {@code --kata-sandi FILE}: passwords from files, a locked folder refused. */
class CliKataSandiTest {
    @TempDir
    Path dir;
    @TempDir
    Path berkas;
    final CliTest cli = new CliTest();
    Path pw1;
    Path pw2;

    CliTest.Hasil kesos(String... args) {
        return cli.kesosDi(dir, args);
    }

    @BeforeEach
    void setup() throws Exception {
        cli.pasangBandung(dir);
        pw1 = Files.writeString(berkas.resolve("sandi1.txt"), "rahasia kantor 2026\n");
        pw2 = Files.writeString(berkas.resolve("sandi2.txt"), "kata sandi yang baru\r\n");
    }

    @AfterEach
    void lupakan() {
        id.kesos.core.db.Brankas.simpan(new id.kesos.core.db.DataDir(dir), null);
    }

    void lupakanSandi() {
        // each command is a process of its own in real use: what one was given, the next is not
        id.kesos.core.db.Brankas.simpan(new id.kesos.core.db.DataDir(dir), null);
    }

    @Test
    void setUseChangeAndRemoveThePasswordFromFiles() {
        CliTest.Hasil tanpaPaham = kesos("kata-sandi", "pasang", "--baru", pw1.toString());
        assertEquals(1, tanpaPaham.code());
        assertTrue(tanpaPaham.err().contains("Kata sandi yang hilang berarti data hilang"), tanpaPaham.err());

        CliTest.Hasil p = kesos("kata-sandi", "pasang", "--baru", pw1.toString(), "--saya-paham");
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().startsWith("Kata sandi terpasang: berkas data kini terenkripsi (AES)."), p.out());
        assertTrue(p.out().contains("tidak terenkripsi: simpan di tempat aman atau hapus"), "the earlier backups are named as plain");
        lupakanSandi();

        CliTest.Hasil terkunci = kesos("info");
        assertEquals(1, terkunci.code());
        assertTrue(terkunci.err().startsWith("Data terkunci: folder " + dir + " memakai kata sandi."), terkunci.err());
        assertEquals(1, kesos("pmks", "daftar").code(), "every command");
        assertEquals(1, kesos("--kata-sandi", pw2.toString(), "info").code(), "a wrong password");
        lupakanSandi();
        CliTest.Hasil buka = kesos("--kata-sandi", pw1.toString(), "info");
        assertEquals(0, buka.code(), buka.err());
        assertTrue(buka.out().contains("kecamatan: 36.04.34 Bandung"), buka.out());
        lupakanSandi();

        assertEquals(0, kesos("kata-sandi", "ganti", "--lama", pw1.toString(), "--baru", pw2.toString(), "--saya-paham").code());
        lupakanSandi();
        assertEquals(0, kesos("--kata-sandi", pw2.toString(), "info").code(), "the new password (its line break not part of it)");
        lupakanSandi();
        CliTest.Hasil h = kesos("kata-sandi", "hapus", "--lama", pw2.toString());
        assertEquals(0, h.code(), h.err());
        lupakanSandi();
        assertEquals(0, kesos("info").code());
    }

    @Test
    void anEmptyOrMissingPasswordFileIsRefusedWithWhatToDo() throws Exception {
        Path kosong = Files.writeString(berkas.resolve("kosong.txt"), "\n");
        CliTest.Hasil k = kesos("kata-sandi", "pasang", "--baru", kosong.toString(), "--saya-paham");
        assertEquals(1, k.code());
        assertTrue(k.err().contains("kosong. Tulis kata sandinya di baris pertama."), k.err());
        CliTest.Hasil m = kesos("--kata-sandi", berkas.resolve("tidak-ada.txt").toString(), "info");
        assertEquals(1, m.code());
        assertTrue(m.err().contains("tidak dapat dibaca"), m.err());
        CliTest.Hasil pendek = kesos("kata-sandi", "pasang", "--baru", Files.writeString(berkas.resolve("p.txt"), "abc").toString(), "--saya-paham");
        assertEquals(1, pendek.code());
        assertTrue(pendek.err().contains("Kata sandi minimal 8 karakter, sekarang 3."), pendek.err());
        assertEquals(0, kesos("info").code(), "nothing changed");
    }
}
