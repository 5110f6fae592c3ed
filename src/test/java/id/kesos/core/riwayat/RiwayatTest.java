package id.kesos.core.riwayat;

import static id.kesos.core.db.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.audit.AuditLog;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.rekap.RekapService;
import id.kesos.core.riwayat.RiwayatService.Filter;
import id.kesos.core.riwayat.RiwayatService.Isian;
import id.kesos.core.riwayat.RiwayatService.Perubahan;
import id.kesos.core.riwayat.RiwayatService.Register;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change history: who (the OS account), what in Indonesian field names, filters, pages over 100,000 rows, exports recorded. */
class RiwayatTest extends id.kesos.UjiLayanan {
    static final String BANDUNG = "36.04.34.2001";
    final int tahun = LocalDate.now().getYear();
    RiwayatService riwayat;

    @BeforeEach
    void setUp() {
        riwayat = new RiwayatService(l.db().dsl(), ZoneId.of("Asia/Jakarta"));
    }

    static Penduduk orang(String nik, String nama) {
        return new Penduduk(null, nik, "3604341201150007", nama, "Serang", LocalDate.of(1970, 3, 4), JenisKelamin.P, "Kp. Pasir", null, "003",
                "001", BANDUNG, null, 1, null, null, 0);
    }

    @Test
    void theUserRecordedIsTheOperatingSystemsAccountNotAJvmPropertyACallerSets() {
        String semula = System.getProperty("user.name");
        System.setProperty("user.name", "camat_palsu");
        try {
            AuditLog a = AuditLog.forCurrentUser();
            assertNotEquals("camat_palsu", a.pengguna());
            assertEquals(ProcessHandle.current().info().user().orElseThrow(), a.pengguna());
        } finally {
            System.setProperty("user.name", semula);
        }
        l.pmks().tambah(orang("3604344403700001", "Siti Aminah"), EntriPmks.baru("PMKS-08", tahun, null, null), true);
        assertFalse(l.db().dsl().fetchExists(AUDIT_LOG, AUDIT_LOG.PENGGUNA.eq("camat_palsu")));
    }

    @Test
    void aChangeShowsItsFieldsUnderTheirIndonesianNamesOldAndNewSideBySide() {
        PmksService.HasilSimpan h = l.pmks().tambah(orang("3604344403700001", "Ade Rohman"), EntriPmks.baru("PMKS-08", tahun, null, null), true);
        Penduduk p = h.penduduk();
        l.pmks().ubahPenduduk(new Penduduk(p.id(), p.nik(), p.noKk(), "Ade Deden Rohman", p.tempatLahir(), LocalDate.of(1970, 3, 5),
                p.jenisKelamin(), p.alamat(), p.dusun(), p.rt(), p.rw(), p.desaKode(), p.namaIbu(), p.hubunganKeluarga(), p.telepon(),
                p.catatan(), p.version()), true);
        EntriPmks e = l.pmks().entri(h.entri().id()).orElseThrow();
        l.pmks().ubahStatus(e.id(), e.version(), StatusPmks.TERVERIFIKASI, null);

        List<Perubahan> semua = riwayat.halaman(Filter.SEMUA.denganRegister(Register.PMKS), null, 100).baris();
        Perubahan status = semua.get(0);
        assertEquals("Ade Deden Rohman \u00b7 LUT " + tahun, status.subjek(), "the entry is named by its person and type");
        assertEquals(List.of("Status"), status.yangBerubah().stream().map(Isian::kolom).toList());
        assertEquals("Usulan", status.yangBerubah().getFirst().lama());
        assertEquals("Terverifikasi", status.yangBerubah().getFirst().baru());

        Perubahan ubah = semua.get(1);
        assertEquals(AuditLog.Aksi.UBAH, ubah.aksi());
        assertEquals("Ade Deden Rohman", ubah.subjek());
        assertEquals(List.of(new Isian("nama", "Nama", "Ade Rohman", "Ade Deden Rohman", true),
                new Isian("tanggal_lahir", "Tanggal lahir", "04-03-1970", "05-03-1970", true)), ubah.yangBerubah());
        assertEquals("Nama, Tanggal lahir", ubah.ringkasan());
        assertTrue(ubah.isian().contains(new Isian("desa_kode", "Desa/kelurahan", "Bandung (" + BANDUNG + ")", "Bandung (" + BANDUNG + ")", false)),
                "unchanged fields are there too, desa by name: " + ubah.isian());
        assertEquals(AuditLog.Aksi.TAMBAH, semua.getLast().aksi());
        assertEquals(AuditLog.akunOs(), ubah.pengguna());
    }

