package id.kesos.core.pmks;

import id.kesos.UjiKantor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.penduduk.NikValidator;
import id.kesos.core.penduduk.Penduduk;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPmksTest {
    @TempDir
    Path a;
    @TempDir
    Path b;

    static List<String> isi(Path dir, long seed) {
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            l.kantor().simpan(UjiKantor.bandung());
            new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi(800, seed, 2026, false, l.pmks().jenis(), n -> { });
            return l.pmks().cari(FilterPmks.SEMUA, Urutan.NAMA, true, 0, 2000).baris().stream()
                    .map(r -> r.nik() + "|" + r.nama() + "|" + r.jenisKode() + "|" + r.status()).toList();
        }
    }

    @Test
    void sameSeedSameData() {
        assertEquals(isi(a, 7), isi(b, 7));
    }

    @Test
    void realisticAndValidData() {
        try (Layanan l = Layanan.buka(new DataDir(a))) {
            l.kantor().simpan(UjiKantor.bandung());
            DemoPmks demo = new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser());
            DemoPmks.Hasil h = demo.isi(1500, 3, 2026, false, l.pmks().jenis(), n -> { });
            assertEquals(1500, h.orang());
            PmksService svc = l.pmks();
            List<BarisPmks> semua = svc.cari(FilterPmks.SEMUA, Urutan.NAMA, true, 0, 5000).baris();
            Map<String, Long> perJenis = semua.stream().collect(Collectors.groupingBy(BarisPmks::jenisKode, Collectors.counting()));
            // the three most common types are Fakir Miskin, Lanjut Usia Telantar and Penyandang Disabilitas
            List<String> teratas = perJenis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                    .map(Map.Entry::getKey).sorted().toList();
            assertEquals(List.of("PMKS-08", "PMKS-09", "PMKS-24"), teratas, perJenis.toString());
            assertTrue(semua.stream().map(BarisPmks::status).distinct().count() == 4, "all statuses occur");
            assertTrue(h.bantuan() > 0);
            // every NIK is valid and agrees with birth date, sex and the kecamatan; ages match the type
            for (BarisPmks r : semua.subList(0, 400)) {
                Penduduk p = svc.orang().penduduk(r.pendudukId()).orElseThrow();
                if (p.nik() != null) {
                    NikValidator.Hasil n = svc.validator().nikValidator().periksa(p.nik(), "NIK");
                    assertTrue(n.sah(), p.nik());
                    assertEquals(List.of(), NikValidator.bandingkan(n.info().orElseThrow(), p.tanggalLahir(), p.jenisKelamin(), "NIK"));
                    assertEquals("36.04.34", n.info().orElseThrow().kodeKecamatan());
                }
                JenisPmks j = svc.jenis(r.jenisKode()).orElseThrow();
                int usia = Period.between(p.tanggalLahir(), LocalDate.of(2026, 7, 1)).getYears();
                assertTrue(j.usiaMin() == null || usia >= j.usiaMin() - 1, p.nama() + " " + usia + " " + j.kode());
                assertTrue(j.usiaMax() == null || usia <= j.usiaMax() + 1, p.nama() + " " + usia + " " + j.kode());
            }
            KesosException penuh = assertThrows(KesosException.class,
                    () -> demo.isi(10, 3, 2026, false, svc.jenis(), n -> { }));
            assertTrue(penuh.getMessage().contains("--tambahkan"));
        }
    }
}
