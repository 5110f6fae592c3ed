package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kesos pmks tambah|daftar|status} and {@code kesos demo} as scripts use them. */
class CliPmksTest {
    @TempDir
    Path dir;
    final CliTest cli = new CliTest();
    final int tahun = LocalDate.now().getYear();

    CliTest.Hasil kesos(String... args) {
        return cli.kesosDi(dir, args);
    }

    @BeforeEach
    void setup() {
        cli.pasangBandung(dir);
    }

    CliTest.Hasil tambahSiti(String jenis, String... extra) {
        List<String> a = new ArrayList<>(List.of("pmks", "tambah", "--nik", "3604345708600003", "--nama", "Siti Maemunah",
                "--tanggal-lahir", "1960-08-17", "--jk", "P", "--desa", "36.04.34.2001", "--jenis", jenis, "--tahun", String.valueOf(tahun)));
        a.addAll(List.of(extra));
        return kesos(a.toArray(String[]::new));
    }

    @Test
    void addListAndChangeStatus() {
        CliTest.Hasil t = tambahSiti("PMKS-08", "--kk", "3604341201150007", "--alamat", "Kp. Pasir, RT 3");
        assertEquals(0, t.code(), t.err());
        assertEquals("", t.err());
        CliTest.Hasil kedua = tambahSiti("PMKS-24", "--kk", "3604341201150007", "--jumlah-anggota", "4");
        assertEquals(0, kedua.code(), kedua.err());
        assertTrue(kedua.err().contains("sudah terdaftar atas nama Siti Maemunah: jenis ditambahkan"), kedua.err());

        // another family card for the same person: refused, the entry would be counted under a number the BNBA does not list
        CliTest.Hasil lain = tambahSiti("PMKS-25", "--kk", "3604341201150015", "--jumlah-anggota", "4");
        assertEquals(1, lain.code(), lain.out());
        assertTrue(lain.err().contains("No. KK entri (3604341201150015) berbeda dengan No. KK di data orang ini (3604341201150007)"), lain.err());
        assertFalse(lain.err().contains("jenis ditambahkan"), lain.err());

        CliTest.Hasil csv = kesos("pmks", "daftar", "--format", "csv");
        assertEquals(List.of("nik,nama,jk,tanggal_lahir,desa_kode,jenis_kode,tahun,status",
                "3604345708600003,Siti Maemunah,P,1960-08-17,36.04.34.2001,PMKS-08," + tahun + ",usulan",
                "3604345708600003,Siti Maemunah,P,1960-08-17,36.04.34.2001,PMKS-24," + tahun + ",usulan"), csv.out().lines().toList());

        CliTest.Hasil s = kesos("pmks", "status", "--nik", "3604345708600003", "--jenis", "PMKS-08", "--tahun", String.valueOf(tahun),
                "--ke", "terverifikasi");
        assertEquals(0, s.code(), s.err());
        CliTest.Hasil mati = kesos("pmks", "status", "--nik", "3604345708600003", "--jenis", "PMKS-08", "--tahun", String.valueOf(tahun),
                "--ke", "tidak-aktif", "--alasan", "Meninggal dunia");
        assertEquals(0, mati.code(), mati.err());
        assertEquals(List.of("nik,nama,jk,tanggal_lahir,desa_kode,jenis_kode,tahun,status",
                "3604345708600003,Siti Maemunah,P,1960-08-17,36.04.34.2001,PMKS-08," + tahun + ",tidak_aktif"),
                kesos("pmks", "daftar", "--format", "csv", "--jenis", "PMKS-08", "--status", "tidak-aktif").out().lines().toList());
        assertEquals(1, kesos("pmks", "daftar", "--format", "csv", "--status", "usulan").out().lines().count() - 1);
    }

    @Test
    void refusalsExitWith1AndNameTheProblem() {
        CliTest.Hasil nik = kesos("pmks", "tambah", "--nik", "3.60434E+15", "--nama", "X", "--jk", "L", "--desa", "36.04.34.2001",
                "--jenis", "PMKS-08");
        assertEquals(1, nik.code());
        assertTrue(nik.err().contains("rusak oleh Excel"), nik.err());
        assertEquals(0, tambahSiti("PMKS-08").code());
        CliTest.Hasil dup = tambahSiti("PMKS-08");
        assertEquals(1, dup.code());
        assertTrue(dup.err().contains("sudah tercatat sebagai Lanjut Usia Telantar tahun " + tahun), dup.err());
        assertFalse(dup.err().contains("jenis ditambahkan"), "nothing was added, and it does not say so: " + dup.err());
        CliTest.Hasil desa = kesos("pmks", "tambah", "--nama", "Y", "--jk", "L", "--desa", "36.01.01.2001", "--jenis", "PMKS-08");
        assertEquals(1, desa.code());
        assertTrue(desa.err().contains("bukan desa/kelurahan kecamatan ini"), desa.err());
        CliTest.Hasil jenis = kesos("pmks", "tambah", "--nama", "Y", "--jk", "L", "--desa", "36.04.34.2001", "--jenis", "PMKS-27");
        assertEquals(1, jenis.code());
        assertTrue(jenis.err().contains("Jenis PMKS \"PMKS-27\" tidak dikenal"), jenis.err());
        CliTest.Hasil alasan = kesos("pmks", "status", "--nik", "3604345708600003", "--jenis", "PMKS-08", "--tahun",
                String.valueOf(tahun), "--ke", "ditolak");
        assertEquals(1, alasan.code());
        assertEquals("Alasan wajib diisi untuk status Ditolak.", alasan.err().strip());
        assertEquals(2, kesos("pmks", "tambah", "--nama", "Z").code(), "missing required options is a usage error");
    }

    @Test
    void aWarningOnlyCaseIsSavedAndTheWarningPrinted() {
        CliTest.Hasil h = kesos("pmks", "tambah", "--nik", "3604341708600001", "--nama", "Ujang", "--tanggal-lahir", "1960-08-18", "--jk",
                "L", "--desa", "36.04.34.2002", "--jenis", "PMKS-08");
        assertEquals(0, h.code(), h.err());
        assertTrue(h.err().startsWith("Peringatan: NIK menunjukkan tanggal lahir 17-08-1960, tetapi formulir berisi 18-08-1960"), h.err());
        assertTrue(h.out().startsWith("Tersimpan: Ujang"), h.out());
    }

    @Test
    void demoFillsAnEmptyRegisterOnly() {
        CliTest.Hasil d = kesos("demo", "--orang", "200", "--seed", "5");
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().startsWith("Data contoh dibuat: 200 orang"), d.out());
        CliTest.Hasil lagi = kesos("demo", "--orang", "200");
        assertEquals(1, lagi.code());
        assertTrue(lagi.err().contains("--tambahkan"), lagi.err());
        assertEquals(0, kesos("demo", "--orang", "50", "--tambahkan").code());
        assertTrue(Integer.parseInt(CliTest.kunciNilai(kesos("info").out()).get("pmks")) >= 250);
    }
}
