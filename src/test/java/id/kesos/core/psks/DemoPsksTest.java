package id.kesos.core.psks;

import id.kesos.UjiKantor;
import static id.kesos.core.db.jooq.Tables.PMKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.demo.DemoPsks;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.NikValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPsksTest {
    @TempDir
    Path dir;

    @Test
    void aRealisticSetForTheKecamatan() {
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            UjiKantor.pasang(l);
            new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi(300, 3, LocalDate.now().getYear(), false, l.pmks().jenis(), n -> { });
            new DemoPsks(l.db().dsl(), l.psks()).isi(3);
            List<BarisPsks> semua = l.psks().cari(FilterPsks.SEMUA).baris();
            Map<String, Long> per = semua.stream().filter(BarisPsks::aktif).collect(Collectors.groupingBy(BarisPsks::jenisSingkatan,
                    Collectors.counting()));
            assertEquals(1L, per.get("TKSK"));
            assertTrue(per.get("PSM") >= 9 && per.get("PSM") <= 25, per.toString());
            assertTrue(per.get("TAGANA") >= 5 && per.get("TAGANA") <= 10, per.toString());
            assertEquals(8L + 1, per.get("KT"), "one per desa (8 in Kecamatan Bandung) and one at kecamatan level");
            assertTrue(per.get("LKS") >= 2, per.toString());
            assertEquals(1L, per.get("WKSBM"));
            assertTrue(per.get("DU") >= 1 && per.get("DU") <= 2, per.toString());
            assertTrue(per.get("PPKH") >= 2, "pilar lain: Pendamping PKH");
            assertEquals(1, semua.stream().filter(b -> !b.aktif()).count(), "one PSM left, with a reason");
            NikValidator nik = l.pmks().validator().nikValidator();
            for (BarisPsks b : semua) {
                if (b.nik() != null) {
                    assertTrue(nik.periksa(b.nik(), "NIK").galat().isEmpty(), b.nik());
                }
                if (b.jenisSingkatan().equals("WPKS")) {
                    assertEquals(JenisKelamin.P, b.jk());
                }
                if (b.jenisSingkatan().equals("TAGANA")) {
                    int usia = l.psks().repository().psks(b.id()).orElseThrow().orang().usia(LocalDate.now());
                    assertTrue(usia >= 18 && usia <= 40, b.nama() + " " + usia);
                }
            }
            assertTrue(semua.stream().filter(b -> b.pendudukId() != null).collect(Collectors.groupingBy(BarisPsks::pendudukId,
                    Collectors.counting())).containsValue(2L), "one person holds two PSKS types");
            assertTrue(l.db().dsl().fetchCount(PMKS, PMKS.PETUGAS_PSKS_ID.isNotNull()) > 0, "PMKS entries name a PSM as petugas");
            assertThrows(KesosException.class, () -> new DemoPsks(l.db().dsl(), l.psks()).isi(4), "only into an empty register");
        }
    }
}
