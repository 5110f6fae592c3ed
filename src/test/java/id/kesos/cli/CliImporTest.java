package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kesos impor pmks} as a script uses it: a semicolon CSV in Windows-1252 previewed with --coba
 * (nothing stored), imported (counts one per line, reasons on stderr, a rejects workbook), imported
 * again (nothing added, the earlier import named), the history listed; a file that is no list exits 1.
 */
class CliImporTest {
    @TempDir
    Path dir;
    final CliTest cli = new CliTest();
    final String tahun = String.valueOf(LocalDate.now().getYear());

    CliTest.Hasil kesos(String... args) {
        return cli.kesosDi(dir, args);
    }

    @BeforeEach
    void setup() {
        cli.pasangBandung(dir);
    }

    @Test
    void previewImportAgainAndHistory() throws Exception {
        Path csv = dir.resolve("dtsen-bandung.csv");
        String isi = "DAFTAR DTSEN KECAMATAN BANDUNG;;;;;\r\n"
                + "NIK ART;NAMA ART;JENIS KELAMIN;TANGGAL LAHIR;DESA/KELURAHAN;DESIL\r\n"
                + "'3604345708600003;Siti Ma\u00e9munah;Perempuan;17 Agustus 1960;DESA MANDER;1\r\n"
                + "3604341708600001;Ujang Hidayat;Laki-laki;1960-08-17;Bandung;2\r\n"
                + "3604344203550002;Enah;P;02/03/1955;Pangawinan;12\r\n";
        Files.write(csv, isi.getBytes(Charset.forName("windows-1252")));

        CliTest.Hasil coba = kesos("impor", "pmks", csv.toString(), "--jenis", "PMKS-08", "--tahun", tahun, "--coba");
        assertEquals(0, coba.code(), coba.err());
        assertEquals(List.of("baris: 3", "ditambah: 2", "diperbarui: 0", "dilewati: 0", "ditolak: 1"), coba.out().lines().toList());
        assertTrue(coba.err().contains("ditolak baris 5 [DESIL]: DESIL \"12\" bukan desil 1 sampai 10."), coba.err());
        assertTrue(coba.err().contains("tidak ada yang disimpan"), coba.err());
        assertEquals("nik,nama,jk,tanggal_lahir,desa_kode,jenis_kode,tahun,status", kesos("pmks", "daftar", "--format", "csv").out().strip());

        Path tolak = dir.resolve("ditolak.xlsx");
        CliTest.Hasil impor = kesos("impor", "pmks", csv.toString(), "--jenis", "PMKS-08", "--tahun", tahun, "--tolak", tolak.toString());
        assertEquals(0, impor.code(), impor.err());
        assertEquals("ditambah: 2", impor.out().lines().toList().get(1));
        assertTrue(Files.size(tolak) > 0);
        List<String> daftar = kesos("pmks", "daftar", "--format", "csv").out().lines().toList();
        assertEquals(3, daftar.size(), String.join("\n", daftar));
        assertTrue(daftar.contains("3604345708600003,Siti Ma\u00e9munah,P,1960-08-17,36.04.34.2002,PMKS-08," + tahun + ",usulan"), daftar.toString());

        CliTest.Hasil lagi = kesos("impor", "pmks", csv.toString(), "--jenis", "PMKS-08", "--tahun", tahun);
        assertEquals(0, lagi.code(), lagi.err());
        assertEquals(List.of("baris: 3", "ditambah: 0", "diperbarui: 0", "dilewati: 2", "ditolak: 1"), lagi.out().lines().toList());
        assertTrue(lagi.err().contains("sudah pernah diimpor (dtsen-bandung.csv"), lagi.err());

        List<String> riwayat = kesos("impor", "riwayat").out().lines().toList();
        assertEquals(2, riwayat.size(), riwayat.toString());
        assertTrue(riwayat.getFirst().contains("dtsen-bandung.csv") && riwayat.getFirst().contains("ditambah 0"), riwayat.getFirst());
        assertTrue(riwayat.get(1).contains("ditambah 2"), riwayat.get(1));

        // the Dinas's next list: Siti's decile has changed
        Path baru = dir.resolve("dtsen-bandung-2.csv");
        Files.write(baru, isi.replace("DESA MANDER;1", "DESA MANDER;3").getBytes(Charset.forName("windows-1252")));
        CliTest.Hasil salah = kesos("impor", "pmks", baru.toString(), "--jenis", "PMKS-08", "--tahun", tahun, "--duplikat", "timpa");
        assertEquals(1, salah.code());
        assertTrue(salah.err().contains("--duplikat \"timpa\" tidak dikenal. Pilih lewati atau perbarui."), salah.err());
        CliTest.Hasil perbarui = kesos("impor", "pmks", baru.toString(), "--jenis", "PMKS-08", "--tahun", tahun, "--duplikat", "perbarui");
        assertEquals(0, perbarui.code(), perbarui.err());
        assertEquals(List.of("baris: 3", "ditambah: 0", "diperbarui: 1", "dilewati: 1", "ditolak: 1"), perbarui.out().lines().toList());
        assertTrue(kesos("impor", "riwayat").out().lines().findFirst().orElseThrow().contains("ditambah 0, diperbarui 1, dilewati 1"));
    }

