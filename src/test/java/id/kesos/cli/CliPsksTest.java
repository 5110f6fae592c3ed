package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kesos psks tambah|daftar|jenis} as scripts use them. */
class CliPsksTest {
    @TempDir
    Path dir;
    final CliTest cli = new CliTest();

    CliTest.Hasil kesos(String... args) {
        return cli.kesosDi(dir, args);
    }

    @BeforeEach
    void setup() {
        cli.pasangBandung(dir);
    }

    @Test
    void addEveryFormAndListAsCsv() {
        CliTest.Hasil psm = kesos("psks", "tambah", "--jenis", "PSKS-02", "--nama", "Euis Rahmawati", "--nik", "3604346005900002", "--jk",
                "P", "--tanggal-lahir", "1990-05-20", "--desa", "36.04.34.2001", "--telepon", "0812 3456 7890", "--pendidikan", "slta",
                "--legalitas", "dasar", "--mulai-aktif", "2015");
        assertEquals(0, psm.code(), psm.err());
        assertEquals("", psm.err());
        assertTrue(psm.out().startsWith("Tersimpan: Euis Rahmawati sebagai Pekerja Sosial Masyarakat"), psm.out());
        CliTest.Hasil kt = kesos("psks", "tambah", "--jenis", "psks-05", "--nama", "Karang Taruna Tunas Muda", "--ketua", "Deden Permana",
                "--tahun-berdiri", "1998", "--legalitas", "SK Kades 400/12/2019", "--desa", "36.04.34.2002", "--klasifikasi", "maju");
        assertEquals(0, kt.code(), kt.err());
        assertEquals(0, kesos("psks", "tambah", "--jenis", "PSKS-05", "--nama", "Karang Taruna Kecamatan Bandung").code());
        assertEquals(0, kesos("psks", "tambah", "--jenis", "PSKS-07", "--nama", "Endang Kusnadi", "--kk", "3604341201150001", "--desa",
                "36.04.34.2003", "--uraian", "Bank sampah").code());
        assertEquals(0, kesos("psks", "tambah", "--jenis", "PSKS-12", "--nama", "PT Sinar, Tbk", "--bidang", "Makanan", "--narahubung",
                "Hendra", "--dukungan", "Sembako").code());

        CliTest.Hasil csv = kesos("psks", "daftar", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertEquals(List.of("jenis_kode,nama,nik,jk,desa_kode,aktif",
                "PSKS-02,Euis Rahmawati,3604346005900002,P,36.04.34.2001,ya",
                "PSKS-05,Karang Taruna Kecamatan Bandung,,,,ya",
                "PSKS-05,Karang Taruna Tunas Muda,,,36.04.34.2002,ya",
                "PSKS-07,Endang Kusnadi,,,36.04.34.2003,ya",
                "PSKS-12,\"PT Sinar, Tbk\",,,,ya"), csv.out().lines().toList());
        assertEquals(List.of("jenis_kode,nama,nik,jk,desa_kode,aktif", "PSKS-05,Karang Taruna Tunas Muda,,,36.04.34.2002,ya"),
                kesos("psks", "daftar", "--format", "csv", "--jenis", "PSKS-05", "--desa", "36.04.34.2002", "--aktif").out().lines().toList());
        CliTest.Hasil teks = kesos("psks", "daftar", "--jenis", "PSKS-05");
        assertTrue(teks.out().contains("Karang Taruna Kecamatan Bandung") && teks.out().strip().endsWith("2 data."), teks.out());
    }

    @Test
    void refusalsExitWith1AndNameTheProblem() {
        CliTest.Hasil nik = kesos("psks", "tambah", "--jenis", "PSKS-02", "--nama", "X", "--nik", "3604341513900002", "--jk", "L",
                "--desa", "36.04.34.2001");
        assertEquals(1, nik.code());
        assertTrue(nik.err().contains("NIK"), nik.err());
        CliTest.Hasil jk = kesos("psks", "tambah", "--jenis", "PSKS-02", "--nama", "X", "--desa", "36.04.34.2001");
        assertEquals(1, jk.code());
        assertTrue(jk.err().contains("Jenis kelamin"), jk.err());
        CliTest.Hasil jenis = kesos("psks", "tambah", "--jenis", "PSKS-13", "--nama", "X");
        assertEquals(1, jenis.code());
        assertTrue(jenis.err().contains("Jenis PSKS \"PSKS-13\" tidak dikenal"), jenis.err());
        CliTest.Hasil pend = kesos("psks", "tambah", "--jenis", "PSKS-02", "--nama", "X", "--jk", "L", "--desa", "36.04.34.2001",
                "--pendidikan", "sma");
        assertEquals(1, pend.code());
        assertTrue(pend.err().contains("--pendidikan \"sma\" tidak dikenal: pakai salah satu dari sd, smp, slta"), pend.err());
        CliTest.Hasil desa = kesos("psks", "tambah", "--jenis", "PSKS-04", "--nama", "LKS Luar", "--desa", "36.01.01.2001");
        assertEquals(1, desa.code());
        assertTrue(desa.err().contains("bukan desa/kelurahan kecamatan ini"), desa.err());
        assertEquals("jenis_kode,nama,nik,jk,desa_kode,aktif", kesos("psks", "daftar", "--format", "csv").out().strip(),
                "nothing was saved");
    }

    @Test
    void warningsArePrintedAndPilarLainTypesCanBeAdded() {
        CliTest.Hasil tagana = kesos("psks", "tambah", "--jenis", "PSKS-03", "--nama", "Dadang", "--nik", "3604341001800003", "--jk", "L",
                "--tanggal-lahir", "1980-01-10", "--desa", "36.04.34.2001");
        assertEquals(0, tagana.code(), tagana.err());
        assertTrue(tagana.err().startsWith("Peringatan: Dadang berumur"), tagana.err());
        CliTest.Hasil jenis = kesos("psks", "jenis", "--tambah", "Pendamping PKH", "--singkatan", "PPKH");
        assertEquals(0, jenis.code(), jenis.err());
        assertTrue(jenis.out().contains("PSKS-L01"), jenis.out());
        assertTrue(kesos("psks", "jenis").out().lines().anyMatch(l -> l.startsWith("PSKS-L01") && l.contains("Pendamping PKH")));
        assertEquals(0, kesos("psks", "tambah", "--jenis", "PSKS-L01", "--nama", "Asep", "--jk", "L", "--desa", "36.04.34.2003").code());
        assertEquals(1, kesos("psks", "daftar", "--format", "csv", "--jenis", "PSKS-L01").out().lines().count() - 1);
    }
}
