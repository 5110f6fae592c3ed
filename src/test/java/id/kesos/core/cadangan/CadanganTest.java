package id.kesos.core.cadangan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.cli.CliUji;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.kantor.Kantor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups as the office uses them: made and verified, restored with the data from before kept, refused when foreign. */
class CadanganTest {
    @TempDir
    Path dir;

    Path data() {
        return dir.resolve("data");
    }

    private CliUji.Hasil kesos(String... args) {
        return CliUji.kesosDi(data(), args);
    }

    private String pmks() {
        return CliUji.kunciNilai(kesos("info").out()).get("pmks");
    }

    @Test
    void backupIsVerifiedAndRestoreBringsTheDataBackKeepingWhatWasThere() throws Exception {
        assertEquals(0, kesos(CliUji.SETUP).code());
        assertEquals(0, kesos("demo", "--orang", "200").code());
        String sebelum = pmks();
        Path zip = dir.resolve("cadangan-kantor.zip");
        CliUji.Hasil c = kesos("cadangkan", "--out", zip.toString());
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("berkas: " + zip), c.out());
        assertTrue(c.out().contains("data PMKS") && c.out().contains("kecamatan 36.04.34 Bandung"), c.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)));

        assertEquals(0, kesos("pmks", "tambah", "--nik", "3604345708600003", "--nama", "Sesudah Cadangan", "--tanggal-lahir", "1960-08-17",
                "--jk", "P", "--desa", "36.04.34.2001", "--jenis", "PMKS-08").code());
        assertFalse(sebelum.equals(pmks()));

        CliUji.Hasil p = kesos("pulihkan", zip.toString());
        assertEquals(0, p.code(), p.err());
        assertEquals(sebelum, pmks(), "the register is as it was when the backup was made");
        assertTrue(p.out().contains("Data sebelum pemulihan dicadangkan di: "), p.out());
        Path sebelumPulih = Path.of(p.out().lines().filter(l -> l.startsWith("Data sebelum")).findFirst().orElseThrow()
                .replaceFirst("^.*: ", ""));
        assertTrue(Files.isRegularFile(sebelumPulih), "the message names a backup that exists: " + sebelumPulih);
        // and that backup holds the entry made after the first one
        // at once, within the same second: the backup this restore makes first gets a name of its own
        CliUji.Hasil lagi = kesos("pulihkan", sebelumPulih.toString());
        assertEquals(0, lagi.code(), lagi.err());
        assertEquals(String.valueOf(Long.parseLong(sebelum) + 1), pmks());
    }

    @Test
    void aFileThatIsNotABackupOrOfAnotherKecamatanIsRefusedAndNothingChanges() throws Exception {
        assertEquals(0, kesos(CliUji.SETUP).code());
        assertEquals(0, kesos("demo", "--orang", "50").code());
        String sebelum = pmks();
        Path teks = Files.writeString(dir.resolve("bukan.zip"), "bukan cadangan");
        Path lain = dir.resolve("lain");
        try (Layanan l = Layanan.buka(new DataDir(lain))) {
            Kantor k = UjiKantor.bandung();
            l.kantor().simpan(new Kantor("32.73.01", k.namaCamat(), k.nipCamat(), null, k.namaKasie(), k.nipKasie(), null, null, null, null,
                    null, null, 0));
            l.cadangan().cadangkan(dir.resolve("lain.zip"));
        }
        Path xlsx = dir.resolve("rekap.xlsx");
        assertEquals(0, kesos("ekspor", "rekap-pmks-desa", "--tahun", "2026", "--out", xlsx.toString()).code());
        for (Path f : List.of(teks, xlsx, dir.resolve("tidak-ada.zip"), dir.resolve("lain.zip"))) {
            CliUji.Hasil h = kesos("pulihkan", f.toString());
            assertEquals(1, h.code(), f + ": " + h.out());
            assertTrue(h.err().contains("bukan cadangan Kesos Kecamatan") || h.err().contains("tidak ada")
                    || h.err().contains("berisi data Kecamatan 32.73.01"), h.err());
            assertFalse(h.err().contains("Exception"), h.err());
            assertEquals(sebelum, pmks());
        }
        assertFalse(Files.exists(data().resolve("cadangan")), "no backup of the current data is made for a refused file");
    }

    @Test
    void twoBackupsInOneSecondGetNamesOfTheirOwn() throws Exception {
        try (Layanan l = Layanan.buka(new DataDir(data()))) {
            Path folder = Files.createDirectories(dir.resolve("cadangan"));
            CadanganService svc = new CadanganService(l.db(), Clock.fixed(Instant.parse("2026-12-02T05:00:00Z"), ZoneId.of("Asia/Jakarta")));
            Path pertama = svc.namaBaru(folder, "sebelum-pulihkan");
            assertEquals("kesos-sebelum-pulihkan-20261202-120000.zip", pertama.getFileName().toString());
            Files.createFile(pertama);
            Path kedua = svc.namaBaru(folder, "sebelum-pulihkan");
            assertEquals("kesos-sebelum-pulihkan-20261202-120000-2.zip", kedua.getFileName().toString(), "never the one already there");
        }
    }

    @Test
    void dailyBackupsKeepTheLastTenAndOnePerMonth() throws Exception {
        try (Layanan l = Layanan.buka(new DataDir(data()))) {
            UjiKantor.pasang(l);
            Path folder = dir.resolve("flashdisk");
            Instant mulai = Instant.parse("2026-10-25T08:00:00Z");
            for (int hari = 0; hari < 12; hari++) {
                Clock c = Clock.fixed(mulai.plusSeconds(86_400L * hari), ZoneId.of("Asia/Jakarta"));
                CadanganService svc = new CadanganService(l.db(), c);
                assertTrue(svc.harianBilaPerlu(folder) != null);
                assertEquals(null, svc.harianBilaPerlu(folder), "one a day");
            }
            try (Stream<Path> s = Files.list(folder)) {
                List<String> nama = s.map(p -> p.getFileName().toString()).sorted().toList();
                assertEquals(10, nama.stream().filter(n -> n.startsWith("kesos-harian-")).count(), nama.toString());
                assertEquals(List.of("kesos-bulanan-2026-10.zip", "kesos-bulanan-2026-11.zip"),
                        nama.stream().filter(n -> n.startsWith("kesos-bulanan-")).toList());
                assertTrue(nama.contains("kesos-harian-2026-11-05.zip") && !nama.contains("kesos-harian-2026-10-26.zip"), nama.toString());
            }
            CadanganService.Info i = CadanganService.baca(folder.resolve("kesos-bulanan-2026-11.zip"));
            assertEquals("36.04.34", i.kodeKecamatan());
        }
    }
}
