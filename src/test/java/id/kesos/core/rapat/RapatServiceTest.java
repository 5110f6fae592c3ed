package id.kesos.core.rapat;

import id.kesos.UjiKantor;
import static id.kesos.core.db.jooq.Tables.AUDIT_LOG;
import static id.kesos.core.db.jooq.Tables.RAPAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.psks.Psks;
import id.kesos.core.validasi.ValidasiException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class RapatServiceTest {
    @TempDir
    Path dir;
    Layanan l;
    RapatService svc;

    @BeforeEach
    void setUp() {
        l = Layanan.buka(new DataDir(dir));
        UjiKantor.pasang(l);
        svc = l.rapat();
    }

    @AfterEach
    void tearDown() {
        l.close();
    }

    static final Pejabat CAMAT = new Pejabat("Drs. Budi Santoso", "Camat Bandung", "Pembina (IV/a)", "1970 0101 1990 03 1 001");

    public static Rapat rapat(LocalDate tgl, List<TindakLanjut> tl) {
        return new Rapat(null, "Rakor Kesos", JenisRapat.RAKOR_BULANAN, tgl, LocalTime.of(9, 0), LocalTime.of(11, 30), "Aula Kecamatan",
                CAMAT, new Pejabat("Siti", "Kasi Kesos", null, null), "Dibuka oleh Camat.", "Data diperbarui.", null,
                List.of(new AgendaRapat("Verivali PMKS", "Operator desa melaporkan data ganda.", "Diperbaiki.", null),
                        new AgendaRapat("Aktivasi Karang Taruna", null, null, null)),
                List.of(new PesertaRapat(null, null, "Budi", "Camat", Unsur.KECAMATAN, null, JenisKelamin.L, null, Kehadiran.HADIR),
                        new PesertaRapat(null, null, "Asep", "Kepala Desa", Unsur.DESA, "Desa Bandung", JenisKelamin.L, null, Kehadiran.IZIN)),
                tl, null, 0);
    }

    @Test
    void aDraftMayBeIncompleteButFinalNeedsTheRequiredFields() {
        Rapat kosong = new Rapat(null, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                null, 0);
        Rapat draf = svc.simpan(kosong);
        assertEquals(StatusRapat.DRAFT, draf.status());
        ValidasiException e = assertThrows(ValidasiException.class, () -> svc.finalkan(draf));
        for (String f : List.of("JUDUL", "TANGGAL", "TEMPAT", "PIMPINAN")) {
            assertTrue(e.hasil().untuk(f).isPresent(), f + ": " + e.getMessage());
        }
        assertEquals(StatusRapat.DRAFT, svc.rapat(draf.id()).orElseThrow().status(), "nothing finalised half-way");
    }

    @Test
    void endBeforeStartAndAnAttendeeWithoutNameAreRefused() {
        Rapat r = rapat(LocalDate.of(2026, 11, 23), List.of());
        Rapat jam = new Rapat(null, r.judul(), r.jenis(), r.tanggal(), LocalTime.of(10, 0), LocalTime.of(9, 0), r.tempat(), r.pimpinan(),
                r.notulis(), null, null, null, r.agenda(), r.peserta(), List.of(), null, 0);
        ValidasiException e = assertThrows(ValidasiException.class, () -> svc.simpan(jam));
        assertEquals("Jam selesai (09.00) harus sesudah jam mulai (10.00).", e.hasil().untuk("JAM_SELESAI").orElseThrow());
        Rapat tanpaNama = new Rapat(null, r.judul(), r.jenis(), r.tanggal(), null, null, r.tempat(), r.pimpinan(), r.notulis(), null, null,
                null, List.of(), List.of(new PesertaRapat(null, null, " ", "Sekdes", Unsur.DESA, null, null, null, null)), List.of(), null, 0);
        ValidasiException p = assertThrows(ValidasiException.class, () -> svc.simpan(tanpaNama));
        assertTrue(p.hasil().untuk("PESERTA").orElseThrow().startsWith("Peserta 1: Nama wajib diisi"), p.getMessage());
        assertEquals(0, l.db().dsl().fetchCount(RAPAT));
    }

    @Test
    void finalLocksAndReopeningIsAudited() {
        Rapat f = svc.finalkan(rapat(LocalDate.of(2026, 11, 23), List.of()));
        assertEquals(StatusRapat.FINAL, f.status());
        assertEquals("197001011990031001", f.pimpinan().nip(), "NIP stored without spaces");
        assertEquals(2, f.agenda().size());
        assertEquals(1, f.jumlahHadir());
        KesosException e = assertThrows(KesosException.class, () -> svc.simpan(f));
        assertTrue(e.getMessage().contains("sudah final"));
        Rapat buka = svc.bukaKembali(f.id(), f.version(), "Salah tulis nama peserta");
        assertEquals(StatusRapat.DRAFT, buka.status());
        assertTrue(l.db().dsl().fetchExists(AUDIT_LOG, AUDIT_LOG.TABEL.eq("rapat").and(AUDIT_LOG.NILAI_BARU.contains("Salah tulis nama"))));
        assertThrows(KesosException.class, () -> svc.bukaKembali(f.id(), f.version(), "x"), "stale version");
    }

    @Test
    void followUpsAreTrackedAcrossMeetingsAndKeepTheirIds() {
        LocalDate hariIni = LocalDate.now();
        Rapat a = svc.finalkan(rapat(hariIni.minusDays(60), List.of(
                new TindakLanjut(null, "Perbaiki data ganda", "Operator desa", hariIni.minusDays(10), null, null),
                new TindakLanjut(null, "SK Karang Taruna", "Kepala desa", hariIni.plusDays(10), null, null))));
        assertEquals(List.of("Perbaiki data ganda"), svc.lewatBatasWaktu(hariIni).stream().map(t -> t.tindakLanjut().uraian()).toList());
        assertEquals(1, l.ringkasan().ringkasan().tindakLanjutLewat().size(), "Beranda lists it");
        TindakLanjutTerbuka lewat = svc.tindakLanjutTerbuka(null).getFirst();
        // carried into the next meeting's agenda
        Rapat b0 = rapat(hariIni, List.of());
        Rapat b = svc.simpan(new Rapat(null, b0.judul(), b0.jenis(), b0.tanggal(), null, null, b0.tempat(), b0.pimpinan(), b0.notulis(),
                null, null, null, List.of(new AgendaRapat("Tindak lanjut: " + lewat.tindakLanjut().uraian(), "Sudah 5 desa.", null,
                        lewat.tindakLanjut().id())), List.of(), List.of(), null, 0));
        assertEquals(2, svc.tindakLanjutTerbuka(b.id()).size());
        svc.ubahTindakLanjut(lewat.tindakLanjut().id(), StatusTindakLanjut.SELESAI, "Selesai");
        assertEquals(List.of(), svc.lewatBatasWaktu(hariIni), "tracked even though meeting A is final");
        // editing A after reopening keeps the follow-up ids the later meeting refers to
        Rapat a2 = svc.bukaKembali(a.id(), a.version(), "koreksi");
        Rapat a3 = svc.simpan(a2);
        assertEquals(a.tindakLanjut().stream().map(TindakLanjut::id).toList(), a3.tindakLanjut().stream().map(TindakLanjut::id).toList());
        KesosException e = assertThrows(KesosException.class, () -> svc.simpan(new Rapat(a3.id(), a3.judul(), a3.jenis(), a3.tanggal(),
                a3.jamMulai(), a3.jamSelesai(), a3.tempat(), a3.pimpinan(), a3.notulis(), null, null, null, a3.agenda(), a3.peserta(),
                List.of(a3.tindakLanjut().get(1)), null, a3.version())));
        assertTrue(e.getMessage().contains("sudah dibahas di rapat lain"), e.getMessage());
    }

    @Test
    void onlyADraftCanBeDeleted() {
        Rapat draf = svc.simpan(rapat(LocalDate.of(2026, 11, 23), List.of()));
        Rapat fin = svc.finalkan(rapat(LocalDate.of(2026, 10, 20), List.of()));
        assertThrows(KesosException.class, () -> svc.hapusDraft(fin.id(), fin.version()));
        svc.hapusDraft(draf.id(), draf.version());
        assertEquals(List.of(fin.id()), svc.daftar().stream().map(BarisRapat::id).toList());
        assertTrue(l.db().dsl().fetchExists(AUDIT_LOG, AUDIT_LOG.TABEL.eq("rapat").and(AUDIT_LOG.AKSI.eq("hapus"))));
    }

    @Test
    void thePaperChoiceIsKept() {
        assertEquals(id.kesos.core.cetak.Kertas.A4, l.kantor().kertas(), "A4 until chosen");
        l.kantor().setKertas(id.kesos.core.cetak.Kertas.F4);
        l.close();
        l = Layanan.buka(new DataDir(dir));
        assertEquals(id.kesos.core.cetak.Kertas.F4, l.kantor().kertas());
    }

    @Test
    void aPsksAttendeeIsShownUnderTheNameTheRegisterHasNow() {
        Psks p = l.psks().simpan(Psks.baru("PSKS-11").orang(new Penduduk(null, "3604340107750004", null, "Agus Hidayat", null,
                LocalDate.of(1975, 7, 1), JenisKelamin.L, null, null, null, null, "36.04.34.2001", null, null, null, null, 0)).build(), true)
                .psks();
        PerangkatDesa kades = svc.simpanPerangkat(new PerangkatDesa(null, "36.04.34.2002", JabatanDesa.KEPALA_DESA, "Dedi", JenisKelamin.L,
                null, true, 0));
        Rapat r0 = rapat(LocalDate.of(2026, 11, 23), List.of());
        Rapat r = svc.simpan(new Rapat(null, r0.judul(), r0.jenis(), r0.tanggal(), null, null, r0.tempat(), r0.pimpinan(), r0.notulis(),
                null, null, null, List.of(), List.of(new PesertaRapat(p.id(), null, "Agus Hidayat", "TKSK", Unsur.PSKS, null, JenisKelamin.L,
                        null, null), new PesertaRapat(null, kades.id(), "Dedi", "Kepala desa", Unsur.DESA, "Desa Mander", JenisKelamin.L,
                        null, null)), List.of(), null, 0));
        Penduduk o = p.orang();
        l.psks().simpan(p.denganOrang(new Penduduk(o.id(), o.nik(), null, "Agus Hidayat Saputra", null, o.tanggalLahir(), o.jenisKelamin(),
                null, null, null, null, o.desaKode(), null, null, null, null, o.version())), true);
        svc.simpanPerangkat(new PerangkatDesa(kades.id(), kades.desaKode(), kades.jabatan(), "H. Dedi Mulyadi", JenisKelamin.L, null, true,
                kades.version()));
        assertEquals(List.of("Agus Hidayat Saputra", "H. Dedi Mulyadi"),
                svc.rapat(r.id()).orElseThrow().peserta().stream().map(PesertaRapat::nama).toList());
        ValidasiException e = assertThrows(ValidasiException.class, () -> svc.simpanPerangkat(new PerangkatDesa(null, "36.04.33.2001",
                JabatanDesa.LURAH, "X", null, null, true, 0)));
        assertTrue(e.hasil().untuk("DESA").isPresent());
        assertNull(svc.rapat(r.id()).orElseThrow().jamMulai());
    }
}
