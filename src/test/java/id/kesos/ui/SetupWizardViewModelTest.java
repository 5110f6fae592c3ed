package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.Kantor.Field;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.setup.SetupWizardViewModel;
import id.kesos.ui.task.SyncTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's logic without a screen, with the synchronous task runner. */
class SetupWizardViewModelTest {
    @TempDir
    Path dir;
    Layanan layanan;
    FakeDialogs dialogs = new FakeDialogs();
    SetupWizardViewModel vm;

    @BeforeEach
    void setUp() {
        layanan = Layanan.buka(new DataDir(dir));
        vm = new SetupWizardViewModel(layanan.kantor(), layanan.wilayah(), new SyncTaskRunner(), dialogs);
        vm.mulai();
    }

    @AfterEach
    void tearDown() {
        layanan.close();
    }

    static Wilayah cari(List<Wilayah> list, String kode) {
        return list.stream().filter(w -> w.kode().equals(kode)).findFirst().orElseThrow();
    }

    @Test
    void cascadeFromProvinsiToDesa() {
        assertEquals(38, vm.wilayah().provinsi().size());
        assertFalse(vm.lanjut(), "no kecamatan yet");
        assertEquals("Pilih kecamatan terlebih dahulu.", vm.pesanProperty().get());
        vm.wilayah().provinsiTerpilihProperty().set(cari(vm.wilayah().provinsi(), "36"));
        assertEquals(8, vm.wilayah().kabupaten().size(), "Banten has 4 kabupaten and 4 kota");
        vm.wilayah().kabupatenTerpilihProperty().set(cari(vm.wilayah().kabupaten(), "36.04"));
        vm.wilayah().kecamatanTerpilihProperty().set(cari(vm.wilayah().kecamatan(), "36.04.34"));
        assertEquals(8, vm.wilayah().desa().size());
        // changing the provinsi clears what depended on it
        vm.wilayah().provinsiTerpilihProperty().set(cari(vm.wilayah().provinsi(), "32"));
        assertNull(vm.wilayah().kabupatenTerpilihProperty().get());
        assertNull(vm.wilayah().kecamatanTerpilihProperty().get());
        assertTrue(vm.wilayah().desa().isEmpty());
    }

    @Test
    void finishSavesOnlyAValidProfile() {
        vm.wilayah().provinsiTerpilihProperty().set(cari(vm.wilayah().provinsi(), "36"));
        vm.wilayah().kabupatenTerpilihProperty().set(cari(vm.wilayah().kabupaten(), "36.04"));
        vm.wilayah().kecamatanTerpilihProperty().set(cari(vm.wilayah().kecamatan(), "36.04.34"));
        assertTrue(vm.lanjut());
        assertEquals("Kecamatan Bandung, Kabupaten Serang, Banten (36.04.34): 8 desa/kelurahan", vm.ringkasanWilayah());

        List<Kantor> selesai = new ArrayList<>();
        vm.form().nilai(Field.NAMA_CAMAT).set("Drs. Budi Santoso");
        vm.form().nilai(Field.NIP_CAMAT).set("1970");
        vm.selesai(selesai::add);
        assertTrue(selesai.isEmpty());
        assertEquals("NIP Camat harus 18 angka, sekarang 4 angka. Salin NIP dari SK atau kartu pegawai.",
                vm.form().galat(Field.NIP_CAMAT).get());
        assertEquals("Nama Kasi Kesos wajib diisi.", vm.form().galat(Field.NAMA_KASIE).get());
        assertFalse(layanan.kantor().sudahDiatur());

        vm.form().nilai(Field.NIP_CAMAT).set("197001011990031001");
        vm.form().nilai(Field.NAMA_KASIE).set("Siti Aminah");
        vm.form().nilai(Field.NIP_KASIE).set("198002022005012002");
        vm.selesai(selesai::add);
        assertEquals(1, selesai.size());
        assertEquals("", vm.form().galat(Field.NIP_CAMAT).get());
        assertEquals("36.04.34", layanan.kantor().muat().orElseThrow().kodeKecamatan());
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }
}
