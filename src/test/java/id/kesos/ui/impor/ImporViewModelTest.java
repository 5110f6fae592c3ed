package id.kesos.ui.impor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.ui.FakeDialogs;
import id.kesos.ui.task.TundaTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batal on the Impor page, while the file is read and while the rows are written: nothing half-done, and the page says so. */
class ImporViewModelTest {
    @TempDir
    Path dir;
    Layanan l;
    final TundaTaskRunner tasks = new TundaTaskRunner();
    final FakeDialogs dialogs = new FakeDialogs();
    ImporViewModel vm;
    Path daftar;

    @BeforeEach
    void buka() throws Exception {
        l = Layanan.buka(new DataDir(dir.resolve("data")));
        UjiKantor.pasang(l);
        vm = new ImporViewModel(l.impor(), l.imporPsks(), l.pmks()::jenis, l.psks()::jenis, Preferensi.muat(dir.resolve("data")), tasks,
                dialogs);
        vm.mulai();
        tasks.jalankanSemua();
        daftar = dir.resolve("lansia.csv");
        Files.writeString(daftar, "NIK;NAMA;JK;DESA;JENIS PMKS\n3604345708600003;Siti Maemunah;P;Mander;LUT\n"
                + "3604344203550002;Enah;P;Bandung;LUT\n");
    }

    @AfterEach
    void tutup() {
        l.close();
    }

    @Test
    void batalWhileTheFileIsReadLeavesNoHalfPreview() {
        vm.buka(daftar);
        tasks.jalankanSemua();
        assertEquals(2, vm.pratinjauProperty().get().tambah().size());
        vm.tahunProperty().set(vm.tahunProperty().get() - 1);
        vm.batalkan();
        tasks.jalankanSemua();
        assertNull(vm.pratinjauProperty().get());
        assertEquals("Pembacaan berkas dihentikan. Pilih berkas lagi atau ubah pilihan untuk membacanya.", vm.pesanProperty().get());
        assertTrue(vm.kolom().isEmpty() && vm.tolak().isEmpty());
    }

    @Test
    void batalWhileTheRowsAreWrittenStoresNothingAndTheImportCanRunAgain() {
        vm.buka(daftar);
        tasks.jalankanSemua();
        vm.impor();
        assertTrue(dialogs.pesanKonfirmasi.getFirst().startsWith("2 baris akan ditambahkan"), dialogs.pesanKonfirmasi.toString());
        vm.batalkan();
        tasks.jalankanSemua();
        assertEquals("Impor dibatalkan; tidak ada yang disimpan.", vm.pesanProperty().get());
        assertEquals(0, l.pmks().jumlahAktif());
        assertTrue(l.impor().riwayat().isEmpty());
        assertTrue(vm.bisaImporProperty().get(), "the same preview can be imported now");
        vm.impor();
        tasks.jalankanSemua();
        assertEquals("Impor selesai: ditambah 2, diperbarui 0, dilewati 0, ditolak 0.", vm.pesanProperty().get());
        assertEquals(2, l.pmks().jumlahAktif());
    }
}