    @Test
    void theFiltersFindOnePersonsChangesAUsersAndADateRange() {
        PmksService.HasilSimpan a = l.pmks().tambah(orang("3604344403700001", "Siti Aminah"), EntriPmks.baru("PMKS-08", tahun, null, null), true);
        PmksService.HasilSimpan b = l.pmks().tambah(orang("3604344403700002", "Ai Rosmiati"), EntriPmks.baru("PMKS-08", tahun, null, null), true);
        l.pmks().ubahStatus(b.entri().id(), b.entri().version(), StatusPmks.DITOLAK, "Pindah domisili");
        var dsl = l.db().dsl();
        long sebelum = dsl.fetchCount(AUDIT_LOG);

        List<Perubahan> siti = riwayat.halaman(Filter.SEMUA.denganPenduduk(a.penduduk().id()), null, 100).baris();
        assertEquals(2, siti.size(), "her person row and her entry");
        assertTrue(siti.stream().allMatch(p -> p.subjek().startsWith("Siti Aminah")), siti.toString());
        List<Perubahan> ai = riwayat.halaman(Filter.SEMUA.denganPenduduk(riwayat.pendudukDenganNik("3604 3444 0370 0002").orElseThrow()), null, 100)
                .baris();
        assertEquals(3, ai.size());
        assertEquals("Pindah domisili", ai.getFirst().yangBerubah().stream().filter(i -> i.kunci().equals("alasan_status")).findFirst()
                .orElseThrow().baru());

        // another user, and older rows moved back in time (the ids keep the order they were written in)
        dsl.update(AUDIT_LOG).set(AUDIT_LOG.PENGGUNA, "operator2").where(AUDIT_LOG.BARIS_ID.eq(String.valueOf(b.penduduk().id())))
                .and(AUDIT_LOG.TABEL.eq("penduduk")).execute();
        assertEquals(List.of("operator2"), riwayat.halaman(Filter.SEMUA.denganPengguna("operator2"), null, 100).baris().stream()
                .map(Perubahan::pengguna).toList());
        assertTrue(riwayat.pengguna().containsAll(List.of("operator2", AuditLog.akunOs())));
        long pertamaSiti = siti.getLast().id();
        dsl.update(AUDIT_LOG).set(AUDIT_LOG.WAKTU, java.time.OffsetDateTime.parse("2026-01-10T09:00:00+07:00"))
                .where(AUDIT_LOG.ID.lt(pertamaSiti)).execute();
        dsl.update(AUDIT_LOG).set(AUDIT_LOG.WAKTU, java.time.OffsetDateTime.parse("2026-02-20T23:30:00+07:00"))
                .where(AUDIT_LOG.ID.ge(pertamaSiti)).and(AUDIT_LOG.ID.lt(pertamaSiti + 2)).execute();
        assertEquals(pertamaSiti - dsl.select(org.jooq.impl.DSL.min(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class),
                riwayat.halaman(Filter.SEMUA.denganTanggal(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10)), null, 1000).baris().size(),
                "the day the office was set up");
        List<Perubahan> feb = riwayat.halaman(Filter.SEMUA.denganTanggal(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 20)), null, 1000).baris();
        assertEquals(List.of(pertamaSiti + 1, pertamaSiti), feb.stream().map(Perubahan::id).toList(), "the last day counts whole (23.30)");
        assertTrue(riwayat.halaman(Filter.SEMUA.denganTanggal(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), null, 10).baris().isEmpty());
        assertEquals(sebelum - 2 - (pertamaSiti - dsl.select(org.jooq.impl.DSL.min(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class)),
                riwayat.halaman(Filter.SEMUA.denganTanggal(LocalDate.of(2026, 2, 21), null), null, 1000).baris().size());
    }

