package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.db.DataDir;
import id.kesos.core.rapat.Rapat;
import id.kesos.core.rapat.RapatServiceTest;
import id.kesos.core.rapat.StatusRapat;
import id.kesos.ui.rapat.RapatFormViewModel;
import id.kesos.ui.rapat.RapatFormViewModel.Isian;
import id.kesos.ui.task.TundaTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting form never loses work: an action asked for while the autosave runs waits for it (no
 * false "konflik", no orphan draft), and closing with an entry that cannot be saved is not silent.
 * Jobs are held by a runner that lets them run when the test says, as a slow disk would.
 */
class RapatFormViewModelTest {
    @TempDir
    Path dir;
    Layanan l;
    FakeDialogs dialogs = new FakeDialogs();
    TundaTaskRunner tasks = new TundaTaskRunner();
    RapatFormViewModel vm;

    @BeforeEach
    void buka() {
        l = Layanan.buka(new DataDir(dir));
        UjiKantor.pasang(l);
        vm = new RapatFormViewModel(l.rapat(), l.kantor().profil().orElseThrow(), Kertas.A4, tasks, dialogs);
    }

    @AfterEach
    void tutup() {
        l.close();
    }

    private List<Rapat> tersimpan() {
        return l.rapat().daftar().stream().map(b -> l.rapat().rapat(b.id()).orElseThrow()).toList();
    }

    @Test
    void finaliseAskedDuringTheAutosaveWaitsForItAndUsesItsVersion() {
        Rapat r = l.rapat().simpan(RapatServiceTest.rapat(LocalDate.now(), List.of()));
        vm.muat(r.id());
        tasks.jalankanSemua();
        vm.nilai(Isian.JUDUL).set("Rakor Kesos Desember");
        vm.simpanOtomatis();
        AtomicBoolean selesai = new AtomicBoolean();
        vm.finalkan(() -> selesai.set(true));
        assertEquals(1, tasks.menunggu(), "Finalkan waits for the save instead of racing it");
        tasks.jalankanSemua();
        assertTrue(selesai.get());
        assertEquals(List.of(), dialogs.shown, "no false conflict");
        Rapat akhir = l.rapat().rapat(r.id()).orElseThrow();
        assertEquals(StatusRapat.FINAL, akhir.status());
        assertEquals("Rakor Kesos Desember", akhir.judul());
    }

    @Test
    void deleteDuringTheFirstSaveOfANewMeetingLeavesNoDraftBehind() {
        vm.baru();
        vm.nilai(Isian.JUDUL).set("Rapat yang dibatalkan");
        vm.agenda().getFirst().judul.set("Pembukaan");
        vm.simpanOtomatis();
        assertEquals(1, tasks.menunggu(), "the first save runs");
        AtomicBoolean ditutup = new AtomicBoolean();
        vm.hapusDraft(() -> ditutup.set(true));
        assertFalse(ditutup.get());
        tasks.jalankanSemua();
        assertTrue(ditutup.get());
        assertEquals(List.of(), tersimpan(), "the draft the first save wrote is deleted too");
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void closingWithAnUnreadableTimeAsksInsteadOfDroppingTheEdits() {
        Rapat r = l.rapat().simpan(RapatServiceTest.rapat(LocalDate.now(), List.of()));
        vm.muat(r.id());
        tasks.jalankanSemua();
        vm.nilai(Isian.TEMPAT).set("Balai Desa Mander");
        vm.nilai(Isian.JAM_MULAI).set("jam sembilan");
        assertFalse(vm.siapDitutup(), "the window must ask");
        assertTrue(vm.galat(Isian.JAM_MULAI).get().contains("jam sembilan"), vm.galat(Isian.JAM_MULAI).get());
        assertEquals(0, tasks.menunggu(), "nothing half-saved");

        vm.nilai(Isian.JAM_MULAI).set("09.30");
        assertTrue(vm.siapDitutup(), "readable again: closing saves");
        tasks.jalankanSemua();
        assertEquals("Balai Desa Mander", l.rapat().rapat(r.id()).orElseThrow().tempat());
    }
}
