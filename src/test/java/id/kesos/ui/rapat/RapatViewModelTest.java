package id.kesos.ui.rapat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.db.DataDir;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.rapat.JabatanDesa;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.rapat.RapatServiceTest;
import id.kesos.core.rapat.StatusTindakLanjut;
import id.kesos.core.rapat.TindakLanjut;
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
 * The meetings page without a screen: the list and its count line, tracking a follow-up (a note too
 * long is refused in the dialog and nothing changes), and the village officials' editor (refusal
 * under the form, a saved official in the list, a correction of the one picked).
 */
class RapatViewModelTest {
    @TempDir
    Path dir;
    Layanan l;
    FakeDialogs dialogs = new FakeDialogs();
    RapatViewModel vm;

    @BeforeEach
    void buka() {
        l = Layanan.buka(new DataDir(dir));
        UjiKantor.pasang(l);
        vm = new RapatViewModel(l.rapat(), () -> l.kantor().profil().orElseThrow(), () -> Kertas.A4, List::of, new SyncTaskRunner(), dialogs);
    }

    @AfterEach
    void tutup() {
        l.close();
    }

    @Test
    void theListCountsOpenFollowUpsAndTrackingOneIsChecked() {
        l.rapat().simpan(RapatServiceTest.rapat(LocalDate.now().minusDays(40), List.of(new TindakLanjut(null, "Verifikasi data ganda",
                "Operator desa", LocalDate.now().minusDays(10), StatusTindakLanjut.BELUM, null))));
        vm.muat();
        assertEquals(1, vm.rapat().size());
        assertEquals("1 rapat \u2022 1 tindak lanjut belum selesai, 1 lewat batas waktu.", vm.ringkasan().get());

        RapatViewModel.TindakLanjut t = vm.tindakLanjut(vm.terbuka().getFirst());
        t.catatan().set("x".repeat(1001));
        boolean[] tutup = {false};
        t.simpan(() -> tutup[0] = true);
        assertEquals("Catatan terlalu panjang: paling banyak 1.000 huruf, sekarang 1.001.", t.galat().get());
        assertEquals(false, tutup[0]);
        assertEquals(StatusTindakLanjut.BELUM, l.rapat().tindakLanjutTerbuka(null).getFirst().tindakLanjut().status());

        t.status().set(StatusTindakLanjut.SELESAI);
        t.catatan().set("Sudah diperbaiki di SIKS-NG");
        t.simpan(() -> tutup[0] = true);
        assertTrue(tutup[0]);
        assertTrue(vm.terbuka().isEmpty(), "a finished follow-up leaves the open list");
        assertEquals("1 rapat \u2022 0 tindak lanjut belum selesai, 0 lewat batas waktu.", vm.ringkasan().get());
    }

    @Test
    void theOfficialsEditorRefusesUnderTheFormSavesAndCorrectsThePickedOne() {
        PerangkatDesaViewModel[] dapat = new PerangkatDesaViewModel[1];
        vm.bukaPerangkat(p -> dapat[0] = p);
        PerangkatDesaViewModel p = dapat[0];
        assertEquals(8, p.desaPilihan().size());
        p.desa().set(p.desaPilihan().getFirst());
        p.jabatan().set(JabatanDesa.KEPALA_DESA);
        boolean[] selesai = {false};
        p.simpan(() -> selesai[0] = true);
        assertEquals("Nama perangkat desa wajib diisi.", p.galat().get());
        assertTrue(p.daftar().isEmpty());

        p.nama().set("Dedi Mulyadi");
        p.jk().set(JenisKelamin.L);
        p.telepon().set("0812 1111 2222");
        p.simpan(() -> selesai[0] = true);
        assertTrue(selesai[0]);
        assertEquals("", p.galat().get());
        assertEquals(List.of("Dedi Mulyadi"), p.daftar().stream().map(PerangkatDesa::nama).toList());
        assertEquals("", p.nama().get(), "the form is emptied for the next official");
        assertEquals(JabatanDesa.KEPALA_DESA, p.jabatan().get(), "desa and post stay for the next one");

        p.pilih(p.daftar().getFirst());
        assertEquals("Dedi Mulyadi", p.nama().get());
        p.aktif().set(false);
        p.simpan(() -> { });
        assertNull(p.dipilih().get());
        assertEquals(false, l.rapat().perangkatDesa().getFirst().aktif());
        assertEquals(1, l.rapat().perangkatDesa().size());
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }
}
