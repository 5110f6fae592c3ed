package id.kesos.core.impor;

import static id.kesos.UjiLembar.baris;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.KesosException;
import id.kesos.core.Kemajuan;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.db.jooq.Tables;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.DetailPenduduk;
import id.kesos.core.pmks.EntriPmks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-made kecamatan spreadsheet (kop, merged titles, column numbers, a totals row, a blank row, a
 * repeated header, a NIK typed as a number, a misspelt desa, a row twice, a person already registered)
 * is previewed, imported in one go and imported again: every data row is counted once as added,
 * skipped or rejected, rejected rows say row, column and reason, nothing damaged is stored, the second
 * import adds nothing and knows the file, and the rejects workbook reads back.
 */
class ImporPmksTest {
    @TempDir
    Path dir;
    Layanan l;
    int tahun = LocalDate.now().getYear();

    @BeforeEach
    void buka() {
        l = Layanan.buka(new DataDir(dir.resolve("data")));
        UjiKantor.pasang(l);
        l.pmks().tambah(new Penduduk(null, "3604341708600001", null, "Ujang Hidayat", null, LocalDate.of(1960, 8, 17), JenisKelamin.L,
                "Kp. Pasir", null, null, null, "36.04.34.2001", null, null, null, null, 0), EntriPmks.baru("PMKS-08", tahun, null, null), true);
    }

    @AfterEach
    void tutup() {
        l.close();
    }

