package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.db.DataDir;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts and acceptance checks use it: output, messages and exit codes. */
class CliTest {
    @TempDir
    Path dir;
    final List<DataDir> jendelaDibuka = new ArrayList<>();

    record Hasil(int code, String out, String err) {
    }

    /** {@code kesos --data-dir dir args...}: how the command-line tests call it on their own folder. */
    /** {@code kesos setup} of the office most tests work in (Kecamatan Bandung, Kabupaten Serang) in {@code dir}. */
    void pasangBandung(java.nio.file.Path dir) {
        Hasil h = kesosDi(dir, "setup", "--kecamatan", "36.04.34", "--camat", "Budi", "--nip-camat", "197001011990031001", "--kasie",
                "Siti", "--nip-kasie", "198002022005012002");
        assertEquals(0, h.code(), h.err());
    }

    Hasil kesosDi(java.nio.file.Path dir, String... args) {
        java.util.List<String> a = new java.util.ArrayList<>(java.util.List.of("--data-dir", dir.toString()));
        a.addAll(java.util.List.of(args));
        return kesos(a.toArray(String[]::new));
    }

    Hasil kesos(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KesosCommand.jalankan(args, jendelaDibuka::add, new PrintWriter(out), new PrintWriter(err));
        return new Hasil(code, out.toString(), err.toString());
    }

    static Map<String, String> kunciNilai(String out) {
        return CliUji.kunciNilai(out);
    }

    String[] setup(String... extra) {
        List<String> a = new ArrayList<>(List.of("--data-dir", dir.toString(), "setup", "--kecamatan", "36.04.34", "--camat",
                "Drs. Budi Santoso", "--nip-camat", "197001011990031001", "--kasie", "Siti Aminah", "--nip-kasie",
                "198002022005012002"));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void versionIsPrinted() {
        Hasil h = kesos("--version");
        assertEquals(0, h.code());
        assertTrue(h.out().startsWith("Kesos Kecamatan "), h.out());
    }

    @Test
    void infoOnAnEmptyFolder() {
        Hasil h = kesos("--data-dir", dir.toString(), "info");
        assertEquals(0, h.code(), h.err());
        Map<String, String> kv = kunciNilai(h.out());
        assertEquals(dir.toAbsolutePath().toString(), kv.get("data_dir"));
        assertEquals("12", kv.get("schema_version"));
        assertEquals("-", kv.get("kecamatan"));
        assertEquals("0", kv.get("desa"));
        assertEquals("0", kv.get("pmks"));
        assertEquals("0", kv.get("psks"));
        assertEquals("0", kv.get("rapat"));
    }

    @Test
    void setupThenInfo() {
        Hasil s = kesos(setup("--alamat", "Jl. Raya Bandung No. 1", "--telepon", "(0254) 123456", "--email", "kec@contoh.go.id"));
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("Kecamatan Bandung, Kabupaten Serang, 8 desa/kelurahan"), s.out());
        Map<String, String> kv = kunciNilai(kesos("--data-dir", dir.toString(), "info").out());
        assertEquals("36.04.34 Bandung", kv.get("kecamatan"));
        assertEquals("36.04 Kabupaten Serang", kv.get("kabupaten"));
        assertEquals("8", kv.get("desa"));
        // run again: updates the profile instead of failing
        Hasil lagi = kesos(setup("--telepon", "(0254) 654321"));
        assertEquals(0, lagi.code(), lagi.err());
        assertTrue(lagi.out().startsWith("Profil kantor diperbarui"), lagi.out());
    }

    @Test
    void unknownKecamatanIsRefusedWithExit1() {
        String[] a = setup();
        a[4] = "36.04.99";
        Hasil h = kesos(a);
        assertEquals(1, h.code());
        assertTrue(h.err().contains("Kode kecamatan \"36.04.99\" tidak ada dalam daftar wilayah Kemendagri 2025"), h.err());
        assertEquals("-", kunciNilai(kesos("--data-dir", dir.toString(), "info").out()).get("kecamatan"), "nothing saved");
    }

    @Test
    void malformedNipIsRefusedWithExit1() {
        String[] a = setup();
        a[8] = "19700101199003100";
        Hasil h = kesos(a);
        assertEquals(1, h.code());
        assertEquals("NIP Camat harus 18 angka, sekarang 17 angka. Salin NIP dari SK atau kartu pegawai.", h.err().strip());
    }

    @Test
    void unreadableLogoIsRefused() {
        Hasil h = kesos(setup("--logo", dir.resolve("tidak-ada.png").toString()));
        assertEquals(1, h.code());
        assertTrue(h.err().contains("tidak-ada.png\" tidak dapat dibaca"), h.err());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, kesos("--data-dir", dir.toString(), "setup", "--kecamatan", "36.04.34").code());
        assertEquals(2, kesos("perintah-tak-dikenal").code());
        assertEquals(2, kesos("--opsi-ngawur").code());
    }

    @Test
    void unusableDataFolderIsExit1WithMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("berkas.txt"), "x");
        Hasil h = kesos("--data-dir", file.toString(), "info");
        assertEquals(1, h.code());
        assertTrue(h.err().contains("bukan folder"), h.err());
        assertTrue(!h.err().contains("Exception"), "no stack trace: " + h.err());
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenFolder() {
        assertEquals(0, kesos("--data-dir", dir.toString()).code());
        assertEquals(List.of(new DataDir(dir)), jendelaDibuka);
    }

    @Test
    void theWindowAloneIsOpenedWithoutTheCommandLineInEveryForm() {
        assertEquals(0, kesos("--data-dir=" + dir).code());
        assertEquals(0, kesos().code());
        assertEquals(new DataDir(dir), jendelaDibuka.getFirst());
        assertEquals(2, jendelaDibuka.size());
        // a folder name that is no path goes to the command line, which says what is wrong
        Hasil salah = kesos("--data-dir", "a\u0000b");
        assertEquals(2, jendelaDibuka.size(), "no window for a bad folder");
        assertTrue(salah.code() != 0 && !salah.err().isBlank() && !salah.err().contains("Exception"), salah.err());
    }

    @Test
    void aWindowThatFailsToOpenSaysSoWithoutAStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KesosCommand.jalankan(new String[] {"--data-dir", dir.toString()}, d -> {
            throw new IllegalStateException("3604345708600003 Siti");
        }, new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code);
        assertTrue(!err.toString().contains("3604345708600003") && !err.toString().contains("at id.kesos"), err.toString());
    }
}
