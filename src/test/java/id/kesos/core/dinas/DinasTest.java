package id.kesos.core.dinas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.demo.DemoPsks;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.rekap.Laporan;
import id.kesos.core.rekap.RekapService;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dinas mode as a kabupaten uses it: three kecamatan of Kabupaten Serang with generated registers send their packages;
 * the Dinas receives them, refuses a changed, a foreign and a non-package file without a trace, replaces an older package
 * by a newer one, and its kabupaten recaps equal the kecamatan's own recaps cell by cell and plain SQL over their registers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DinasTest {
    static final int TAHUN = LocalDate.now().getYear();
    /** Bandung (UjiKantor), Kramatwatu and Waringinkurung. */
    static final List<String> KECAMATAN = List.of("36.04.34", "36.04.05", "36.04.06");
    static final String NIK_GANDA_NAMA = "Uji Ganda Antarkecamatan";

    @TempDir
    static Path kelas;
    /** The packages, made once, and each kecamatan's own recaps and SQL counts. */
    final List<Path> paket = new ArrayList<>();
    final Map<String, List<Laporan>> sendiri = new LinkedHashMap<>();
    final Map<String, Map<String, long[]>> sql = new LinkedHashMap<>();
    String nikGanda;

    @TempDir
    Path dir;
    Layanan dinas;

    @BeforeAll
    void buatPaket() throws Exception {
        for (int i = 0; i < KECAMATAN.size(); i++) {
            String kode = KECAMATAN.get(i);
            try (Layanan l = Layanan.buka(new DataDir(kelas.resolve("kec" + i)))) {
                Kantor b = UjiKantor.bandung();
                l.kantor().simpan(new Kantor(kode, b.namaCamat(), b.nipCamat(), null, b.namaKasie(), b.nipKasie(), null, null, null, null, null, null, 0));
                l.pmks().segarkanDesa();
                new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi(120 + 40 * i, 7 + i, TAHUN, false, l.pmks().jenis(), n -> { });
                new DemoPsks(l.db().dsl(), l.psks()).isi(3 + i);
                if (i == 0) {
                    nikGanda = l.db().dsl().resultQuery("SELECT MIN(p.nik) FROM penduduk p JOIN pmks e ON e.penduduk_id = p.id "
                            + "JOIN jenis_pmks j ON j.kode = e.jenis_kode WHERE NOT j.sensitif AND e.status = 'terverifikasi'").fetchOne(0, String.class);
                }
                if (i == 1) {
                    // the same person (same NIK) also registered in Kramatwatu, proposed: its package counts proposed ones too
                    String desa = l.kantor().profil().orElseThrow().desa().getFirst().kode();
                    l.pmks().tambah(new Penduduk(null, nikGanda, null, NIK_GANDA_NAMA, null, LocalDate.of(1950, 1, 1), JenisKelamin.L, null, null,
                            null, null, desa, null, null, null, null, 0), EntriPmks.baru("PMKS-08", TAHUN, null, null), true);
                }
                boolean usulan = i == 1;
                RekapService.Opsi o = RekapService.Opsi.tahun(TAHUN).denganUsulan(usulan);
                sendiri.put(kode, List.of(l.rekap().susun(RekapService.Jenis.REKAP_PMKS_DESA, o), l.rekap().susun(RekapService.Jenis.REKAP_PMKS_JENIS, o),
                        l.rekap().susun(RekapService.Jenis.REKAP_SPM, o), l.rekap().susun(RekapService.Jenis.REKAP_PSKS, o)));
                Map<String, long[]> s = new LinkedHashMap<>();
                l.db().dsl().resultQuery("SELECT e.jenis_kode, COUNT(*) FILTER (WHERE p.jenis_kelamin = 'L'), COUNT(*) FILTER (WHERE p.jenis_kelamin = 'P') "
                        + "FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0 AND e.tahun = ? AND e.status IN ("
                        + (usulan ? "'terverifikasi', 'usulan'" : "'terverifikasi'") + ") GROUP BY e.jenis_kode", (short) TAHUN)
                        .forEach(r -> s.put(r.get(0, String.class), new long[] {r.get(1, Long.class), r.get(2, Long.class)}));
                sql.put(kode, s);
                Path out = kelas.resolve("kirim").resolve(l.rekap().namaPaket(TAHUN));
                Files.createDirectories(out.getParent());
                l.rekap().paket(TAHUN, usulan, out, null);
                paket.add(out);
            }
        }
    }

    @BeforeEach
    void bukaDinas() {
        dinas = Layanan.buka(new DataDir(dir));
        dinas.dinas().simpan(new Dinas("36.04", "Drs. Ahmad Fauzi", "197005051995031002", "Pembina Utama Muda", null, null, null, null, null, 0));
    }

    @AfterEach
    void tutup() {
        dinas.close();
    }

    long jumlahPaket() {
        return dinas.db().dsl().fetchCount(id.kesos.core.db.jooq.Tables.PAKET);
    }

    List<Object[]> baris(Laporan lap) {
        List<Object[]> out = new ArrayList<>();
        lap.lembar().getFirst().isi().baca(Integer.MAX_VALUE, out::add);
        return out;
    }

    /** The JUMLAH row of a recap sheet, as its writers print it. */
    Object[] jumlah(Laporan lap) {
        var pj = lap.lembar().getFirst().penjumlah();
        baris(lap).forEach(pj::tambah);
        return pj.hasil();
    }

    @Test
    void theKabupatenRecapsAreTheSumOfTheKecamatanRecapsCellByCell() {
        List<DinasService.HasilTerima> h = dinas.dinas().terima(List.of(kelas.resolve("kirim")), null);
        assertEquals(3, h.size());
        h.forEach(x -> assertTrue(x.diterima(), x.berkas() + ": " + x.alasan()));
        RekapKabupaten r = dinas.dinas().rekap();
        List<Object[]> kab = baris(r.susun(RekapKabupaten.Jenis.REKAP_KABUPATEN, TAHUN, null));
        assertEquals(29, kab.size(), "every kecamatan of the kabupaten has its row");
        List<Object[]> spm = baris(r.susun(RekapKabupaten.Jenis.REKAP_SPM_KABUPATEN, TAHUN, null));
        List<Object[]> psks = baris(r.susun(RekapKabupaten.Jenis.REKAP_PSKS_KABUPATEN, TAHUN, null));
        List<String> semua = dinas.dinas().profilWajib().kecamatan().stream().map(w -> w.kode()).toList();
        for (String kode : KECAMATAN) {
            int i = semua.indexOf(kode);
            Object[] kabBaris = kab.get(i);
            Object[] own = jumlah(sendiri.get(kode).get(0));
            // the kecamatan's JUMLAH row from its third column on is the kabupaten row from its fourth (after the Paket column)
            for (int c = 2; c < own.length; c++) {
                assertEquals(((Number) own[c]).longValue(), ((Number) kabBaris[c + 1]).longValue(), kode + " column " + c);
            }
            List<Object[]> ownSpm = baris(sendiri.get(kode).get(2));
            for (int g = 0; g < ownSpm.size(); g++) {
                Object[] o = ownSpm.get(g);
                assertEquals(((Number) o[3]).longValue() + ((Number) o[4]).longValue(), ((Number) spm.get(i)[3 + 2 * g]).longValue(), kode + " SPM jumlah " + g);
                assertEquals(((Number) o[6]).longValue() + ((Number) o[7]).longValue(), ((Number) spm.get(i)[4 + 2 * g]).longValue(), kode + " SPM dibantu " + g);
            }
            Object[] ownPsks = jumlah(sendiri.get(kode).get(3));
            int resmi = (int) dinas.psks().jenis().stream().filter(j -> j.resmi()).count();
            for (int c = 0; c < resmi; c++) {
                assertEquals(((Number) ownPsks[2 + c]).longValue(), ((Number) psks.get(i)[3 + c]).longValue(), kode + " PSKS " + c);
            }
        }
        // a kecamatan without a package: "-", never zeros, and named under the table
        Laporan lap = r.susun(RekapKabupaten.Jenis.REKAP_KABUPATEN, TAHUN, null);
        Object[] kosong = kab.get(semua.indexOf("36.04.07"));
        assertEquals("belum kirim", kosong[2]);
        assertEquals(RekapKabupaten.BELUM, kosong[3]);
        assertTrue(lap.lembar().getFirst().catatan().stream().anyMatch(c -> c.contains("26 dari 29") && c.contains("Bojonegara")),
                lap.lembar().getFirst().catatan().toString());
        // per type: the sum of the three kecamatan's per-type rows, and of plain SQL over their registers
        List<Object[]> jenis = baris(r.susun(RekapKabupaten.Jenis.REKAP_KABUPATEN_JENIS, TAHUN, null));
        List<String> kodeJenis = dinas.pmks().jenis().stream().map(j -> j.kode()).toList();
        for (int t = 0; t < jenis.size(); t++) {
            long l = 0;
            long p = 0;
            long jumlah = 0;
            long sqlL = 0;
            long sqlP = 0;
            for (String kode : KECAMATAN) {
                Object[] o = baris(sendiri.get(kode).get(1)).get(t);
                l += ((Number) o[2]).longValue();
                p += ((Number) o[3]).longValue();
                jumlah += ((Number) o[4]).longValue();
                long[] s = sql.get(kode).getOrDefault(kodeJenis.get(t), new long[2]);
                sqlL += s[0];
                sqlP += s[1];
            }
            assertEquals(l, ((Number) jenis.get(t)[2]).longValue(), "L of type " + (t + 1));
            assertEquals(p, ((Number) jenis.get(t)[3]).longValue(), "P of type " + (t + 1));
            assertEquals(jumlah, ((Number) jenis.get(t)[4]).longValue(), "Jumlah of type " + (t + 1));
            assertEquals(sqlL, l, "L of type " + (t + 1) + " against SQL");
            assertEquals(sqlP, p, "P of type " + (t + 1) + " against SQL");
        }
        // the kabupaten BNBA lists every entry the packages list
        long entri = h.stream().mapToLong(DinasService.HasilTerima::entri).sum();
        assertEquals(entri, baris(r.susun(RekapKabupaten.Jenis.BNBA_KABUPATEN, TAHUN, null)).size());
        // status board and duplicates
        List<DinasService.StatusKecamatan> st = dinas.dinas().status(TAHUN);
        assertEquals(29, st.size());
        assertEquals(3, st.stream().filter(DinasService.StatusKecamatan::terkirim).count());
        assertEquals("semua", st.get(semua.indexOf("36.04.05")).paket().status());
        List<GandaKabupaten.Kelompok> g = dinas.dinas().ganda().cari(TAHUN);
        GandaKabupaten.Kelompok nik = g.stream().filter(k -> nikGanda.equals(k.nik())).findFirst().orElseThrow(() -> new AssertionError(g.toString()));
        assertEquals(List.of("36.04.05", "36.04.34"), nik.tempat().stream().map(t -> t.kecamatan().kode()).sorted().toList());
    }

    @Test
    void aChangedForeignOrNonPackageFileIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        Path ubah = dir.resolve("ubah.xlsx");
        try (InputStream in = Files.newInputStream(paket.getFirst()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var s = wb.getSheet("data_angka");
            s.getRow(1).getCell(2).setCellValue(String.valueOf(Long.parseLong(s.getRow(1).getCell(2).getStringCellValue()) + 1));
            try (OutputStream out = Files.newOutputStream(ubah)) {
                wb.write(out);
            }
        }
        Path bukan = dir.resolve("rekap.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(bukan)) {
            wb.createSheet("Rekap").createRow(0).createCell(0).setCellValue("REKAP");
            wb.write(out);
        }
        Path rusak = dir.resolve("rusak.xlsx");
        Files.write(rusak, java.util.Arrays.copyOf(Files.readAllBytes(paket.getFirst()), 5000));
        List<DinasService.HasilTerima> h = dinas.dinas().terima(List.of(ubah, bukan, rusak), null);
        assertFalse(h.get(0).diterima());
        assertTrue(h.get(0).alasan().contains("berubah setelah dibuat"), h.get(0).alasan());
        assertTrue(h.get(1).alasan().startsWith("bukan paket kirim"), h.get(1).alasan());
        assertFalse(h.get(2).diterima(), "a cut file");
        assertTrue(h.get(2).alasan().startsWith("berkas rusak atau terpotong"), h.get(2).alasan());
        assertEquals(0, jumlahPaket());
        assertEquals(0L, dinas.db().dsl().resultQuery("SELECT COUNT(*) FROM paket_angka").fetchOne(0, Long.class), "nothing half-written");
        // a package of Kabupaten Serang at the Dinas of Kabupaten Tangerang
        try (Layanan lain = Layanan.buka(new DataDir(dir.resolve("tangerang")))) {
            lain.dinas().simpan(new Dinas("36.03", "Kepala", "197005051995031002", null, null, null, null, null, null, 0));
            DinasService.HasilTerima x = lain.dinas().terima(List.of(paket.getFirst()), null).getFirst();
            assertFalse(x.diterima());
            assertEquals("paket dari Kecamatan Bandung (36.04.34), bukan dari kecamatan di Kabupaten Tangerang.", x.alasan());
        }
    }

    @Test
    void aNewerPackageReplacesTheOlderAndBothStayInTheHistory() throws Exception {
        Path lama = paket.getFirst();
        assertTrue(dinas.dinas().terima(List.of(lama), null).getFirst().diterima());
        Thread.sleep(1100); // a package's time is kept to the second
        Path baru = dir.resolve("baru.xlsx");
        try (Layanan l = Layanan.buka(new DataDir(kelas.resolve("kec0")))) {
            l.rekap().paket(TAHUN, true, baru, null);
        }
        DinasService.HasilTerima h = dinas.dinas().terima(List.of(baru), null).getFirst();
        assertTrue(h.diterima() && h.menggantikan(), String.valueOf(h.alasan()));
        assertEquals(2, jumlahPaket());
        assertEquals("semua", dinas.dinas().status(TAHUN).stream().filter(DinasService.StatusKecamatan::terkirim).findFirst().orElseThrow().paket().status());
        DinasService.HasilTerima lagi = dinas.dinas().terima(List.of(lama), null).getFirst();
        assertFalse(lagi.diterima());
        assertTrue(lagi.alasan().contains("lebih baru"), lagi.alasan());
        assertEquals(2, dinas.db().dsl().resultQuery("SELECT COUNT(*) FROM audit_log WHERE tabel = 'paket' AND aksi = 'tambah'").fetchOne(0, Integer.class));
    }

    @Test
    void aKecamatanFolderCannotBecomeADinasNorTheOtherWayRound() {
        try (Layanan l = Layanan.buka(new DataDir(dir.resolve("kec")))) {
            UjiKantor.pasang(l);
            KesosException e = org.junit.jupiter.api.Assertions.assertThrows(KesosException.class,
                    () -> l.dinas().simpan(new Dinas("36.04", "Kepala", "197005051995031002", null, null, null, null, null, null, 0)));
            assertTrue(e.getMessage().contains("kantor kecamatan"), e.getMessage());
        }
        KesosException e = org.junit.jupiter.api.Assertions.assertThrows(KesosException.class, () -> UjiKantor.pasang(dinas));
        assertTrue(e.getMessage().contains("Dinas Sosial"), e.getMessage());
    }
}