    Path berkasKantor() throws IOException {
        Path p = dir.resolve("pmks-kecamatan-bandung.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Rekap Lansia");
            baris(s, 0, "PEMERINTAH KABUPATEN SERANG");
            baris(s, 1, "DATA LANJUT USIA TELANTAR KECAMATAN BANDUNG");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 7));
            baris(s, 3, "NO", "NIK", "NAMA", "TGL LAHIR", "L/P", "DESA", "JENIS PMKS", "KET", "NO KK", "JML ART");
            baris(s, 4, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)");
            baris(s, 5, "1", "3604345708600003", "Siti Maemunah", "17-08-1960", "P", "Desa Mander", "LUT", "");      // added
            baris(s, 6, "2", 3604340101500003d, "Karta", "01-01-1950", "L", "Mander", "LUT", "");                   // NIK as number
            baris(s, 7, "3", "3604344203550002", "Enah", "2 Maret 1955", "P", "Panampng", "LUT", "");               // misspelt desa
            baris(s, 8, "4", "3604345708600003", "Siti Maemunah", "17-08-1960", "P", "Mander", "8", "");           // twice in the file
            baris(s, 9, "5", "3604341708600001", "Ujang Hidayat", "17-08-1960", "L", "Bandung", "PMKS-08", "");    // already registered
            baris(s, 10, "6", "3604341708600001", "Ujang Hidayat", "17-08-1960", "L", "Bandung", "FM", "", "3604341201150007", "4"); // new type
            baris(s, 12, "NO", "NIK", "NAMA", "TGL LAHIR", "L/P", "DESA", "JENIS PMKS", "KET", "NO KK", "JML ART");                  // repeated header
            baris(s, 13, "7", "", "Tanpa NIK", "", "P", "Malabar", "Lansia terlantar", "");                      // no NIK: allowed
            baris(s, 14, "8", "3604345708600003X", "Salah NIK", "", "P", "Malabar", "LUT", "");                 // bad NIK
            baris(s, 15, "", "JUMLAH: 9 jiwa", "", "", "", "", "", "");                                            // totals, as a BNBA writes it
            baris(s, 17, "", "", "", "", "", "Bandung, 1 Desember 2026");                                           // the signature block
            baris(s, 18, "", "", "Mengetahui,", "", "", "KASI KESEJAHTERAAN SOSIAL");
            baris(s, 21, "", "", "NIP. 197001011990031001", "", "", "NIP. 198002022005012002");
            wb.write(out);
        }
        return p;
    }

    @Test
    void previewImportAndImportAgain() throws IOException {
        Path f = berkasKantor();
        ImporPmks.Pratinjau p = l.impor().pratinjau(f, ImporPmks.Opsi.bawaan().denganTahun(tahun), Kemajuan.DIAM);
        assertEquals("Rekap Lansia", p.lembar());
        assertEquals(17, p.baris(), "rows 6 to 22 below the header and its column numbers");
        assertEquals(3, p.tambah().size(), () -> "Siti, Ujang's new type, the one without NIK: " + p.tolak() + " " + p.lewatGanda() + " " + p.lewatTerdaftar());
        assertEquals(4, p.lewatKosong(), "row 12 and the blank rows around the signature lines");
        assertEquals(1, p.lewatKepala());
        assertEquals(4, p.lewatJumlah(), "the totals row and the signature block below it");
        assertEquals(1, p.lewatGanda());
        assertEquals(1, p.lewatTerdaftar());
        assertEquals(3, p.tolak().size());
        assertEquals(p.baris(), p.tambah().size() + p.dilewati() + p.tolak().size(), "nothing disappears");
        assertEquals(1, l.pmks().jumlahAktif(), "a preview writes nothing");

        Tolakan nik = p.tolak().get(0);
        assertEquals(7, nik.baris());
        assertEquals("NIK", nik.kolom());
        assertTrue(nik.alasan().contains("tersimpan sebagai angka di Excel") && nik.alasan().contains("format kolom NIK sebagai Teks"), nik.alasan());
        Tolakan desa = p.tolak().get(1);
        assertEquals(8, desa.baris());
        assertEquals("DESA \"Panampng\" bukan nama desa/kelurahan kecamatan ini. Mungkin maksudnya \"Panamping\"? Perbaiki nama desa di berkas,"
                + " lalu impor lagi.", desa.alasan());
        Tolakan salah = p.tolak().get(2);
        assertEquals(15, salah.baris());
        assertTrue(salah.alasan().contains("NIK"), salah.alasan());
        assertEquals("Salah NIK", salah.asli().get(2));

        int auditSebelum = l.db().dsl().fetchCount(Tables.AUDIT_LOG);
        long pmksSebelum = l.db().dsl().select(org.jooq.impl.DSL.max(Tables.PMKS.ID)).from(Tables.PMKS).fetchSingle().value1();
        int statusSebelum = l.db().dsl().fetchCount(Tables.PMKS_STATUS_RIWAYAT);
        ImporPmks.Hasil h = l.impor().jalankan(p, Kemajuan.DIAM);
        assertEquals(3, h.ditambah());
        assertEquals(4, l.pmks().jumlahAktif());
        assertEquals(3, l.db().dsl().fetchCount(Tables.PMKS_STATUS_RIWAYAT) - statusSebelum, "each new entry starts its status history");
        assertEquals(2, l.db().dsl().fetchCount(Tables.AUDIT_LOG, Tables.AUDIT_LOG.TABEL.eq("penduduk")
                .and(Tables.AUDIT_LOG.AKSI.eq("tambah"))) - 1, "Siti and the person without NIK are new; Ujang was there");
        assertEquals(5, l.db().dsl().fetchCount(Tables.AUDIT_LOG) - auditSebelum, "two people and three entries in the audit log");
        for (var e : l.db().dsl().selectFrom(Tables.PMKS).where(Tables.PMKS.ID.gt(pmksSebelum)).fetch()) {
            String nilai = l.db().dsl().select(Tables.AUDIT_LOG.NILAI_BARU).from(Tables.AUDIT_LOG)
                    .where(Tables.AUDIT_LOG.TABEL.eq("pmks"), Tables.AUDIT_LOG.BARIS_ID.eq(String.valueOf(e.getId()))).fetchSingle().value1();
            assertTrue(nilai.contains(e.getJenisKode()) && nilai.contains(String.valueOf(e.getPendudukId())), "each entry's audit row is its own: " + nilai);
        }
        Penduduk siti = l.pmks().orang().denganNik("3604345708600003").orElseThrow();
        assertEquals("36.04.34.2002", siti.desaKode());
        assertEquals(LocalDate.of(1960, 8, 17), siti.tanggalLahir());
        DetailPenduduk ujang = l.pmks().detail(l.pmks().orang().denganNik("3604341708600001").orElseThrow().id()).orElseThrow();
        assertEquals(List.of("PMKS-08", "PMKS-24"), ujang.entri().stream().map(e -> e.entri().jenisKode()).sorted().toList());
        assertFalse(l.pmks().orang().denganNik("3604340101500000").isPresent(), "the damaged number is not stored");
        RiwayatImpor r = l.impor().riwayat().getFirst();
        assertEquals(List.of(17, 3, 11, 3), List.of(r.baris(), r.ditambah(), r.dilewati(), r.ditolak()));
        assertEquals("pmks-kecamatan-bandung.xlsx", r.namaBerkas());

        ImporPmks.Pratinjau lagi = l.impor().pratinjau(f, ImporPmks.Opsi.bawaan().denganTahun(tahun), Kemajuan.DIAM);
        assertTrue(lagi.pernah().isPresent(), "the same file is recognised");
        assertEquals(0, lagi.tambah().size(), "importing the same file again adds nothing");
        assertEquals(lagi.baris(), lagi.dilewati() + lagi.tolak().size());
        l.impor().jalankan(lagi, Kemajuan.DIAM);
        assertEquals(4, l.pmks().jumlahAktif());

        Path tolak = dir.resolve("ditolak.xlsx");
        BerkasTolak.tulis(tolak, p.kepala(), p.tolak());
        PembacaTabel b = PembacaTabel.buka(tolak);
        List<BarisMentah> isi = new ArrayList<>();
        b.baca(b.lembar().getFirst(), isi::add);
        assertEquals(4, isi.size(), "the header and the three rejected rows");
        assertEquals("NIK", isi.getFirst().sel(1).teks());
        assertEquals("Alasan", isi.getFirst().sel(11).teks());
        assertEquals("Enah", isi.get(2).sel(2).teks());
        assertEquals("8", isi.get(2).sel(10).teks(), "the row it had in the file");
        assertTrue(isi.get(2).sel(11).teks().startsWith("DESA: DESA \"Panampng\""), isi.get(2).sel(11).teks());
        ImporPmks.Pratinjau perbaikan = l.impor().pratinjau(tolak, ImporPmks.Opsi.bawaan().denganTahun(tahun), Kemajuan.DIAM);
        assertEquals(3, perbaikan.baris(), "the rejects file is a list the import reads again");
    }

    @Test
    void anXlsListWithATallKopImportsToo() throws IOException {
        Path p = dir.resolve("lama.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Lansia");
            for (int i = 0; i < 45; i++) {
                baris(s, i, i < 44 ? "kop baris " + i : null);
            }
            baris(s, 50, "NIK", "NAMA", "L/P", "DESA");
            baris(s, 51, "3604345708600003", "Siti Maemunah", "P", "Mander");
            wb.write(out);
        }
        // the header is below the top 40 rows: the list is refused with its reason, not read as damaged
        KesosException e = assertThrows(KesosException.class,
                () -> l.impor().pratinjau(p, ImporPmks.Opsi.bawaan().denganJenis("PMKS-08").denganTahun(tahun), Kemajuan.DIAM));
        assertTrue(e.getMessage().contains("tidak ditemukan baris judul kolom"), e.getMessage());
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Lansia");
            baris(s, 0, "DATA LANSIA");
            baris(s, 2, "NIK", "NAMA", "L/P", "DESA");
            baris(s, 3, "3604345708600003", "Siti Maemunah", "P", "Mander");
            wb.write(out);
        }
        ImporPmks.Pratinjau ok = l.impor().pratinjau(p, ImporPmks.Opsi.bawaan().denganJenis("PMKS-08").denganTahun(tahun), Kemajuan.DIAM);
        assertEquals(1, ok.tambah().size(), () -> ok.tolak().toString());
    }

    @Test
    void aFileWithoutTypeColumnNeedsTheType() throws IOException {
        Path p = dir.resolve("tanpa-jenis.csv");
        Files.writeString(p, "NIK;NAMA;DESA;JK;NO KK;JML ART\n3604345708600003;Siti;Mander;P;3604341201150007;3\n");
        KesosException e = assertThrows(KesosException.class, () -> l.impor().pratinjau(p, ImporPmks.Opsi.bawaan(), Kemajuan.DIAM));
        assertTrue(e.getMessage().contains("tidak punya kolom jenis PMKS"), e.getMessage());
        ImporPmks.Pratinjau ok = l.impor().pratinjau(p, ImporPmks.Opsi.bawaan().denganJenis("PMKS-24").denganTahun(tahun), Kemajuan.DIAM);
        assertEquals(1, ok.tambah().size(), () -> ok.tolak().toString());
        assertEquals("PMKS-24", ok.tambah().getFirst().entri().jenisKode());
    }

    @Test
    void aSheetOfTheAppsPerTypeListImportsWithTheTypeItsTitleNames() throws IOException {
        // an office's own per-type BNBA: each sheet one type, said in its title, not on every row
        Path sumber = dir.resolve("kantor-lain");
        Path bnba = dir.resolve("bnba-per-jenis.xlsx");
        try (Layanan lain = Layanan.buka(new DataDir(sumber))) {
            UjiKantor.pasang(lain);
            new id.kesos.core.demo.DemoPmks(lain.db().dsl(), id.kesos.core.audit.AuditLog.forCurrentUser()).isi(300, 5, tahun, false,
                    lain.pmks().jenis(), n -> { });
            lain.rekap().ekspor(id.kesos.core.rekap.RekapService.Jenis.BNBA_PMKS, id.kesos.core.rekap.RekapService.Opsi.tahun(tahun)
                    .denganUsulan(true).denganSembunyikanSensitif(false), id.kesos.core.rekap.RekapService.Format.XLSX, null, bnba, null);
        }
        List<String> lembar = l.impor().lembar(bnba);
        assertTrue(lembar.size() > 3, "a sheet per type: " + lembar);
        String kedua = lembar.get(1);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(bnba.toFile())) {
            Sheet s = wb.getSheet(kedua);
            int kepala = -1;
            for (int r = 0; r < 20 && kepala < 0; r++) {
                if (s.getRow(r) != null && s.getRow(r).getCell(1) != null && "NIK".equals(s.getRow(r).getCell(1).getStringCellValue())) {
                    kepala = r;
                }
            }
            List<String> kolom = new ArrayList<>();
            s.getRow(kepala).forEach(c -> kolom.add(c.getStringCellValue()));
            assertFalse(kolom.contains("Jenis PMKS/PPKS"), "the type is not repeated on every row: " + kolom);
        }
        ImporPmks.Pratinjau p = l.impor().pratinjau(bnba, ImporPmks.Opsi.bawaan().denganTahun(tahun).denganLembar(kedua), Kemajuan.DIAM);
        assertTrue(p.tambah().size() > 0, () -> p.tolak().toString());
        String jenis = p.tambah().getFirst().entri().jenisKode();
        assertTrue(p.tambah().stream().allMatch(b -> b.entri().jenisKode().equals(jenis)), "one type for the sheet");
        assertTrue(kedua.startsWith(jenis + " "), "the sheet's own type: " + kedua + " / " + jenis);
        assertTrue(p.peringatan().stream().anyMatch(w -> w.contains("jenis yang disebut judul lembarnya")), p.peringatan().toString());
        assertEquals(p.baris(), p.tambah().size() + p.dilewati() + p.tolak().size());
    }

    @Test
    void aRegisteredPersonsNewFamilyTypeCountsUnderTheirStoredNoKk() throws IOException {
        l.pmks().tambah(new Penduduk(null, "3604345708600003", "3604341201150007", "Siti Maemunah", null, LocalDate.of(1960, 8, 17),
                JenisKelamin.P, "Kp. Pasir", null, null, null, "36.04.34.2002", null, null, null, null, 0), EntriPmks.baru("PMKS-08", tahun, null, null),
                true);
        Path p = dir.resolve("kk.csv");
        Files.writeString(p, "NIK;NAMA;DESA;JK;JENIS PMKS;NO KK;JML ART\n"
                + "3604345708600003;Siti Maemunah;Mander;P;FM;3604341201150015;3\n"
                + "3604345708600003;Siti Maemunah;Mander;P;KBSP;;3\n");
        ImporPmks.Pratinjau pr = l.impor().pratinjau(p, ImporPmks.Opsi.bawaan().denganTahun(tahun), Kemajuan.DIAM);
        assertEquals(1, pr.tolak().size(), () -> pr.tambah().toString());
        assertEquals(2, pr.tolak().getFirst().baris(), "the row with another family card");
        assertTrue(pr.tolak().getFirst().alasan().contains("\"3604341201150015\" berbeda dengan No. KK orang ini di register (3604341201150007)"),
                pr.tolak().getFirst().alasan());
        assertEquals(1, pr.tambah().size());
        assertEquals("3604341201150007", pr.tambah().getFirst().entri().kkKeluarga(), "a blank No. KK takes the stored one");
    }

    @Test
    void rowsAlreadyRegisteredAreSkippedOrUpdatedAsChosen() throws IOException {
        // Ujang is registered as PMKS-08 this year, at "Kp. Pasir" with no family card
        Path p = dir.resolve("pembaruan.csv");
        Files.writeString(p, "NIK;NAMA;TGL LAHIR;JK;ALAMAT;DESA;JENIS PMKS;KETERANGAN\n"
                + "3604341708600001;Ujang Hidayat;;L;Kp. Cibeber RT 2;Bandung;LUT;tinggal sendiri\n"
                + "3604341708600001;Ujang Hidayat;;;;Bandung;LUT;\n");
        ImporPmks.Opsi opsi = ImporPmks.Opsi.bawaan().denganTahun(tahun);
        ImporPmks.Pratinjau lewati = l.impor().pratinjau(p, opsi, Kemajuan.DIAM);
        assertEquals(List.of(2, 0, 0, 2), List.of(lewati.baris(), lewati.tambah().size(), lewati.diperbarui(), lewati.dilewati()),
                "skip: the registered row and its repeat are both left alone");

        ImporPmks.Pratinjau perbarui = l.impor().pratinjau(p, opsi.denganPerbarui(true), Kemajuan.DIAM);
        assertEquals(1, perbarui.diperbarui(), () -> perbarui.tolak().toString());
        assertEquals(1, perbarui.dilewati(), "the second row is the same person, type and year again");
        assertEquals(perbarui.baris(), perbarui.tambah().size() + perbarui.diperbarui() + perbarui.dilewati() + perbarui.tolak().size());
        Penduduk sebelum = l.pmks().orang().denganNik("3604341708600001").orElseThrow();
        assertEquals("Kp. Pasir", sebelum.alamat(), "a preview writes nothing");

        ImporPmks.Hasil h = l.impor().jalankan(perbarui, Kemajuan.DIAM);
        assertEquals(1, h.diperbarui());
        assertEquals(1, l.impor().riwayat().getFirst().diperbarui());
        Penduduk sesudah = l.pmks().orang().denganNik("3604341708600001").orElseThrow();
        assertEquals("Kp. Cibeber RT 2", sesudah.alamat());
        assertEquals(LocalDate.of(1960, 8, 17), sesudah.tanggalLahir(), "a blank cell keeps what is stored");
        assertEquals(sebelum.version() + 1, sesudah.version());
        EntriPmks e = l.pmks().entri(sesudah.id(), "PMKS-08", tahun).orElseThrow();
        assertEquals("tinggal sendiri", e.keterangan());
        assertEquals(1, l.pmks().jumlahAktif(), "nothing added");
        assertEquals(1, l.db().dsl().fetchCount(Tables.AUDIT_LOG, Tables.AUDIT_LOG.TABEL.eq("penduduk").and(Tables.AUDIT_LOG.AKSI.eq("ubah"))),
                "the update is in the audit log as an edit");

        Files.writeString(p, Files.readString(p) + "\n");
        ImporPmks.Pratinjau lagi = l.impor().pratinjau(p, opsi.denganPerbarui(true), Kemajuan.DIAM);
        assertEquals(0, lagi.diperbarui(), "the register already holds the file's values: nothing to update");
        assertEquals(3, lagi.dilewati(), "both rows, and the blank line that made the file another");
    }

    @Test
    void anUpdateOverARowChangedSinceThePreviewWritesNothing() throws IOException {
        Path p = dir.resolve("pembaruan.csv");
        Files.writeString(p, "NIK;NAMA;JK;ALAMAT;DESA;JENIS PMKS\n3604341708600001;Ujang Hidayat;L;Kp. Cibeber;Bandung;LUT\n"
                + "3604345708600003;Siti Maemunah;P;Kp. Baru;Mander;LUT\n");
        ImporPmks.Pratinjau pr = l.impor().pratinjau(p, ImporPmks.Opsi.bawaan().denganTahun(tahun).denganPerbarui(true), Kemajuan.DIAM);
        assertEquals(List.of(1, 1), List.of(pr.tambah().size(), pr.diperbarui()));
        Penduduk u = l.pmks().orang().denganNik("3604341708600001").orElseThrow();
        l.pmks().ubahPenduduk(new Penduduk(u.id(), u.nik(), u.noKk(), u.nama(), u.tempatLahir(), u.tanggalLahir(), u.jenisKelamin(),
                "Diubah di formulir", u.dusun(), u.rt(), u.rw(), u.desaKode(), u.namaIbu(), u.hubunganKeluarga(), u.telepon(), u.catatan(),
                u.version()), true);
        KesosException e = assertThrows(KesosException.class, () -> l.impor().jalankan(pr, Kemajuan.DIAM));
        assertTrue(e.getMessage().contains("Ujang Hidayat"), e.getMessage());
        assertEquals("Diubah di formulir", l.pmks().orang().denganNik("3604341708600001").orElseThrow().alamat());
        assertFalse(l.pmks().orang().denganNik("3604345708600003").isPresent(), "all or nothing: Siti was not added either");
        assertTrue(l.impor().riwayat().isEmpty());
    }

    @Test
    void theUserCorrectsTheColumnsAndConfirmsASuggestedDesa() throws IOException {
        Path p = dir.resolve("kolom.csv");
        Files.writeString(p, "NIK;NAMA;JK;DESA;JENIS PMKS;URAIAN;TELEPON\n"
                + "3604345708600003;Siti Maemunah;P;Panampng;LUT;tinggal sendiri;bukan nomor\n"
                + "3604344203550002;Enah;P;panampng;LUT;;-\n");
        ImporPmks.Opsi opsi = ImporPmks.Opsi.bawaan().denganTahun(tahun);
        ImporPmks.Pratinjau awal = l.impor().pratinjau(p, opsi, Kemajuan.DIAM);
        assertEquals(2, awal.tolak().size());
        assertEquals(1, awal.saranDesa().size(), "one suggestion for the name however it is written: " + awal.saranDesa());
        ImporPmks.SaranDesa saran = awal.saranDesa().getFirst();
        assertEquals(List.of("Panampng", "Panamping", 2), List.of(saran.teks(), saran.saran().nama(), saran.baris()));
        assertEquals(-1, awal.kepala().indeks(KolomPmks.KETERANGAN), "URAIAN is not a known column");

        // the user: URAIAN is the note, TELEPON is not to be read, Panampng is Panamping
        java.util.Map<Integer, KolomPmks> peta = new java.util.HashMap<>(awal.kepala().kolom());
        peta.put(5, KolomPmks.KETERANGAN);
        peta.remove(6);
        ImporPmks.Pratinjau benar = l.impor().pratinjau(p, opsi.denganPeta(peta)
                .denganDesaTerima(java.util.Map.of(saran.teks(), saran.saran().kode())), Kemajuan.DIAM);
        assertEquals(2, benar.tambah().size(), () -> benar.tolak().toString());
        assertTrue(benar.saranDesa().isEmpty());
        assertEquals("tinggal sendiri", benar.tambah().getFirst().entri().keterangan());
        assertEquals(saran.saran().kode(), benar.tambah().get(1).orang().desaKode(), "the confirmed name, in any case, is that desa");
        assertEquals(null, benar.tambah().getFirst().orang().telepon());
        assertEquals(awal.kepala().tanda(), benar.kepala().tanda(), "the same headers: the mapping is remembered under one mark");
    }
}