    @Test
    void anOfficeNotSetUpIsToldSo() throws Exception {
        Path kosong = dir.resolve("belum");
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "NIK;NAMA;DESA;JK\n3604345708600003;Siti;Mander;P\n");
        CliTest.Hasil h = cli.kesosDi(kosong, "impor", "pmks", csv.toString(), "--jenis", "PMKS-08");
        assertEquals(1, h.code());
        assertTrue(h.err().contains("Kecamatan kantor belum diatur"), h.err());
    }

    @Test
    void aFileThatIsNoListExitsOneWithTheReason() throws Exception {
        Path rusak = dir.resolve("rekap.xlsx");
        Files.write(rusak, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6});
        CliTest.Hasil h = kesos("impor", "pmks", rusak.toString(), "--jenis", "PMKS-08");
        assertEquals(1, h.code());
        assertTrue(h.err().contains("bukan lembar kerja Excel yang utuh"), h.err());
        assertFalse(h.err().contains("Exception"), h.err());
        assertEquals("", h.out());
    }

    @Test
    void aPsksListWithTheCountsAndTheReasons() throws Exception {
        Path csv = dir.resolve("psm.csv");
        Files.writeString(csv, "NO;NAMA;JK;TGL LAHIR;PENDIDIKAN TERAKHIR;NIK;DESA;LEGALITAS\n"
                + "1;Dede Supriatna;1;12-05-1980;S 1;3604341205800001;Mander;Dasar\n"
                + "2;Euis Rahmawati;2;01-02-1985;Pesantren;3604344102850001;Bandung;1\n");
        Path lembaga = dir.resolve("lembaga.csv");
        // two wrong cells in one row: the row is rejected once, for the first
        Files.writeString(lembaga, "JENIS PSKS;NAMA;DESA;TAHUN BERDIRI;JML ANGGOTA\nKarang Taruna;Karang Taruna Tunas;Mander;lama;banyak\n"
                + "Karang Taruna;Karang Taruna Kecamatan Bandung;;2010;40\n"); // no desa: the kecamatan level, as on the form
        CliTest.Hasil l2 = kesos("impor", "psks", lembaga.toString(), "--coba");
        assertEquals(List.of("baris: 2", "ditambah: 1", "diperbarui: 0", "dilewati: 0", "ditolak: 1"), l2.out().lines().toList(), l2.err());
        assertTrue(l2.err().contains("TAHUN BERDIRI \"lama\" bukan tahun"), l2.err());
        CliTest.Hasil tanpa = kesos("impor", "psks", csv.toString());
        assertEquals(1, tanpa.code());
        assertTrue(tanpa.err().contains("tidak punya kolom jenis PSKS") && tanpa.err().contains("--jenis PSKS-02"), tanpa.err());
        CliTest.Hasil h = kesos("impor", "psks", csv.toString(), "--jenis", "PSKS-02");
        assertEquals(0, h.code(), h.err());
        assertEquals(List.of("baris: 2", "ditambah: 1", "diperbarui: 0", "dilewati: 0", "ditolak: 1"), h.out().lines().toList());
        assertTrue(h.err().contains("ditolak baris 3 [PENDIDIKAN TERAKHIR]: PENDIDIKAN TERAKHIR \"Pesantren\" bukan pendidikan yang dikenal"),
                h.err());
        assertTrue(kesos("psks", "daftar", "--format", "csv").out().contains("PSKS-02,Dede Supriatna,3604341205800001,L,36.04.34.2002,ya"));
        assertTrue(kesos("impor", "riwayat").out().contains("psks  psm.csv"));
    }
}
