package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.riwayat.RiwayatService;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The Riwayat page: Ctrl+8, a change chosen shows its fields before and after; a NIK narrows the list to that person. */
class RiwayatUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
        int tahun = LocalDate.now().getYear();
        PmksService.HasilSimpan h = l.pmks().tambah(new Penduduk(null, "3604344403700001", "3604341201150007", "Ade Rohman", "Serang",
                LocalDate.of(1970, 3, 4), JenisKelamin.P, "Kp. Pasir", null, "003", "001", "36.04.34.2001", null, 1, null, null, 0),
                EntriPmks.baru("PMKS-08", tahun, null, null), true);
        l.pmks().tambah(new Penduduk(null, "3604344403700002", null, "Siti Aminah", "Serang", LocalDate.of(1970, 3, 4), JenisKelamin.P,
                "Kp. Pasir", null, "003", "001", "36.04.34.2002", null, null, null, null, 0), EntriPmks.baru("PMKS-08", tahun, null, null), true);
        Penduduk p = h.penduduk();
        l.pmks().ubahPenduduk(new Penduduk(p.id(), p.nik(), p.noKk(), "Ade Deden Rohman", p.tempatLahir(), p.tanggalLahir(), p.jenisKelamin(),
                "Kp. Pasir Gede", p.dusun(), p.rt(), p.rw(), p.desaKode(), p.namaIbu(), p.hubunganKeluarga(), p.telepon(), p.catatan(),
                p.version()), true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangeChosenShowsItsFieldsBeforeAndAfterAndANikNarrowsTheList() throws Exception {
        tunggu(() -> utamaSiap);
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        TableView<RiwayatService.Perubahan> tabel = lookup("#riwayat-tabel").queryAs(TableView.class);
        tunggu(() -> !tabel.getItems().isEmpty());
        RiwayatService.Perubahan terbaru = tabel.getItems().getFirst();
        assertEquals("Ade Deden Rohman", terbaru.subjek());
        assertEquals("Nama, Alamat", terbaru.ringkasan());
        TableView<RiwayatService.Isian> rincian = lookup("#riwayat-rincian").queryAs(TableView.class);
        tunggu(() -> rincian.getItems().size() > 2);
        assertEquals(new RiwayatService.Isian("nama", "Nama", "Ade Rohman", "Ade Deden Rohman", true), rincian.getItems().get(0),
                "the changed fields come first");
        assertEquals("Kp. Pasir Gede", rincian.getItems().get(1).baru());
        assertTrue(rincian.getItems().stream().skip(2).noneMatch(RiwayatService.Isian::berubah));
        simpanGambar("target/ui-riwayat-1280.png");

        clickOn("#riwayat-nik").write("3604344403700002").type(KeyCode.ENTER);
        tunggu(() -> tabel.getItems().size() == 2);
        assertTrue(tabel.getItems().stream().allMatch(p -> p.subjek().startsWith("Siti Aminah")), tabel.getItems().toString());
        clickOn("#riwayat-nik").push(KeyCode.CONTROL, KeyCode.A).write("36043444").type(KeyCode.ENTER);
        tungguTeks("#riwayat-galat", s -> s.equals("NIK harus 16 angka, sekarang 8 angka."));
        clickOn("#riwayat-reset");
        tunggu(() -> tabel.getItems().size() > 4);
        assertEquals("", teks("#riwayat-galat"));
    }
}