    @Test
    void anExportOfNamesAndABackupAreRecordedWithWhoWhatAndHowManyRows(@org.junit.jupiter.api.io.TempDir Path out) {
        for (int i = 1; i <= 3; i++) {
            l.pmks().tambah(orang("360434440370000" + i, "Orang " + i), EntriPmks.baru("PMKS-08", tahun, StatusPmks.TERVERIFIKASI, null), true);
        }
        l.rekap().ekspor(RekapService.Jenis.BNBA_PMKS, RekapService.Opsi.tahun(tahun), RekapService.Format.XLSX, null, out.resolve("bnba.xlsx"),
                null);
        l.rekap().ekspor(RekapService.Jenis.REKAP_PMKS_DESA, RekapService.Opsi.tahun(tahun), RekapService.Format.XLSX, null,
                out.resolve("rekap.xlsx"), null);
        l.cadangan().cadangkan(out.resolve("cadangan.zip"));

        List<Perubahan> ekspor = riwayat.halaman(Filter.SEMUA.denganRegister(Register.EKSPOR), null, 10).baris();
        assertEquals(2, ekspor.size(), "the BNBA and the backup; a recap of counts names nobody");
        assertEquals("Cadangan cadangan.zip: 3 orang, 3 entri PMKS, 0 PSKS", ekspor.get(0).keterangan());
        assertEquals("BNBA PMKS (daftar nama dan alamat) tahun " + tahun + ", 3 baris, berkas bnba.xlsx", ekspor.get(1).keterangan());
        assertEquals(AuditLog.Aksi.EKSPOR, ekspor.get(1).aksi());
        assertEquals(AuditLog.akunOs(), ekspor.get(1).pengguna());
        assertTrue(ekspor.get(1).isian().contains(new Isian("baris", "Jumlah baris", null, "3", true)), ekspor.get(1).isian().toString());
        assertTrue(riwayat.halaman(Filter.SEMUA.denganRegister(Register.PMKS), null, 100).baris().stream()
                .noneMatch(p -> p.aksi() == AuditLog.Aksi.EKSPOR), "exports are not register changes");
    }

    @Test
    void pagesOver100000ChangesFollowEachOtherWithoutGapsAndEachReadsOnlyItsOwnRows() {
        var dsl = l.db().dsl();
        dsl.execute("INSERT INTO audit_log (waktu, pengguna, tabel, baris_id, aksi, nilai_lama, nilai_baru) "
                + "SELECT DATEADD('MINUTE', X, TIMESTAMP WITH TIME ZONE '2026-01-01 08:00:00+07:00'), 'operator' || MOD(X, 3), "
                + "CASE MOD(X, 4) WHEN 0 THEN 'psks' ELSE 'penduduk' END, CAST(X AS VARCHAR), 'ubah', "
                + "'{\"nama\":\"Lama ' || X || '\"}', '{\"nama\":\"Baru ' || X || '\"}' FROM SYSTEM_RANGE(1, 100000)");
        assertTrue(dsl.fetchCount(AUDIT_LOG) > 100_000);

        for (Filter f : List.of(Filter.SEMUA, Filter.SEMUA.denganPengguna("operator1"), Filter.SEMUA.denganRegister(Register.PSKS),
                Filter.SEMUA.denganTanggal(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 10)))) {
            Set<Long> dilihat = new HashSet<>();
            List<Long> urut = new ArrayList<>();
            Long sebelum = null;
            for (int hal = 0; hal < 5; hal++) {
                RiwayatService.Halaman h = riwayat.halaman(f, sebelum, 100);
                assertEquals(100, h.baris().size());
                assertTrue(h.adaBerikutnya());
                h.baris().forEach(p -> {
                    assertTrue(dilihat.add(p.id()), "no change twice");
                    urut.add(p.id());
                });
                sebelum = h.akhir();
            }
            for (int i = 1; i < urut.size(); i++) {
                assertTrue(urut.get(i) < urut.get(i - 1), "newest first");
            }
        }
        // a page reads down the primary key from where the last one ended: no sort of the whole history
        String rencana = dsl.fetchOne("EXPLAIN SELECT * FROM audit_log WHERE pengguna = 'operator1' AND id < 90000 ORDER BY id DESC LIMIT 101")
                .get(0, String.class);
        assertTrue(rencana.contains("PRIMARY_KEY") && rencana.contains("index sorted"), rencana);
        List<Perubahan> akhir = riwayat.halaman(Filter.SEMUA.denganTanggal(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)), null, 1000).baris();
        assertEquals(959, akhir.size(), "08.01 to 23.59 of the first day");
        assertEquals("Baru 959", akhir.getFirst().isian().getFirst().baru());
    }
}
