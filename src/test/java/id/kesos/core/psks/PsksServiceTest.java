package id.kesos.core.psks;

import id.kesos.UjiKantor;
import static id.kesos.core.db.jooq.Tables.AUDIT_LOG;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PSKS;
import static id.kesos.core.db.jooq.Tables.PSKS_DIKLAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.FilterPmks;
import id.kesos.core.pmks.Urutan;
import id.kesos.core.validasi.PeringatanException;
import id.kesos.core.validasi.ValidasiException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsksServiceTest {
    static final String DESA_1 = "36.04.34.2001";
    static final String DESA_2 = "36.04.34.2002";

    @TempDir
    Path dir;
    Layanan l;
    PsksService svc;

    @BeforeEach
    void setUp() {
        l = Layanan.buka(new DataDir(dir));
        UjiKantor.pasang(l);
        svc = l.psks();
    }

    @AfterEach
    void tearDown() {
        l.close();
    }

    static Penduduk orang(String nik, String nama, JenisKelamin jk, LocalDate lahir) {
        return new Penduduk(null, nik, null, nama, null, lahir, jk, "Kp. Pasir", null, null, null, DESA_1, null, null, "0812 3456 7890",
                null, 0);
    }

    static Psks.Builder psm() {
        return Psks.baru("PSKS-02").orang(orang("3604346005900002", "Euis Rahmawati", JenisKelamin.P, LocalDate.of(1990, 5, 20)))
                .pendidikan(Pendidikan.SLTA).mulaiAktif(2015).legalitas(Legalitas.DASAR).nomorSk("SK-PSM/12/2015")
                .pendampingan(EnumSet.of(Pendampingan.PKH, Pendampingan.LANSIA))
                .diklat(List.of(new Diklat("Diklat dasar PSM", "Dinas Sosial Kab. Serang", 2016), new Diklat("Bimtek SIKS-NG", "Kemensos", 2022)))
                .email("euis@example.org");
    }

    @Test
    void aPersonIsStoredOnceWithTrainingAndAudit() {
        PsksService.HasilSimpan h = svc.simpan(psm().build(), false);
        assertEquals(List.of(), h.peringatan());
        Psks p = svc.repository().psks(h.psks().id()).orElseThrow();
        assertEquals("Euis Rahmawati", p.namaTampil());
        assertEquals("3604346005900002", p.orang().nik());
        assertEquals(Legalitas.DASAR, p.legalitas());
        assertEquals(EnumSet.of(Pendampingan.PKH, Pendampingan.LANSIA), p.pendampingan());
        assertEquals(List.of(new Diklat("Diklat dasar PSM", "Dinas Sosial Kab. Serang", 2016), new Diklat("Bimtek SIKS-NG", "Kemensos", 2022)),
                p.diklat());
        assertTrue(p.aktif());
        assertEquals(1, l.db().dsl().fetchCount(PENDUDUK));
        assertEquals(1, l.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.TABEL.eq("psks")));
        assertEquals(1, l.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.TABEL.eq("penduduk")));
    }

    @Test
    void anInvalidNikIsRefusedWithThePmksMessageAndNothingIsStored() {
        Psks p = psm().orang(orang("3604341513900002", "Euis", JenisKelamin.P, null)).build();
        ValidasiException e = assertThrows(ValidasiException.class, () -> svc.simpan(p, true));
        assertTrue(e.hasil().untuk("NIK").orElseThrow().contains("bulan"), e.getMessage());
        assertEquals(0, l.db().dsl().fetchCount(PSKS));
        assertEquals(0, l.db().dsl().fetchCount(PENDUDUK));
        assertEquals(0, l.db().dsl().fetchCount(PSKS_DIKLAT));
    }

    @Test
    void taganaOutsideEighteenToFortyIsAWarning() {
        Psks tua = Psks.baru("PSKS-03").orang(orang("3604341001800003", "Dadang Suryadi", JenisKelamin.L, LocalDate.of(1980, 1, 10))).build();
        PeringatanException w = assertThrows(PeringatanException.class, () -> svc.simpan(tua, false));
        assertTrue(w.getMessage().contains("18-40"), w.getMessage());
        assertEquals(0, l.db().dsl().fetchCount(PSKS));
        PsksService.HasilSimpan h = svc.simpan(tua, true);
        assertEquals(1, h.peringatan().size());
        Psks muda = Psks.baru("PSKS-03").orang(orang("3604341503000001", "Asep Saputra", JenisKelamin.L, LocalDate.of(2000, 3, 15))).build();
        assertEquals(List.of(), svc.simpan(muda, false).peringatan());
    }

    @Test
    void aSecondActiveTkskIsAWarning() {
        svc.simpan(Psks.baru("PSKS-11").orang(orang("3604340107750004", "Agus Hidayat", JenisKelamin.L, LocalDate.of(1975, 7, 1))).build(),
                false);
        Psks kedua = Psks.baru("PSKS-11").orang(orang("3604341503000001", "Asep Saputra", JenisKelamin.L, LocalDate.of(2000, 3, 15))).build();
        PeringatanException w = assertThrows(PeringatanException.class, () -> svc.simpan(kedua, false));
        assertTrue(w.getMessage().contains("Agus Hidayat"), w.getMessage());
        assertTrue(w.getMessage().contains("satu TKSK per kecamatan"), w.getMessage());
    }

    @Test
    void onePersonInSeveralTypesIsLinkedAndShownOnTheRecord() {
        Psks a = svc.simpan(psm().build(), false).psks();
        Psks tagana = Psks.baru("PSKS-03").orang(orang("3604346005900002", "Euis Rahmawati", JenisKelamin.P, LocalDate.of(1990, 5, 20)))
                .build();
        PeringatanException w = assertThrows(PeringatanException.class, () -> svc.simpan(tagana, false));
        assertTrue(w.getMessage().contains("PSM"), w.getMessage());
        Psks b = svc.simpan(tagana, true).psks();
        assertEquals(a.orang().id(), b.orang().id(), "the same person, not a copy");
        assertEquals(1, l.db().dsl().fetchCount(PENDUDUK));
        DetailPsks d = svc.detail(b.id()).orElseThrow();
        assertEquals(List.of("PSM"), d.peranLain().stream().map(Peran::singkatan).toList());
        ValidasiException dup = assertThrows(ValidasiException.class, () -> svc.simpan(psm().build(), true));
        assertTrue(dup.getMessage().contains("sudah terdaftar sebagai Pekerja Sosial Masyarakat"), dup.getMessage());
    }

    @Test
    void aPmksPersonBecomingAPillarIsTheSamePerson() {
        Penduduk siti = new Penduduk(null, "3604345708600003", "3604341201150007", "Siti Maemunah", "Serang", LocalDate.of(1960, 8, 17),
                JenisKelamin.P, "Kp. Pasir", null, "003", "001", DESA_1, null, 1, null, null, 0);
        l.pmks().tambah(siti, EntriPmks.baru("PMKS-08", LocalDate.now().getYear(), null, null), true);
        Psks wpks = Psks.baru("PSKS-09").orang(new Penduduk(null, "3604345708600003", null, "Siti Maemunah", null, LocalDate.of(1960, 8, 17),
                JenisKelamin.P, null, null, null, null, DESA_1, null, null, "081200001111", null, 0)).build();
        Psks p = svc.simpan(wpks, true).psks();
        Penduduk o = l.pmks().orang().penduduk(p.orang().id()).orElseThrow();
        assertEquals("3604341201150007", o.noKk(), "what the PSKS form does not have is kept");
        assertEquals("081200001111", o.telepon());
        assertEquals(List.of("Lanjut Usia Telantar " + LocalDate.now().getYear()), svc.detail(p.id()).orElseThrow().pmks());

        // her name corrected through the PSKS register: the PMKS list finds her under the new name at once
        l.pmks().siapkanIndeks();
        Penduduk baru = new Penduduk(o.id(), o.nik(), o.noKk(), "Siti Maemunah Rahayu", o.tempatLahir(), o.tanggalLahir(),
                o.jenisKelamin(), o.alamat(), o.dusun(), o.rt(), o.rw(), o.desaKode(), o.namaIbu(), o.hubunganKeluarga(), o.telepon(),
                o.catatan(), o.version());
        svc.simpan(svc.repository().psks(p.id()).orElseThrow().denganOrang(baru), false);
        assertEquals(1, l.pmks().cari(FilterPmks.SEMUA.withTeks("rahayu"), Urutan.NAMA, true, 0, 10).total());
    }

    @Test
    void institutionsDesaMustBeInTheKecamatanOrAtKecamatanLevel() {
        Psks luar = Psks.baru("PSKS-04").nama("LKS Al-Ikhlas").desaKode("36.04.33.2001").build();
        ValidasiException e = assertThrows(ValidasiException.class, () -> svc.simpan(luar, true));
        assertTrue(e.hasil().untuk("DESA").isPresent());
        Psks kec = svc.simpan(Psks.baru("PSKS-05").nama("Karang Taruna Kecamatan Bandung").ketua("Deden Permana")
                .klasifikasi(Klasifikasi.BERKEMBANG).tahunBerdiri(1985).nomorSk("SK Camat 400/12/2019").build(), false).psks();
        assertNull(kec.desaKode());
        assertEquals(Legalitas.TERDAFTAR, kec.legalitas(), "an institution with an SK is registered");
        assertEquals(Klasifikasi.BERKEMBANG, kec.klasifikasi());
        Psks lks = svc.simpan(Psks.baru("PSKS-04").nama("LKS Al-Ikhlas").desaKode(DESA_1).klasifikasi(Klasifikasi.MAJU).build(), false)
                .psks();
        assertNull(lks.klasifikasi(), "only Karang Taruna carries a classification");
        assertEquals(Legalitas.TIDAK_ADA, lks.legalitas());
    }

    @Test
    void aSecondKarangTarunaInOneDesaIsAWarning() {
        svc.simpan(Psks.baru("PSKS-05").nama("Karang Taruna Tunas Muda").desaKode(DESA_1).build(), false);
        svc.simpan(Psks.baru("PSKS-05").nama("Karang Taruna Bina Remaja").desaKode(DESA_2).build(), false);
        PeringatanException w = assertThrows(PeringatanException.class,
                () -> svc.simpan(Psks.baru("PSKS-05").nama("Karang Taruna Harapan").desaKode(DESA_1).build(), false));
        assertTrue(w.getMessage().contains("Tunas Muda"), w.getMessage());
    }

    @Test
    void aFamilyNeedsAValidKk() {
        Psks salah = Psks.baru("PSKS-07").nama("Endang Kusnadi").noKk("360434120115001").desaKode(DESA_2).build();
        ValidasiException e = assertThrows(ValidasiException.class, () -> svc.simpan(salah, true));
        assertTrue(e.hasil().untuk("NO_KK").isPresent(), e.getMessage());
        Psks ok = svc.simpan(Psks.baru("PSKS-07").nama("Endang Kusnadi").noKk("'3604 3412.0115 0001").desaKode(DESA_2)
                .uraian("Mempelopori bank sampah RW 03").build(), false).psks();
        assertEquals("3604341201150001", ok.noKk());
        assertEquals(Bentuk.KELUARGA, svc.jenis(ok.jenisKode()).orElseThrow().bentuk());
    }

    @Test
    void aBusinessIsStoredWithItsSupport() {
        Psks du = svc.simpan(Psks.baru("PSKS-12").nama("PT Sinar Serang").bidang("Pengolahan makanan").narahubung("Bapak Hendra")
                .dukungan("Paket sembako 200 KK per tahun").telepon("0254 123456").build(), false).psks();
        Psks p = svc.repository().psks(du.id()).orElseThrow();
        assertEquals("Paket sembako 200 KK per tahun", p.dukungan());
        assertEquals("Bapak Hendra", p.narahubung());
    }

    @Test
    void deactivateNeedsReasonAndDateAndCanBeUndone() {
        Psks p = svc.simpan(psm().build(), false).psks();
        ValidasiException e = assertThrows(ValidasiException.class, () -> svc.nonaktifkan(p.id(), p.version(), LocalDate.now(), " "));
        assertTrue(e.hasil().untuk("ALASAN").isPresent());
        Psks non = svc.nonaktifkan(p.id(), p.version(), LocalDate.now().minusDays(3), "Pindah domisili");
        assertFalse(non.aktif());
        assertEquals("Pindah domisili", non.nonaktifAlasan());
        assertEquals(1, svc.cari(new FilterPsks(null, null, null, false, null)).total());
        assertEquals(0, svc.cari(new FilterPsks(null, null, null, true, null)).total());
        assertThrows(KesosException.class, () -> svc.nonaktifkan(p.id(), p.version(), LocalDate.now(), "x"), "stale version");
        Psks lagi = svc.aktifkan(non.id(), non.version());
        assertTrue(lagi.aktif());
        assertNull(lagi.nonaktifTanggal());
    }

    @Test
    void pilarLainTypesJoinTheOfficialTwelve() {
        JenisPsks pkh = svc.tambahJenis("Pendamping PKH", "PPKH", Bentuk.PERSEORANGAN);
        assertEquals("PSKS-L01", pkh.kode());
        assertEquals(13, svc.jenis().size());
        assertEquals("PSKS-L01", svc.jenis().getLast().kode());
        assertThrows(ValidasiException.class, () -> svc.tambahJenis("pendamping pkh", "X", Bentuk.PERSEORANGAN));
        Psks p = svc.simpan(Psks.baru("PSKS-L01").orang(orang("3604341503000001", "Asep Saputra", JenisKelamin.L,
                LocalDate.of(2000, 3, 15))).build(), false).psks();
        assertEquals(1, svc.cari(new FilterPsks(null, "PSKS-L01", null, null, null)).total());
        assertEquals("PPKH", svc.cari(FilterPsks.SEMUA).baris().getFirst().jenisSingkatan());
        assertEquals(p.id(), svc.cari(FilterPsks.SEMUA).baris().getFirst().id());
    }

    @Test
    void editsCheckTheVersionAndTheLinkedPetugasFollowsTheNewName() {
        Psks p = svc.simpan(psm().build(), false).psks();
        Penduduk warga = new Penduduk(null, null, null, "Ujang", null, LocalDate.of(1950, 1, 1), JenisKelamin.L, null, null, null, null,
                DESA_1, null, null, null, null, 0);
        EntriPmks e = new EntriPmks(null, null, null, "PMKS-15", LocalDate.now().getYear(), null, null, null, null, null, p.id(), null, null,
                null, 0);
        EntriPmks entri = l.pmks().tambah(warga, e, true).entri();
        assertEquals(p.id(), entri.petugasPsksId());
        Psks diubah = p.ubah().orang(p.orang().withId(p.orang().id(), p.orang().version())).build();
        diubah = diubah.denganOrang(new Penduduk(p.orang().id(), p.orang().nik(), null, "Euis Rahmawati Dewi", null,
                p.orang().tanggalLahir(), JenisKelamin.P, "Kp. Pasir", null, null, null, DESA_1, null, null, null, null, p.orang().version()));
        Psks baru = svc.simpan(diubah, false).psks();
        assertEquals("Euis Rahmawati Dewi", svc.repository().ringkas(entri.petugasPsksId()).orElseThrow().nama());
        Psks basi = diubah;
        assertThrows(KesosException.class, () -> svc.simpan(basi, true), "stale version");
        assertEquals(baru.version(), svc.repository().psks(p.id()).orElseThrow().version());
    }

    @Test
    void searchAndFilters() {
        svc.simpan(psm().build(), false);
        svc.simpan(Psks.baru("PSKS-05").nama("Karang Taruna Kecamatan").ketua("Deden Permana").build(), false);
        svc.simpan(Psks.baru("PSKS-05").nama("Karang Taruna Tunas Muda").desaKode(DESA_1).nomorSk("SK 1").build(), false);
        assertEquals(1, svc.cari(new FilterPsks("euis", null, null, null, null)).total());
        assertEquals(1, svc.cari(new FilterPsks("360434600", null, null, null, null)).total(), "NIK prefix");
        assertEquals(1, svc.cari(new FilterPsks("deden", null, null, null, null)).total(), "ketua");
        assertEquals(1, svc.cari(new FilterPsks(null, null, FilterPsks.KECAMATAN, null, null)).total());
        assertEquals(2, svc.cari(new FilterPsks(null, null, DESA_1, null, null)).total());
        assertEquals(1, svc.cari(new FilterPsks(null, null, null, null, Legalitas.TERDAFTAR)).total());
        assertEquals(1, svc.cari(new FilterPsks(null, null, null, null, Legalitas.DASAR)).total());
    }
}
