package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kesos pengguna ...} and {@code --pengguna U --sandi-pengguna FILE}: users on, commands signed in, roles refused (exit 1). */
class CliPenggunaTest {
    @TempDir
    Path dir;
    @TempDir
    Path berkas;
    final CliTest cli = new CliTest();
    final String tahun = String.valueOf(LocalDate.now().getYear());
    Path admin;
    Path operator;

    CliTest.Hasil kesos(String... args) {
        // each command a process of its own in real use: what one signed in with, the next is not given
        id.kesos.core.db.Brankas.simpanPengguna(new id.kesos.core.db.DataDir(dir), null, null);
        return cli.kesosDi(dir, args);
    }

    @BeforeEach
    void setup() throws Exception {
        cli.pasangBandung(dir);
        admin = Files.writeString(berkas.resolve("admin.txt"), "admin kantor 123\n");
        operator = Files.writeString(berkas.resolve("operator.txt"), "operator 12345\n");
    }

    @AfterEach
    void lupakan() {
        id.kesos.core.db.Brankas.simpanPengguna(new id.kesos.core.db.DataDir(dir), null, null);
    }

    @Test
    void usersTurnedOnSignEachCommandInAndARefusedRoleExitsOne() {
        assertTrue(kesos("pengguna", "daftar").out().startsWith("Belum ada pengguna"));
        CliTest.Hasil a = kesos("pengguna", "tambah", "--nama", "siti", "--peran", "admin", "--kata-sandi", admin.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().matches("(?s).*Kode pemulihan Admin .*: [A-Z2-9]{5}(-[A-Z2-9]{5}){3}\\s*"), a.out());

        CliTest.Hasil tanpa = kesos("info");
        assertEquals(1, tanpa.code());
        assertTrue(tanpa.err().startsWith("Pengguna aktif di data ini: beri --pengguna NAMA dan --sandi-pengguna BERKAS"), tanpa.err());
        assertEquals(0, kesos("--pengguna", "siti", "--sandi-pengguna", admin.toString(), "pengguna", "tambah", "--nama", "Operator1", "--peran",
                "operator", "--kata-sandi", operator.toString()).code());

        String[] op = {"--pengguna", "Operator1", "--sandi-pengguna", operator.toString()};
        CliTest.Hasil t = kesos(op[0], op[1], op[2], op[3], "pmks", "tambah", "--nik", "3604345708600003", "--nama", "Siti Maemunah",
                "--tanggal-lahir", "1960-08-17", "--jk", "P", "--desa", "36.04.34.2001", "--jenis", "PMKS-08", "--tahun", tahun);
        assertEquals(0, t.code(), t.err());
        CliTest.Hasil v = kesos(op[0], op[1], op[2], op[3], "pmks", "status", "--nik", "3604345708600003", "--jenis", "PMKS-08", "--tahun", tahun,
                "--ke", "terverifikasi");
        assertEquals(1, v.code());
        assertTrue(v.err().contains("Operator1 (Operator) tidak boleh memverifikasi atau menolak data PMKS."), v.err());
        assertEquals(1, kesos(op[0], op[1], op[2], op[3], "pengguna", "nonaktifkan", "siti").code(), "users are the Admin's");
        CliTest.Hasil salah = kesos("--pengguna", "Operator1", "--sandi-pengguna", admin.toString(), "info");
        assertEquals(1, salah.code());
        assertTrue(salah.err().contains("Nama atau kata sandi salah."), salah.err());
        CliTest.Hasil r = kesos("--pengguna", "siti", "--sandi-pengguna", admin.toString(), "riwayat", "--register", "pmks");
        assertTrue(r.out().contains("Operator1  PMKS/PPKS  tambah  Siti Maemunah"), r.out());
        CliTest.Hasil d = kesos("--pengguna", "siti", "--sandi-pengguna", admin.toString(), "pengguna", "daftar");
        assertTrue(d.out().contains("Operator1") && d.out().contains("operator") && d.out().contains("aktif"), d.out());
    }
}
