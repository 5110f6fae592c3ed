package id.kesos.ui.pmks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk.Field;
import id.kesos.core.pmks.DetailPenduduk;
import id.kesos.core.pmks.ProgramBantuan;
import id.kesos.core.pmks.SumberDana;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.FakeDialogs;
import id.kesos.ui.task.SyncTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PMKS forms without a screen (synchronous runner, fake dialogs): a person with a bad NIK is
 * refused under the field and nothing is stored; a group's "abc" families is refused by name, never
 * saved as 0; aid with an unreadable date or value stays in the form, "Rp 600.000" is 600,000.
 */
class PmksFormViewModelTest {
    @TempDir
    Path dir;
    Layanan l;
    FakeDialogs dialogs = new FakeDialogs();
    SyncTaskRunner tasks = new SyncTaskRunner();
    PmksViewModel daftar;

    @BeforeEach
    void buka() {
        l = Layanan.buka(new DataDir(dir));
        UjiKantor.pasang(l);
        daftar = new PmksViewModel(l.pmks(), () -> l.kantor().profil().orElseThrow().desa(), List::of, tasks, dialogs);
        daftar.buka();
    }

    @AfterEach
    void tutup() {
        l.close();
    }

    private Wilayah desa(String nama) {
        return daftar.daftarDesa().stream().filter(w -> w.nama().equals(nama)).findFirst().orElseThrow();
    }

    private PendudukViewModel isiSiti(String nik) {
        PendudukViewModel vm = daftar.formOrang();
        var f = vm.form();
        f.nilai(Field.NIK).set(nik);
        f.nilai(Field.NAMA).set("Siti Maemunah");
        f.nilai(Field.TANGGAL_LAHIR).set("17-08-1960");
        f.nilai(Field.NO_KK).set("3604341201150007");
        f.nilai(Field.ALAMAT).set("Kp. Pasir RT 03");
        f.jkProperty().set(JenisKelamin.P);
        f.desaProperty().set(desa("Mander"));
        vm.entri().jenisProperty().set(l.pmks().jenis("PMKS-08").orElseThrow());
        return vm;
    }

    @Test
    void aPersonWithABadNikIsRefusedUnderTheFieldThenSavedWhenCorrected() {
        PendudukViewModel vm = isiSiti("36043457086");
        vm.simpan(false);
        assertTrue(vm.form().galat(Field.NIK).get().contains("16 angka"), vm.form().galat(Field.NIK).get());
        assertEquals("Ada isian yang perlu diperbaiki; lihat pesan merah di bawah isian tersebut.", vm.pesanProperty().get());
        assertEquals(0, l.pmks().jumlahAktif());

        vm.form().nilai(Field.NIK).set("3604345708600003");
        vm.simpan(false);
        assertEquals("", vm.form().galat(Field.NIK).get());
        assertEquals("Siti Maemunah ditambahkan ke register.", vm.pesanProperty().get());
        DetailPenduduk d = vm.detailProperty().get();
        assertNotNull(d);
        assertEquals("36.04.34.2002", d.penduduk().desaKode());
        assertEquals(List.of("PMKS-08"), d.entri().stream().map(e -> e.entri().jenisKode()).toList());
        assertEquals(1, daftar.totalProperty().get(), "the list reloaded after the save");
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void aGroupWithWordsForNumbersIsRefusedByNameAndNothingIsStored() {
        KelompokFormViewModel k = daftar.formKelompok();
        assertEquals(List.of("PMKS-14", "PMKS-26"), k.jenisPilihan().stream().map(j -> j.kode()).sorted().toList());
        k.nama().set("Komunitas Baduy Luar");
        k.desa().set(desa("Mander"));
        k.jumlahKk().set("abc");
        k.jumlahJiwa().set("120");
        boolean[] selesai = {false};
        k.simpan(() -> selesai[0] = true);
        assertEquals("Jumlah KK harus berupa bilangan bulat, sekarang \"abc\".", k.galat().get());
        assertEquals(0, l.pmks().jumlahAktif());
        assertTrue(!selesai[0]);

        k.jumlahKk().set("200"); // more families than people: the group's own rule
        k.simpan(() -> selesai[0] = true);
        assertTrue(k.galat().get().startsWith("Jumlah KK (200) harus paling sedikit 1"), k.galat().get());

        k.jumlahKk().set(" 35 ");
        k.simpan(() -> selesai[0] = true);
        assertTrue(selesai[0]);
        assertEquals("", k.galat().get());
        assertEquals(1, l.pmks().jumlahAktif());
    }

    @Test
    void aidWithAnUnreadableDateOrValueStaysInTheFormAndRupiahIsReadWithDots() {
        PendudukViewModel vm = isiSiti("3604345708600003");
        vm.simpan(false);
        long pid = vm.detailProperty().get().penduduk().id();
        BantuanFormViewModel b = vm.formBantuan(pid);
        b.program().set(ProgramBantuan.values()[0]);
        b.sumber().set(SumberDana.values()[0]);
        b.tanggal().set("31-02-2026");
        b.nilai().set("Rp 600.000");
        boolean[] selesai = {false};
        b.simpan(() -> selesai[0] = true);
        assertTrue(b.galat().get().contains("31-02-2026"), b.galat().get());
        assertTrue(!selesai[0]);

        b.tanggal().set("02-01-2026");
        b.nilai().set("enam ratus ribu");
        b.simpan(() -> selesai[0] = true);
        assertEquals("Nilai (rupiah) harus berupa angka rupiah (mis. 600000 atau 600.000), sekarang \"enam ratus ribu\".", b.galat().get());
        assertTrue(l.pmks().detail(pid).orElseThrow().bantuan().isEmpty());

        b.nilai().set("Rp 600.000");
        b.simpan(() -> selesai[0] = true);
        assertTrue(selesai[0], b.galat().get());
        assertEquals(600_000L, l.pmks().detail(pid).orElseThrow().bantuan().getFirst().nilaiRupiah());
    }
}
