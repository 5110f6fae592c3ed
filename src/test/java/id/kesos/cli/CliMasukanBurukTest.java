package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command driven with bad arguments: empty, huge, control and invisible characters, wrong types,
 * missing and unknown options, bad paths. Each must exit 1 (refused) or 2 (usage), say why in
 * Indonesian without a stack trace, and leave the data as it was.
 */
class CliMasukanBurukTest {
    @TempDir
    Path dir;

    static final String ESC = "\u001B[31m\u001B[2J";
    static final String TAK_TERLIHAT = "\u200B\uFEFF\u200E";

    /** Values no field accepts where a name, code, number or date is required. */
    static final List<String> BURUK = List.of("", "   ", ESC, TAK_TERLIHAT, "\u0000\u0007", "x".repeat(20_000), "-1",
            "../../../etc/passwd");

    /** For options that may be left empty (a person without NIK or known birth date): garbage that is not empty. */
    static final List<String> BURUK_ISI = List.of("x".repeat(20_000), "-1", "../../../etc/passwd", "abc!", ESC + "12");
    static final java.util.Set<String> BOLEH_KOSONG = java.util.Set.of("pmks --nik", "pmks --tanggal-lahir", "psks --tanggal-lahir",
            "psks --mulai-aktif");

    private static List<String> ganti(List<String> dasar, String opsi, String nilai) {
        List<String> a = new ArrayList<>(dasar);
        a.set(a.indexOf(opsi) + 1, nilai);
        return a;
    }

