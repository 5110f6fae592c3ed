package id.kesos.core.pmks;

import static id.kesos.core.db.jooq.Tables.AUDIT_LOG;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.validasi.PeringatanException;
import id.kesos.core.validasi.ValidasiException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PmksServiceTest extends id.kesos.UjiLayanan {
    PmksService svc;
    final int tahun = LocalDate.now().getYear();

    @BeforeEach
    void setUp() {
        svc = l.pmks();
    }

    static Penduduk siti() {
        return new Penduduk(null, "3604345708600003", "3604341201150007", "Siti Maemunah", "Serang", LocalDate.of(1960, 8, 17),
                JenisKelamin.P, "Kp. Pasir", null, "003", "001", "36.04.34.2001", null, 1, null, null, 0);
    }

    EntriPmks entri(String jenis) {
        return EntriPmks.baru(jenis, tahun, null, null);
    }

    @Test
    void personIsStoredOnceAndHoldsSeveralTypes() {
        PmksService.HasilSimpan h = svc.tambah(siti(), entri("PMKS-08"), false);
        assertEquals(List.of(), h.peringatan());
        DuplikatNikException dup = assertThrows(DuplikatNikException.class, () -> svc.tambah(siti(), entri("PMKS-24"), true));
        assertTrue(dup.getMessage().contains("sudah terdaftar atas nama Siti Maemunah (Desa Bandung)"), dup.getMessage());
        EntriPmks fm = new EntriPmks(null, null, null, "PMKS-24", tahun, null, null, null, null, null, null, null, null, 3, 0);
        svc.tambahJenis(dup.ada().id(), fm, false);
        assertEquals(1, l.db().dsl().fetchCount(PENDUDUK));
        assertEquals(2, svc.detail(h.penduduk().id()).orElseThrow().entri().size());
        // the family type took the person's own No. KK
        assertEquals("3604341201150007", svc.repository().entri(h.penduduk().id(), "PMKS-24", tahun).orElseThrow().kkKeluarga());
        // person + type + year only once
        ValidasiException v = assertThrows(ValidasiException.class, () -> svc.tambahJenis(h.penduduk().id(), entri("PMKS-08"), true));
        assertTrue(v.getMessage().contains("sudah tercatat sebagai Lanjut Usia Telantar tahun " + tahun), v.getMessage());
    }

    @Test
    void invalidInputStoresNothing() {
        Penduduk salah = new Penduduk(null, "3604343208600003", null, " ", null, LocalDate.now().plusDays(3), null, null, null, "12345",
                null, "36.04.01.2001", null, 9, null, null, 0);
        ValidasiException e = assertThrows(ValidasiException.class, () -> svc.tambah(salah, entri("PMKS-99"), true));
        var h = e.hasil();
        assertTrue(h.untuk("NIK").isPresent());
        assertEquals("Nama wajib diisi.", h.untuk("NAMA").orElseThrow());
        assertTrue(h.untuk("TANGGAL_LAHIR").orElseThrow().contains("masa depan"));
        assertTrue(h.untuk("JENIS_KELAMIN").isPresent());
        assertTrue(h.untuk("RT").orElseThrow().contains("1 sampai 3 angka"));
        assertTrue(h.untuk("DESA").orElseThrow().contains("bukan desa/kelurahan kecamatan ini"));
        assertTrue(h.untuk("HUBUNGAN_KELUARGA").isPresent());
        assertTrue(h.untuk("JENIS").orElseThrow().contains("PMKS-99"));
        assertEquals(0, l.db().dsl().fetchCount(PENDUDUK));
        assertEquals(0, l.db().dsl().fetchCount(PMKS));
        assertEquals(0, l.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.TABEL.ne("kantor")));
    }

    @Test
    void warningsAreSavedOnlyOnceAccepted() {
        Penduduk p = new Penduduk(null, "3604341708600001", null, "Ujang", null, LocalDate.of(1960, 8, 18), JenisKelamin.L, null, null,
                null, null, "36.04.34.2002", null, null, null, null, 0);
        PeringatanException w = assertThrows(PeringatanException.class, () -> svc.tambah(p, entri("PMKS-01"), false));
        assertEquals(2, w.peringatan().size(), w.getMessage());
        assertTrue(w.peringatan().stream().anyMatch(x -> x.teks().contains("di luar batas umur Anak Balita Telantar")));
        assertTrue(w.peringatan().stream().anyMatch(x -> x.teks().contains("17-08-1960")));
        assertEquals(0, l.db().dsl().fetchCount(PENDUDUK));
        assertEquals(2, svc.tambah(p, entri("PMKS-01"), true).peringatan().size());
        assertEquals(1, l.db().dsl().fetchCount(PENDUDUK));
    }

    @Test
    void possibleDuplicateWithoutNikIsAWarningListingTheCandidate() {
        Penduduk tanpaNik = new Penduduk(null, null, null, "Siti  MAEMUNAH", null, LocalDate.of(1960, 8, 17), JenisKelamin.P, null, null,
                null, null, "36.04.34.2001", null, null, null, null, 0);
        svc.tambah(siti(), entri("PMKS-08"), false);
        PeringatanException w = assertThrows(PeringatanException.class, () -> svc.tambah(tanpaNik, entri("PMKS-08"), false));
        assertTrue(w.getMessage().contains("Mungkin data ganda") && w.getMessage().contains("Siti Maemunah (NIK 3604345708600003)"),
                w.getMessage());
    }

    @Test
    void statusWorkflowKeepsHistoryAndRefusesStaleVersions() {
        EntriPmks e = svc.tambah(siti(), entri("PMKS-08"), false).entri();
        KesosException tanpaAlasan = assertThrows(KesosException.class, () -> svc.ubahStatus(e.id(), e.version(), StatusPmks.DITOLAK, " "));
        assertTrue(tanpaAlasan.getMessage().contains("Alasan wajib diisi"));
        KesosException lompat = assertThrows(KesosException.class,
                () -> svc.ubahStatus(e.id(), e.version(), StatusPmks.TIDAK_AKTIF, "Meninggal dunia"));
        assertTrue(lompat.getMessage().contains("Usulan tidak dapat diubah menjadi Tidak aktif"), lompat.getMessage());
        EntriPmks v = svc.ubahStatus(e.id(), e.version(), StatusPmks.TERVERIFIKASI, null);
        KesosException basi = assertThrows(KesosException.class, () -> svc.ubahStatus(e.id(), e.version(), StatusPmks.DITOLAK, "x"));
        assertTrue(basi.getMessage().contains("diubah di jendela lain"));
        svc.ubahStatus(v.id(), v.version(), StatusPmks.TIDAK_AKTIF, "Meninggal dunia");
        List<RiwayatStatus> r = svc.repository().riwayat(e.id());
        assertEquals(3, r.size());
        assertEquals(null, r.get(0).dari());
        assertEquals(StatusPmks.TERVERIFIKASI, r.get(1).ke());
        assertEquals(StatusPmks.TIDAK_AKTIF, r.get(2).ke());
        assertEquals("Meninggal dunia", r.get(2).alasan());
        assertEquals(System.getProperty("user.name"), r.get(2).pengguna());
    }

    @Test
    void deleteIsSoftAuditedAndTheEntryCanBeEnteredAgain() {
        PmksService.HasilSimpan h = svc.tambah(siti(), entri("PMKS-08"), false);
        svc.hapus(h.entri().id(), h.entri().version());
        assertEquals(0, svc.repository().jumlahAktif());
        assertEquals(1, l.db().dsl().fetchCount(PMKS), "the row stays");
        var audit = l.db().dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.TABEL.eq("pmks")).and(AUDIT_LOG.AKSI.eq("hapus")).fetchOne();
        assertTrue(audit.getNilaiLama().contains("\"jenis_kode\":\"PMKS-08\""));
        svc.tambahJenis(h.penduduk().id(), entri("PMKS-08"), false);
        assertEquals(1, svc.repository().jumlahAktif());
    }

    @Test
    void editOfAPersonIsAuditedAndOptimisticallyLocked() {
        Penduduk p = svc.tambah(siti(), entri("PMKS-08"), false).penduduk();
        Penduduk ubah = new Penduduk(p.id(), p.nik(), p.noKk(), "Siti Maemunah Binti Ahmad", p.tempatLahir(), p.tanggalLahir(),
                p.jenisKelamin(), p.alamat(), p.dusun(), p.rt(), p.rw(), p.desaKode(), p.namaIbu(), p.hubunganKeluarga(), p.telepon(),
                p.catatan(), p.version());
        svc.ubahPenduduk(ubah, false);
        assertThrows(KesosException.class, () -> svc.ubahPenduduk(ubah, false));
        var a = l.db().dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.TABEL.eq("penduduk")).and(AUDIT_LOG.AKSI.eq("ubah")).fetchOne();
        assertTrue(a.getNilaiLama().contains("\"nama\":\"Siti Maemunah\""));
        assertTrue(a.getNilaiBaru().contains("\"nama\":\"Siti Maemunah Binti Ahmad\""));
    }

    @Test
    void searchFindsByNameNikAndKkAndFollowsWrites() {
        svc.siapkanIndeks();
        PmksService.HasilSimpan h = svc.tambah(siti(), entri("PMKS-08"), false);
        assertEquals(1, svc.cari(FilterPmks.SEMUA.withTeks("maemu"), Urutan.NAMA, true, 0, 10).total());
        assertEquals(1, svc.cari(FilterPmks.SEMUA.withTeks("3604 3457"), Urutan.NAMA, true, 0, 10).total());
        assertEquals(1, svc.cari(FilterPmks.SEMUA.withTeks("36043412011"), Urutan.NAMA, true, 0, 10).total());
        // words in any order, each a part of the name, or a number part of the NIK or No. KK
        assertEquals(1, svc.cari(FilterPmks.SEMUA.withTeks("maemunah siti"), Urutan.NAMA, true, 0, 10).total());
        assertEquals(1, svc.cari(FilterPmks.SEMUA.withTeks("  sit   maem "), Urutan.NAMA, true, 0, 10).total());
        assertEquals(1, svc.cari(FilterPmks.SEMUA.withTeks("siti 3457"), Urutan.NAMA, true, 0, 10).total());
        assertEquals(0, svc.cari(FilterPmks.SEMUA.withTeks("siti rohman"), Urutan.NAMA, true, 0, 10).total());
        assertEquals(0, svc.cari(FilterPmks.SEMUA.withTeks("siti 9999"), Urutan.NAMA, true, 0, 10).total());
        FilterPmks belum = new FilterPmks(null, null, null, null, null, null, null, false);
        assertEquals(1, svc.cari(belum, Urutan.NAMA, true, 0, 10).total());
        svc.tambahBantuan(new Bantuan(null, h.penduduk().id(), ProgramBantuan.PERMAKANAN, LocalDate.now(), null, "Paket permakanan",
                SumberDana.APBD, null));
        assertEquals(0, svc.cari(belum, Urutan.NAMA, true, 0, 10).total(), "the index follows the write");
        BarisPmks b = svc.cari(FilterPmks.SEMUA, Urutan.NAMA, true, 0, 10).baris().getFirst();
        assertTrue(b.adaBantuan());
        assertEquals("Bandung", b.desaNama());
        assertEquals("LUT", b.jenisSingkatan());
        assertEquals(1, svc.cari(new FilterPmks(null, null, null, null, null, null, "lansia_telantar", null), Urutan.NAMA, true, 0, 10)
                .total());
    }

    @Test
    void aGroupIsEnteredWithoutANikAndFoundByName() {
        svc.siapkanIndeks();
        ValidasiException bukanKelompok = assertThrows(ValidasiException.class,
                () -> svc.tambahKelompok(new Kelompok(null, "Kelompok X", null, "36.04.34.2001", 3, 10), entri("PMKS-08")));
        assertTrue(bukanKelompok.getMessage().contains("Komunitas Adat Terpencil (PMKS-26)"));
        ValidasiException jumlah = assertThrows(ValidasiException.class,
                () -> svc.tambahKelompok(new Kelompok(null, "Kasepuhan Cibeber", null, "36.04.34.2001", 12, 5), entri("PMKS-26")));
        assertTrue(jumlah.getMessage().contains("tidak kurang dari jumlah KK"));
        svc.tambahKelompok(new Kelompok(null, "Kasepuhan Cibeber", "Blok Leuwi", "36.04.34.2006", 12, 41), entri("PMKS-26"));
        Halaman<BarisPmks> h = svc.cari(FilterPmks.SEMUA.withTeks("kasepuhan"), Urutan.NAMA, true, 0, 10);
        assertEquals(1, h.total());
        assertEquals("Blokang", h.baris().getFirst().desaNama());
        assertEquals(null, h.baris().getFirst().nik());
        assertEquals(1, svc.repository().jumlahAktif());
    }

    @Test
    void editingAnEntryKeepsItsStatusAndRefusesADuplicateTypeYear() {
        PmksService.HasilSimpan h = svc.tambah(siti(), entri("PMKS-08"), false);
        EntriPmks fm = svc.tambahJenis(h.penduduk().id(), new EntriPmks(null, null, null, "PMKS-24", tahun, null, null, null, null, null,
                null, null, null, 3, 0), false).entri();
        EntriPmks ubah = new EntriPmks(fm.id(), null, null, "PMKS-24", tahun, StatusPmks.TERVERIFIKASI, null, SumberData.TKSK, null,
                "TKSK Bandung", null, "Rumah tidak layak huni", null, 5, fm.version());
        EntriPmks baru = svc.ubahEntri(ubah);
        assertEquals(StatusPmks.USULAN, baru.status(), "the status changes only through its own workflow");
        assertEquals(5, baru.jumlahAnggota());
        assertEquals(SumberData.TKSK, baru.sumber());
        ValidasiException dup = assertThrows(ValidasiException.class, () -> svc.ubahEntri(new EntriPmks(baru.id(), null, null, "PMKS-08",
                tahun, null, null, null, null, null, null, null, null, null, baru.version())));
        assertTrue(dup.getMessage().contains("sudah tercatat sebagai Lanjut Usia Telantar"));
        assertThrows(KesosException.class, () -> svc.ubahEntri(ubah), "stale version");
    }

    @Test
    void aGroupsStatusChangesLikeAPersons() {
        svc.siapkanIndeks();
        EntriPmks e = svc.tambahKelompok(new Kelompok(null, "Kasepuhan Cibeber", null, "36.04.34.2006", 12, 41), entri("PMKS-26"));
        svc.ubahStatus(e.id(), e.version(), StatusPmks.TERVERIFIKASI, null);
        DetailKelompok d = svc.detailKelompok(e.kelompokId()).orElseThrow();
        assertEquals(StatusPmks.TERVERIFIKASI, d.entri().getFirst().entri().status());
        assertEquals(2, d.entri().getFirst().riwayat().size());
        FilterPmks verified = new FilterPmks("cibeber", null, null, StatusPmks.TERVERIFIKASI, null, null, null, null);
        assertEquals(1, svc.cari(verified, Urutan.NAMA, true, 0, 10).total(), "the index follows the group's status");
    }

    @Test
    void bantuanNeedsAValueOrGoods() {
        Penduduk p = svc.tambah(siti(), entri("PMKS-08"), false).penduduk();
        ValidasiException e = assertThrows(ValidasiException.class,
                () -> svc.tambahBantuan(new Bantuan(null, p.id(), ProgramBantuan.PKH, LocalDate.now(), null, " ", SumberDana.APBN, null)));
        assertTrue(e.getMessage().contains("nilai bantuan dalam rupiah, atau barang"));
    }
}
