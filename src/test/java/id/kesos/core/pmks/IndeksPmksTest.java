package id.kesos.core.pmks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The search of a large register split into parts: the same page and count as one pass, whatever the parts. */
class IndeksPmksTest {
    private static IndeksPmks.Item item(long id, String nama) {
        return item(id, nama, null, null);
    }

    private static IndeksPmks.Item item(long id, String nama, String nik, String kk) {
        return new IndeksPmks.Item(id, id, nama, Penduduk.normalisasiNama(nama), nik, kk, "36.04.34.2001",
                "PMKS-08", StatusPmks.USULAN, 2026, JenisKelamin.P, null, false);
    }

    @Test
    void theFingerprintNeverHidesAMatch() {
        String[] depan = {"Ade", "Siti", "Asep", "Nur", "Dede", "Euis", "Élia", "O'Neil", "Ujang", "Ahmad"};
        String[] belakang = {"Rohman", "Hidayat", "Maemunah", "Komalasari", "Fauzi", "Nurhayati", "Saepudin", ""};
        java.util.Random r = new java.util.Random(7);
        List<IndeksPmks.Item> list = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String nik = r.nextInt(5) == 0 ? null : "3604" + String.format("%012d", r.nextLong(1_000_000_000_000L));
            String kk = r.nextInt(3) == 0 ? null : "3604" + String.format("%012d", r.nextLong(1_000_000_000_000L));
            String nama = depan[r.nextInt(depan.length)] + " " + belakang[r.nextInt(belakang.length)] + " " + depan[r.nextInt(depan.length)];
            list.add(new IndeksPmks.Item(i, (long) i, nama, Penduduk.normalisasiNama(nama), nik, kk, "36.04.34.200" + r.nextInt(4),
                    "PMKS-0" + (1 + r.nextInt(9)), StatusPmks.values()[r.nextInt(4)], 2024 + r.nextInt(3),
                    r.nextInt(5) == 0 ? null : JenisKelamin.values()[r.nextInt(2)], r.nextBoolean() ? null : "lansia_telantar", r.nextBoolean()));
        }
        IndeksPmks.Kode kode = new IndeksPmks.Kode();
        IndeksPmks.Urut ur = IndeksPmks.Urut.dari(list, kode);
        for (String teks : new String[] {"a", "ade rohman", "rohman ade", "man", "sit mae", "elia", "o neil", "3604", "3604 12", "360412",
            "ade 3604", "hidayat 12", "zz", "nur nur", "  ", "9", "e", "3", "36", "n a"}) {
            FilterPmks f = FilterPmks.SEMUA.withTeks(teks);
            Predicate<IndeksPmks.Item> p = IndeksPmks.predikat(f);
            long semua = list.stream().filter(p).count();
            Halaman<Long> h = IndeksPmks.cari(ur, IndeksPmks.saring(f, kode), true, 0, 5_000, 3);
            assertEquals(semua, h.total(), "\"" + teks + "\"");
        }
        // the filters, packed beside the text, select exactly what the plain test selects
        FilterPmks[] filter = {new FilterPmks("a", "36.04.34.2002", null, null, null, null, null, null),
            new FilterPmks("ade", null, "PMKS-03", StatusPmks.TERVERIFIKASI, null, null, null, null),
            new FilterPmks(null, null, null, null, 2025, JenisKelamin.P, null, null),
            new FilterPmks("e", null, null, null, null, null, "lansia_telantar", Boolean.FALSE),
            new FilterPmks(null, "36.04.34.2009", null, null, null, null, null, null),
            new FilterPmks("3604", null, null, StatusPmks.TIDAK_AKTIF, 2026, JenisKelamin.L, null, Boolean.TRUE),
            new FilterPmks("n", null, null, null, null, null, null, null, java.util.Set.of(3L, 4L, 5L, 6L, 2_999L))};
        for (FilterPmks f : filter) {
            long semua = list.stream().filter(IndeksPmks.predikat(f)).count();
            assertEquals(semua, IndeksPmks.cari(ur, IndeksPmks.saring(f, kode), true, 0, 5_000, 3).total(), f.toString());
        }
    }

    @Test
    void aSplitSearchGivesThePageAndCountOfOnePass() {
        List<IndeksPmks.Item> list = new ArrayList<>();
        for (int i = 0; i < 5_003; i++) {
            // matches bunched at the start, spread thin in the middle, none at the end
            boolean cocok = i < 300 || i < 4_000 && i % 97 == 0;
            list.add(item(i, cocok ? "Ade Rohman " + i : "Siti " + i));
        }
        Predicate<IndeksPmks.Item> p = it -> it.namaNormal().contains("rohman");
        IndeksPmks.Kode kode = new IndeksPmks.Kode();
        IndeksPmks.Urut ur = IndeksPmks.Urut.dari(list, kode);
        // the plain test, and the same search with the fingerprints
        IndeksPmks.Saring polos = new IndeksPmks.Saring(0, 0, 0, 0, 0, 0, 0, 0, p);
        IndeksPmks.Saring kata = IndeksPmks.saring(FilterPmks.SEMUA.withTeks("rohman"), kode);
        for (boolean naik : new boolean[] {true, false}) {
            for (int[] halaman : new int[][] {{0, 100}, {250, 100}, {300, 50}, {320, 1000}, {0, 1}, {339, 10}, {340, 10}, {10_000, 100}}) {
                Halaman<Long> satu = IndeksPmks.cari(ur, polos, naik, halaman[0], halaman[1], 1);
                for (int bagian : new int[] {2, 3, 16, 5_003}) {
                    Halaman<Long> pecah = IndeksPmks.cari(ur, kata, naik, halaman[0], halaman[1], bagian);
                    String kasus = "naik " + naik + ", offset " + halaman[0] + ", limit " + halaman[1] + ", " + bagian + " parts";
                    assertEquals(satu.total(), pecah.total(), kasus);
                    assertEquals(satu.baris(), pecah.baris(), kasus);
                }
            }
        }
        Halaman<Long> awal = IndeksPmks.cari(ur, kata, true, 0, 3, 16);
        assertEquals(List.of(0L, 1L, 2L), awal.baris());
        assertEquals(300 + 4_000 / 97 + 1 - 4, awal.total(), "0, 97, 194 and 291 are among the first 300");
        Halaman<Long> akhir = IndeksPmks.cari(ur, kata, false, 0, 1, 16);
        assertEquals(List.of(3_977L), akhir.baris(), "the last match, 41 x 97, first when descending");
    }
}
