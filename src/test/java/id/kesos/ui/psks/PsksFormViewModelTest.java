package id.kesos.ui.psks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.psks.Psks.Field;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.FakeDialogs;
import id.kesos.ui.task.SyncTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PSKS record form without a screen: a field is checked as the user leaves it with the core's
 * rule and message; a NIK already in the PMKS register fills the person in and says where else they
 * are; a save with an unreadable year is refused in the form and stores nothing; then it is stored.
 */
class PsksFormViewModelTest {
    @TempDir
    Path dir;
    Layanan l;
    FakeDialogs dialogs = new FakeDialogs();
    PsksFormViewModel vm;

    @BeforeEach
    void buka() {
        l = Layanan.buka(new DataDir(dir));
        UjiKantor.pasang(l);
        List<Wilayah> desa = l.kantor().profil().orElseThrow().desa();
        vm = new PsksFormViewModel(l.psks(), desa, new SyncTaskRunner(), dialogs);
        vm.baru(l.psks().jenis("PSKS-02").orElseThrow());
    }

    @AfterEach
    void tutup() {
        l.close();
    }

    @Test
    void aKnownNikFillsThePersonAndAFieldIsCheckedAsTheUserLeavesIt() {
        String desa = l.kantor().profil().orElseThrow().desa().getFirst().kode();
        l.pmks().tambah(new Penduduk(null, "3604346005900002", null, "Euis Rahmawati", null, LocalDate.of(1990, 5, 20), JenisKelamin.P,
                "Kp. Pasir", null, null, null, desa, null, null, null, null, 0), EntriPmks.baru("PMKS-08", LocalDate.now().getYear(), null, null),
                true);

        // the person's rules (PendudukValidator) show under the record's own fields
        vm.nilai(Field.NIK).set("3604341513900002");
        assertFalse(vm.periksa(Field.NIK));
        assertTrue(vm.galat(Field.NIK).get().contains("bulan"), vm.galat(Field.NIK).get());
        vm.nilai(Field.NIK).set("");
        vm.nilai(Field.EMAIL).set("euis@");
        assertFalse(vm.periksa(Field.EMAIL));
        assertTrue(vm.galat(Field.EMAIL).get().contains("bukan alamat e-mail yang sah"), vm.galat(Field.EMAIL).get());
        vm.nilai(Field.EMAIL).set("euis@example.org");
        assertTrue(vm.periksa(Field.EMAIL));
        assertEquals("", vm.galat(Field.EMAIL).get());

        vm.nilai(Field.NIK).set("3604346005900002");
        vm.cariNik();
        assertEquals("Euis Rahmawati", vm.nilai(Field.NAMA).get());
        assertEquals(JenisKelamin.P, vm.jkProperty().get());
        assertTrue(vm.infoProperty().get().contains("Euis Rahmawati"), vm.infoProperty().get());
    }

    @Test
    void anUnreadableYearIsRefusedInTheFormAndNothingIsStoredUntilItIsFixed() {
        vm.nilai(Field.NIK).set("3604346005900002");
        vm.nilai(Field.NAMA).set("Euis Rahmawati");
        vm.nilai(Field.TANGGAL_LAHIR).set("20-05-1990");
        vm.jkProperty().set(JenisKelamin.P);
        vm.desaProperty().set(vm.desa().getFirst());
        vm.nilai(Field.MULAI_AKTIF).set("duaribu");
        vm.simpan(false);
        assertFalse(vm.galat(Field.MULAI_AKTIF).get().isEmpty());
        assertEquals(0, l.psks().jumlah());

        vm.nilai(Field.MULAI_AKTIF).set("2015");
        vm.simpan(true);
        assertEquals("", vm.galat(Field.MULAI_AKTIF).get());
        assertEquals(1, l.psks().jumlah());
        assertEquals(2015, vm.detailProperty().get().psks().mulaiAktif());
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }
}
