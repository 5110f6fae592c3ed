package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.cli.UjiTahan;
import id.kesos.core.Layanan;
import id.kesos.core.cadangan.CadanganService;
import id.kesos.core.db.DataDir;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.ui.pengaturan.CadanganViewModel;
import id.kesos.ui.task.SyncTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pengaturan > Cadangan data without a screen: the chosen folder is remembered, "Cadangkan sekarang"
 * writes a verified backup there, "Pulihkan" shows what the backup holds before anything changes, a
 * "no" changes nothing, and a "yes" backs up the current data, restores and ends the app.
 */
class CadanganViewModelTest {
    @TempDir
    Path dir;
    FakeDialogs dialogs = new FakeDialogs();
    Layanan layanan;
    AtomicBoolean ditutup = new AtomicBoolean();
    AtomicBoolean keluar = new AtomicBoolean();
    CadanganViewModel vm;

    @BeforeEach
    void buka() {
        layanan = Layanan.buka(new DataDir(dir.resolve("data")));
        UjiKantor.pasang(layanan);
        layanan.pmks().tambah(UjiTahan.orang(1), UjiTahan.entri(), true);
        vm = new CadanganViewModel(layanan.cadangan(), Preferensi.muat(dir.resolve("data")), new SyncTaskRunner(), dialogs,
                () -> {
                    ditutup.set(true);
                    layanan.close();
                }, () -> keluar.set(true));
    }

    @AfterEach
    void tutup() {
        layanan.close();
    }

    private List<Path> isi(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void backupNowGoesToTheChosenFolderWhichIsRemembered() throws Exception {
        assertEquals(dir.resolve("data").resolve("cadangan").toString(), vm.folderProperty().get());
        dialogs.folder = dir.resolve("flashdisk");
        Files.createDirectories(dialogs.folder);
        vm.gantiFolder();
        assertEquals(dialogs.folder.toString(), vm.folderProperty().get());
        assertEquals(dialogs.folder.toString(), Preferensi.muat(dir.resolve("data")).get(CadanganService.PREFERENSI_FOLDER).orElseThrow(),
                "kept for the next start");

        vm.cadangkanSekarang();
        List<Path> dibuat = isi(dialogs.folder);
        assertEquals(1, dibuat.size(), dibuat.toString());
        assertTrue(dibuat.getFirst().getFileName().toString().startsWith("kesos-manual-"));
        assertEquals(1L, CadanganService.baca(dibuat.getFirst()).jumlah().get("pmks"));
        assertTrue(vm.statusProperty().get().startsWith("Cadangan tersimpan dan sudah diperiksa: " + dibuat.getFirst()),
                vm.statusProperty().get());
        assertFalse(vm.sibukProperty().get());
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void restoreShowsWhatTheBackupHoldsAndANoChangesNothing() throws Exception {
        Path zip = layanan.cadangan().cadangkan(dir.resolve("kantor.zip")).berkas();
        layanan.pmks().tambah(UjiTahan.orang(2), UjiTahan.entri(), true);
        dialogs.cadangan = zip;
        dialogs.jawabKonfirmasi = false;
        vm.pulihkan();
        String tanya = dialogs.pesanKonfirmasi.getFirst();
        assertTrue(tanya.startsWith("Cadangan " + zip + "\ndibuat "), tanya);
        assertTrue(tanya.contains("Kecamatan 36.04.34 Bandung"), tanya);
        assertTrue(tanya.contains("1 data PMKS"), tanya);
        assertTrue(tanya.contains("akan dicadangkan dulu ke " + dir.resolve("data").resolve("cadangan")), tanya);
        assertFalse(ditutup.get() || keluar.get());
        assertEquals(2, layanan.db().dsl().fetchCount(layanan.db().dsl().selectOne().from("pmks")), "nothing changed");
    }

    @Test
    void restoreAfterYesBacksUpTheCurrentDataRestoresAndEndsTheApp() throws Exception {
        Path zip = layanan.cadangan().cadangkan(dir.resolve("kantor.zip")).berkas();
        layanan.pmks().tambah(UjiTahan.orang(2), UjiTahan.entri(), true);
        dialogs.cadangan = zip;
        vm.pulihkan();
        assertTrue(ditutup.get() && keluar.get());
        String selesai = dialogs.shown.getLast();
        assertTrue(selesai.contains("Data dipulihkan dari " + zip), selesai);
        List<Path> sebelum = isi(dir.resolve("data").resolve("cadangan"));
        assertEquals(1, sebelum.size(), sebelum.toString());
        assertTrue(selesai.contains("Data sebelumnya dicadangkan di " + sebelum.getFirst()), selesai);
        assertEquals(2L, CadanganService.baca(sebelum.getFirst()).jumlah().get("pmks"), "the data from before the restore is kept");
        try (Layanan lagi = Layanan.buka(new DataDir(dir.resolve("data")))) {
            assertEquals(1, lagi.db().dsl().fetchCount(lagi.db().dsl().selectOne().from("pmks")));
        }
    }
}
