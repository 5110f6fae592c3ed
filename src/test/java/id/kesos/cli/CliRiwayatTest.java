package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.audit.AuditLog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kesos riwayat}: the history with its filters, as text and CSV; exports and backups in it. */
class CliRiwayatTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;
    final CliTest cli = new CliTest();
    final int tahun = LocalDate.now().getYear();
    final String hariIni = id.kesos.core.penduduk.Tanggal.format(LocalDate.now());

    CliTest.Hasil kesos(String... args) {
        return cli.kesosDi(dir, args);
    }

    @BeforeEach
    void setup() {
        cli.pasangBandung(dir);
        assertEquals(0, kesos("pmks", "tambah", "--nik", "3604345708600003", "--nama", "Siti Maemunah", "--tanggal-lahir", "1960-08-17", "--jk",
                "P", "--desa", "36.04.34.2001", "--jenis", "PMKS-08", "--tahun", String.valueOf(tahun)).code());
        assertEquals(0, kesos("pmks", "status", "--nik", "3604345708600003", "--jenis", "PMKS-08", "--tahun", String.valueOf(tahun), "--ke",
                "terverifikasi").code());
    }

    @Test
    void theHistoryListsChangesNewestFirstWithTheirFieldsAndTheExportsOfNames() {
        assertEquals(0, kesos("ekspor", "bnba-pmks", "--tahun", String.valueOf(tahun), "--out", out.resolve("bnba.xlsx").toString()).code());
        CliTest.Hasil r = kesos("riwayat", "--register", "pmks");
        assertEquals(0, r.code(), r.err());
        List<String> baris = r.out().lines().toList();
        assertEquals(4, baris.size(), r.out());
        assertTrue(baris.get(0).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d\\.\\d\\d\\.\\d\\d  " + java.util.regex.Pattern.quote(AuditLog.akunOs())
                + "  PMKS/PPKS  ubah  Siti Maemunah \u00b7 LUT " + tahun + "  Status: Usulan \u2192 Terverifikasi"), baris.get(0));
        assertEquals("3 perubahan", baris.getLast());

        CliTest.Hasil e = kesos("riwayat", "--register", "ekspor", "--format", "csv");
        assertEquals(RiwayatCommand.HEADER, e.out().lines().findFirst().orElseThrow());
        assertTrue(e.out().contains(",ekspor,ekspor,Ekspor BNBA PMKS (daftar nama dan alamat),Jumlah baris,,1,"), e.out());

        CliTest.Hasil nik = kesos("riwayat", "--nik", "3604345708600003", "--dari", hariIni, "--sampai", hariIni);
        assertEquals("3 perubahan", nik.out().lines().toList().getLast(), nik.out());
        assertEquals("0 perubahan", kesos("riwayat", "--sampai", "01-01-2020").out().strip());
        assertEquals("0 perubahan", kesos("riwayat", "--pengguna", "orang_lain").out().strip());
    }

    @Test
    void badFiltersAreRefusedWithWhatToDo() {
        CliTest.Hasil r = kesos("riwayat", "--dari", "10-12-2026", "--sampai", "01-12-2026");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Tanggal --sampai (01-12-2026) lebih awal daripada --dari (10-12-2026). Tukar kedua tanggal."), r.err());
        CliTest.Hasil reg = kesos("riwayat", "--register", "bansos");
        assertEquals(1, reg.code());
        assertTrue(reg.err().contains("Bagian data \"bansos\" tidak dikenal. Pilih salah satu: pmks, psks, rapat, kantor, ekspor."), reg.err());
        CliTest.Hasil nik = kesos("riwayat", "--nik", "3604345708600099");
        assertEquals(1, nik.code());
        assertTrue(nik.err().contains("Tidak ada orang dengan NIK itu"), nik.err());
        CliTest.Hasil tgl = kesos("riwayat", "--dari", "kemarin");
        assertEquals(1, tgl.code());
        assertTrue(tgl.err().contains("kemarin"), tgl.err());
    }
}
