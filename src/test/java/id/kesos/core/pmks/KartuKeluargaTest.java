package id.kesos.core.pmks;

import static id.kesos.core.db.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.rekap.AngkaPmks;
import id.kesos.core.validasi.ValidasiException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One family, one No. KK: an entry is counted under the number the BNBA lists, and each family once in the kecamatan. */
class KartuKeluargaTest extends id.kesos.UjiLayanan {
    static final String FAKIR_MISKIN = "PMKS-24";
    static final String KK_A = "3604341201150007";
    static final String KK_B = "3604341201150015";
    static final String BANDUNG = "36.04.34.2001";
    static final String MANDER = "36.04.34.2002";

    PmksService svc;
    final int tahun = LocalDate.now().getYear();

    @BeforeEach
    void setUp() {
        svc = l.pmks();
    }

    static Penduduk orang(String nik, String kk, String nama, String desa) {
        return new Penduduk(null, nik, kk, nama, "Serang", LocalDate.of(1970, 3, 4), JenisKelamin.P, "Kp. Pasir", null, "003", "001", desa,
                null, 1, null, null, 0);
    }

    EntriPmks fakirMiskin(String kk) {
        return new EntriPmks(null, null, null, FAKIR_MISKIN, tahun, null, null, null, null, null, null, null, kk, 4, 0);
    }

    @Test
    void anEntryCannotBeCountedUnderAnotherFamilyCardThanThePersons() {
        PmksService.HasilSimpan h = svc.tambah(orang("3604344403700001", KK_A, "Siti Aminah", BANDUNG), EntriPmks.baru("PMKS-08", tahun, null, null),
                true);
        ValidasiException v = assertThrows(ValidasiException.class, () -> svc.tambahJenis(h.penduduk().id(), fakirMiskin(KK_B), true));
        assertTrue(v.getMessage().contains("No. KK entri (" + KK_B + ") berbeda dengan No. KK di data orang ini (" + KK_A + ")"), v.getMessage());
        assertTrue(svc.repository().entri(h.penduduk().id(), FAKIR_MISKIN, tahun).isEmpty(), "nothing stored");
        // the same number, or none (the person's is taken), is accepted
        assertEquals(KK_A, svc.tambahJenis(h.penduduk().id(), fakirMiskin(null), true).entri().kkKeluarga());
    }

    @Test
    void aNewPersonWithoutNoKkTakesTheFamilyCardOfTheirFamilyEntry() {
        PmksService.HasilSimpan h = svc.tambah(orang("3604344403700001", null, "Siti Aminah", BANDUNG), fakirMiskin(KK_A), true);
        assertEquals(KK_A, h.penduduk().noKk(), "the list then shows the number the entry is counted under");
        assertEquals(KK_A, h.entri().kkKeluarga());
    }

    @Test
    void changingAPersonsNoKkMovesTheirFamilyEntriesWithIt() {
        PmksService.HasilSimpan h = svc.tambah(orang("3604344403700001", KK_A, "Siti Aminah", BANDUNG), fakirMiskin(null), true);
        Penduduk p = h.penduduk();
        Penduduk pindah = p.denganNoKk(KK_B);
        svc.ubahPenduduk(pindah, true);
        assertEquals(KK_B, svc.repository().entri(p.id(), FAKIR_MISKIN, tahun).orElseThrow().kkKeluarga());
        assertEquals(1, l.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.TABEL.eq("pmks").and(AUDIT_LOG.AKSI.eq("ubah"))
                .and(AUDIT_LOG.NILAI_BARU.contains(KK_B))), "the entry's change is in the history");
    }

    @Test
    void aFamilyInTwoDesaCountsOnceWhereMostOfItsMembersLive() {
        // two members in Mander, one in Bandung (registered at another address): one family, in Mander
        svc.tambah(orang("3604344403700001", KK_A, "Siti Aminah", BANDUNG), fakirMiskin(null), true);
        svc.tambah(orang("3604340403700002", KK_A, "Ujang Sutisna", MANDER), fakirMiskin(null), true);
        svc.tambah(orang("3604344403700003", KK_A, "Euis Aminah", MANDER), fakirMiskin(null), true);
        svc.tambah(orang("3604344403700004", KK_B, "Popon Rahmawati", BANDUNG), fakirMiskin(null), true);
        AngkaPmks a = AngkaPmks.baca(l.db().dsl(), tahun, List.of(StatusPmks.USULAN));
        assertEquals(2, a.sel(MANDER, FAKIR_MISKIN).jumlah());
        assertEquals(1, a.sel(MANDER, FAKIR_MISKIN).kk());
        assertEquals(2, a.sel(BANDUNG, FAKIR_MISKIN).jumlah());
        assertEquals(1, a.sel(BANDUNG, FAKIR_MISKIN).kk(), "only KK B: KK A is counted in Mander");
        assertEquals(2, a.jenis(FAKIR_MISKIN).kk(), "two families in the kecamatan, as the desa rows add up to");
    }
}
