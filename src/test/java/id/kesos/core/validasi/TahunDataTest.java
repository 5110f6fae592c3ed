package id.kesos.core.validasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.cli.CliUji;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One data-year rule, and its message, for the register and the recaps: 2000 up to next year. */
class TahunDataTest {
    @TempDir
    Path dir;

    @Test
    void nextYearIsAcceptedAndTheMessageSaysSo() {
        int depan = LocalDate.now().getYear() + 1;
        assertTrue(TahunData.sah(2000) && TahunData.sah(depan));
        assertTrue(!TahunData.sah(1999) && !TahunData.sah(depan + 1));
        assertEquals("Tahun data 1999 tidak sah: isi tahun antara 2000 dan " + depan + ".", TahunData.pesan(1999));

        assertEquals(0, CliUji.kesosDi(dir, CliUji.SETUP).code());
        CliUji.Hasil lama = CliUji.kesosDi(dir, "pmks", "tambah", "--nik", "3604345708600003", "--nama", "Tahun Lama", "--tanggal-lahir",
                "1960-08-17", "--jk", "P", "--desa", "36.04.34.2001", "--jenis", "PMKS-08", "--tahun", "1999");
        assertEquals(1, lama.code());
        assertTrue(lama.err().contains(TahunData.pesan(1999)), lama.err());
        CliUji.Hasil rekap = CliUji.kesosDi(dir, "ekspor", "rekap-pmks-desa", "--tahun", String.valueOf(depan + 1), "--out",
                dir.resolve("r.xlsx").toString());
        assertEquals(1, rekap.code());
        assertTrue(rekap.err().contains(TahunData.pesan(depan + 1)), rekap.err());
        CliUji.Hasil depanOk = CliUji.kesosDi(dir, "pmks", "tambah", "--nik", "3604345708600003", "--nama", "Tahun Depan",
                "--tanggal-lahir", "1960-08-17", "--jk", "P", "--desa", "36.04.34.2001", "--jenis", "PMKS-08", "--tahun",
                String.valueOf(depan));
        assertEquals(0, depanOk.code(), depanOk.err());
    }
}