    @Test
    void badArgumentsAreRefusedInIndonesianAndChangeNothing() throws Exception {
        assertEquals(0, CliUji.kesosDi(dir, CliUji.SETUP).code());
        assertEquals(0, CliUji.kesosDi(dir, "demo", "--orang", "30").code());
        Map<String, String> awal = info();

        Map<String, List<String>> dasar = new LinkedHashMap<>();
        dasar.put("pmks", List.of("pmks", "tambah", "--nik", "3604345708600003", "--nama", "Siti Baru", "--tanggal-lahir", "1960-08-17",
                "--jk", "P", "--desa", "36.04.34.2001", "--jenis", "PMKS-08", "--tahun", "2026"));
        dasar.put("psks", List.of("psks", "tambah", "--jenis", "PSKS-02", "--nama", "Budi Relawan", "--jk", "L", "--desa", "36.04.34.2001",
                "--tanggal-lahir", "1990-01-01", "--mulai-aktif", "2020"));
        dasar.put("status", List.of("pmks", "status", "--nik", "3604345708600003", "--jenis", "PMKS-08", "--tahun", "2026", "--ke",
                "ditolak", "--alasan", "tidak memenuhi"));
        dasar.put("ekspor", List.of("ekspor", "rekap-pmks-desa", "--tahun", "2026", "--out", dir.resolve("r.xlsx").toString(), "--kertas",
                "a4", "--status", "semua", "--ttd", "kasi"));
        dasar.put("rapat", List.of("rapat", "cetak", "1", "--out", dir.resolve("n.pdf").toString(), "--kertas", "a4", "--bagian", "semua"));
        dasar.put("demo", List.of("demo", "--orang", "10", "--tahun", "2026", "--seed", "1"));
        List<List<String>> kasus = new ArrayList<>();
        Map<String, List<String>> opsiBuruk = Map.of(
                "pmks", List.of("--nik", "--nama", "--tanggal-lahir", "--jk", "--desa", "--jenis", "--tahun"),
                "psks", List.of("--jenis", "--nama", "--jk", "--desa", "--tanggal-lahir", "--mulai-aktif"),
                "status", List.of("--nik", "--jenis", "--tahun", "--ke"),
                "ekspor", List.of("--tahun", "--out", "--kertas", "--status", "--ttd"),
                "rapat", List.of("--out", "--kertas", "--bagian"),
                "demo", List.of("--orang", "--tahun", "--seed"));
        for (var e : dasar.entrySet()) {
            for (String opsi : opsiBuruk.get(e.getKey())) {
                List<String> nilaiBuruk = BOLEH_KOSONG.contains(e.getKey() + " " + opsi) ? BURUK_ISI
                        // a name may hold any letters and signs; one with no letter left is refused
                        // a file: blank or invisible names, a name too long for any disk, a folder, a device
                        : opsi.equals("--out") ? List.of("", "   ", ESC, TAK_TERLIHAT, "\u0000\u0007", dir.resolve("x".repeat(20_000)).toString(),
                                dir.toString(), "/dev/null", dir.resolve("tidak-ada/r.xlsx").toString())
                        : opsi.equals("--nama") ? List.of("", "   ", ESC, TAK_TERLIHAT, "\u0000\u0007", "x".repeat(20_000), "12345", "-.-")
                        : BURUK;
                for (String nilai : nilaiBuruk) {
                    kasus.add(ganti(e.getValue(), opsi, nilai));
                }
            }
            // a missing value, an unknown option, an option given twice
            kasus.add(e.getValue().subList(0, e.getValue().size() - 1));
            List<String> tak = new ArrayList<>(e.getValue());
            tak.add("--tidak-ada");
            kasus.add(tak);
        }
        kasus.add(List.of("pmks", "status", "--nik", "3604345708600003", "--jenis", "PMKS-08", "--tahun", "2026", "--ke", "ditolak",
                "--alasan", "x".repeat(501)));
        kasus.add(List.of("demo", "--tahun", "1800"));
        kasus.add(List.of("demo", "--orang", "abc"));
        kasus.add(List.of("perintah-lain"));
        kasus.add(List.of("pmks", "tambah"));
        kasus.add(List.of("pulihkan"));
        kasus.add(List.of("pulihkan", dir.toString()));
        kasus.add(List.of("pulihkan", "/dev/null"));
        kasus.add(List.of("cadangkan", "--out", dir.toString()));
        kasus.add(List.of("cadangkan", "--out", "/dev/full"));
        kasus.add(List.of("cadangkan", "--out", dir.resolve("tidak/ada/c.zip").toString()));
        kasus.add(List.of("psks", "jenis", "--tambah", TAK_TERLIHAT, "--singkatan", "X", "--bentuk", "perseorangan"));
        kasus.add(List.of("ekspor", "rekap-pmks-desa", "--tahun", "2026", "--out", "/"));
        kasus.add(List.of("ekspor", "rekap-tidak-ada", "--tahun", "2026", "--out", dir.resolve("x.xlsx").toString()));
        kasus.add(List.of("rapat", "cetak", "abc", "--out", dir.resolve("n.pdf").toString()));
        kasus.add(List.of("rapat", "cetak", "999999", "--out", dir.resolve("n.pdf").toString()));
        kasus.add(List.of("setup", "--kecamatan", "99.99.99", "--camat", "A", "--nip-camat", "1", "--kasie", "B", "--nip-kasie", "2"));
        kasus.add(List.of("setup", "--kecamatan", "36.04.34", "--camat", ESC, "--nip-camat", "197001011990031001", "--kasie", "12345",
                "--nip-kasie", "198002022005012002"));
        assertTrue(kasus.size() >= 150, "corpus of " + kasus.size());

        for (List<String> k : kasus) {
            CliUji.Hasil h = CliUji.kesosDi(dir, k.toArray(String[]::new));
            String nama = String.join(" ", k).replace(ESC, "<ESC>");
            nama = nama.length() > 120 ? nama.substring(0, 120) + "…" : nama;
            assertTrue(h.code() == 1 || h.code() == 2, nama + " -> exit " + h.code() + ": " + h.out() + h.err());
            assertFalse(h.err().isBlank(), nama + ": no message");
            for (String asing : new String[] {"Exception", "\tat ", "Missing required", "Unknown option", "Invalid value", "Unmatched",
                "Caused by", "java.", "org.h2", "PUBLIC."}) {
                assertFalse(h.err().contains(asing), nama + ": " + h.err());
            }
            assertFalse(h.err().contains("\u001B"), nama + ": the terminal escape is repeated raw");
        }
        assertEquals(awal, info(), "no bad input changed the data");
        assertFalse(java.nio.file.Files.exists(dir.resolve("r.xlsx")) || java.nio.file.Files.exists(dir.resolve("n.pdf")));
    }

    private Map<String, String> info() {
        Map<String, String> m = CliUji.kunciNilai(CliUji.kesosDi(dir, "info").out());
        m.remove("data_dir");
        return m;
    }
}
