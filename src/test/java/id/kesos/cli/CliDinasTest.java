package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kesos paket} at a kecamatan and {@code kesos setup --kabupaten}, {@code dinas terima|status|ekspor|ganda} at the Dinas. */
class CliDinasTest {
    @TempDir
    Path dir;
    final CliTest cli = new CliTest();

    @Test
    void aKecamatanSendsAndTheDinasReceivesCountsAndExports() throws Exception {
        Path kec = dir.resolve("kec");
        cli.pasangBandung(kec);
        assertEquals(0, cli.kesosDi(kec, "demo", "--orang", "60").code());
        CliTest.Hasil p = cli.kesosDi(kec, "paket", "--tahun", "2026", "--out", dir.toString());
        assertEquals(0, p.code(), p.err());
        Path paket;
        try (var s = Files.list(dir)) {
            paket = s.filter(f -> f.getFileName().toString().startsWith("paket-36.04.34-bandung-2026-")).findFirst().orElseThrow();
        }
        assertTrue(p.out().contains(paket.getFileName().toString()), p.out());

        Path din = dir.resolve("dinas");
        CliTest.Hasil kurang = cli.kesosDi(din, "setup", "--kabupaten", "36.04");
        assertEquals(2, kurang.code());
        assertTrue(kurang.err().contains("--kepala, --nip-kepala"), kurang.err());
        CliTest.Hasil s = cli.kesosDi(din, "setup", "--kabupaten", "36.04", "--kepala", "Drs. Ahmad Fauzi", "--nip-kepala", "197005051995031002");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("Kabupaten Serang") && s.out().contains("29 kecamatan"), s.out());

        CliTest.Hasil t = cli.kesosDi(din, "dinas", "terima", paket.toString(), Path.of("sample-data", "paket").toString(),
                Path.of("sample-data", "README.md").toString());
        assertEquals(1, t.code(), "one file refused");
        List<String> baris = t.out().lines().toList();
        assertEquals(5, baris.size(), t.out());
        assertTrue(baris.get(0).endsWith("diterima (Kecamatan Bandung, tahun 2026, " + baris.get(0).replaceAll(".*, (\\d+) entri\\)$", "$1")
                + " entri)"), baris.get(0));
        // the sample Bandung package is older than the one just made: refused, the newer kept
        assertTrue(baris.contains("paket-36.04.34-bandung-2026-20261202.xlsx: ditolak: sudah ada paket Kecamatan Bandung tahun 2026 yang dibuat "
                + "lebih baru (" + id.kesos.core.cetak.TanggalIndonesia.tanggal(java.time.LocalDate.now()) + "); paket ini lebih lama."), t.out());
        assertTrue(baris.stream().anyMatch(b -> b.startsWith("paket-36.04.05-kramatwatu-2026-20261202.xlsx: diterima")), t.out());
        assertTrue(baris.getLast().startsWith("README.md: ditolak: "), t.out());

        CliTest.Hasil st = cli.kesosDi(din, "dinas", "status", "--tahun", "2026");
        assertEquals(0, st.code());
        assertEquals(30, st.out().lines().count(), st.out());
        assertTrue(st.out().contains("36.04.07 Bojonegara: belum mengirim"), st.out());
        assertTrue(st.out().lines().toList().getLast().equals("Paket tahun 2026: 3 dari 29 kecamatan."), st.out());
        for (String j : List.of("rekap-kabupaten", "rekap-kabupaten-jenis", "rekap-spm-kabupaten", "rekap-psks-kabupaten", "bnba-kabupaten")) {
            Path out = dir.resolve(j + ".xlsx");
            CliTest.Hasil e = cli.kesosDi(din, "dinas", "ekspor", j, "--tahun", "2026", "--out", out.toString());
            assertEquals(0, e.code(), e.err());
            assertTrue(Files.size(out) > 0);
        }
        CliTest.Hasil g = cli.kesosDi(din, "dinas", "ganda", "--tahun", "2026", "--format", "csv");
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().startsWith("kelompok,dasar,nik,nama,tanggal_lahir,kecamatan_kode,kecamatan,desa,jenis"), g.out());
        // a kecamatan folder is no Dinas
        CliTest.Hasil bukan = cli.kesosDi(kec, "dinas", "status", "--tahun", "2026");
        assertEquals(1, bukan.code());
        assertTrue(bukan.err().contains("bukan milik Dinas Sosial"), bukan.err());
    }
}
