package id.kesos.ui;

import id.kesos.UjiKantor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.pmks.BarisPmks;
import id.kesos.core.pmks.DetailPenduduk;
import id.kesos.core.pmks.FilterPmks;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.Urutan;
import id.kesos.core.wilayah.Wilayah;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The PMKS page driven as a user: add a person with two types, find them by typing, change a status with a reason. */
class PmksUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
    }

    @SuppressWarnings("unchecked")
    static <T> void pilih(ComboBox<?> c, java.util.function.Predicate<T> cocok) {
        ComboBox<T> cb = (ComboBox<T>) c;
        cb.setValue(cb.getItems().stream().filter(x -> x != null && cocok.test(x)).findFirst().orElseThrow());
    }

    @Test
    void addAPersonWithTwoTypesFindThemAndChangeAStatus() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-pmks");
        tunggu(() -> teks("#pmks-ringkasan").startsWith("0 data cocok"));
        assertTrue(lookup("#pmks-tabel").queryAs(TableView.class).getItems().isEmpty());

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        tunggu(() -> lookup("#penduduk-nik").tryQuery().isPresent());
        // Tab goes from NIK on to the name
        clickOn("#penduduk-nik").write("3604345708600003").type(KeyCode.TAB);
        assertTrue(lookup("#penduduk-nama").queryAs(TextField.class).isFocused(), "Tab order: NIK, then Nama");
        write("Siti Maemunah");
        clickOn("#penduduk-tanggal-lahir").write("17-08-1960");
        clickOn("#penduduk-kk").write("3604341201150007");
        interact(() -> {
            pilih(lookup("#penduduk-jk").queryAs(ComboBox.class), (JenisKelamin j) -> j == JenisKelamin.P);
            pilih(lookup("#penduduk-desa").queryAs(ComboBox.class), (Wilayah w) -> w.nama().equals("Mander"));
            pilih(lookup("#entri-jenis").queryAs(ComboBox.class), (JenisPmks j) -> j.kode().equals("PMKS-08"));
        });
        clickOn("#penduduk-alamat").write("Kp. Pasir RT 03");
        WaitForAsyncUtils.waitForFxEvents();
        simpanGambarJendela("#penduduk-nik", "target/panduan-3-tambah-orang.png");
        type(KeyCode.ENTER); // Enter saves
        tungguTeks("#penduduk-pesan", t -> t.equals("Siti Maemunah ditambahkan ke register."));
        tunggu(() -> lookup("#penduduk-tambah-jenis").tryQuery().isPresent());

        // a second type for the same person, from her record
        clickOn("#penduduk-tambah-jenis");
        tunggu(() -> lookup("#entri-simpan").tryQuery().isPresent());
        interact(() -> pilih(lookup("#jenis-baru-jenis").queryAs(ComboBox.class), (JenisPmks j) -> j.kode().equals("PMKS-24")));
        // Fakir Miskin is counted per family: the family fields appear
        tunggu(() -> lookup("#jenis-baru-anggota").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#jenis-baru-anggota").write("4").type(KeyCode.ENTER); // Enter saves here too
        tungguTeks("#penduduk-pesan", t -> t.equals("Jenis ditambahkan ke Siti Maemunah."));

        long id;
        try (Layanan lagi = Layanan.buka(new DataDir(dataDir))) {
            DetailPenduduk d = lagi.pmks().detail(lagi.pmks().orang().denganNik("3604345708600003").orElseThrow().id())
                    .orElseThrow();
            assertEquals(List.of("PMKS-08", "PMKS-24"), d.entri().stream().map(e -> e.entri().jenisKode()).sorted().toList());
            assertEquals("36.04.34.2002", d.penduduk().desaKode());
            assertEquals(LocalDate.of(1960, 8, 17), d.penduduk().tanggalLahir());
            id = d.entri().stream().filter(e -> e.entri().jenisKode().equals("PMKS-08")).findFirst().orElseThrow().entri().id();
        }

        // change the status of Lanjut Usia Telantar: rejected needs a reason
        clickOn("#entri-ubah-status-" + id);
        tunggu(() -> lookup("#status-simpan").tryQuery().isPresent());
        interact(() -> pilih(lookup("#status-ke").queryAs(ComboBox.class), (StatusPmks s) -> s == StatusPmks.DITOLAK));
        clickOn("#status-simpan");
        assertEquals("Alasan wajib diisi untuk status Ditolak.", teks("#galat-status-alasan"));
        clickOn("#status-alasan").write("Masih bekerja dan mampu");
        clickOn("#status-simpan");
        tunggu(() -> teks("#entri-status-" + id).equals("Status: Ditolak \u2013 Masih bekerja dan mampu"));
        type(KeyCode.ESCAPE);

        // find her by typing part of her name
        tunggu(() -> lookup("#pmks-cari").tryQuery().isPresent() && lookup("#penduduk-nik").tryQuery().isEmpty());
        clickOn("#pmks-cari").write("maemu");
        TableView<BarisPmks> tabel = lookup("#pmks-tabel").queryAs(TableView.class);
        tunggu(() -> tabel.getItems().size() == 2 && teks("#pmks-ringkasan").startsWith("2 data cocok"));
        assertTrue(tabel.getItems().stream().allMatch(b -> b.nama().equals("Siti Maemunah")));
        assertTrue(tabel.getItems().stream().anyMatch(b -> b.status() == StatusPmks.DITOLAK));
        interact(() -> pilih(lookup("#pmks-filter-status").queryAs(ComboBox.class), (StatusPmks s) -> s == StatusPmks.DITOLAK));
        tunggu(() -> tabel.getItems().size() == 1 && tabel.getItems().getFirst().jenisKode().equals("PMKS-08"));
        assertTrue(lookup(n -> n instanceof Label l && "Register PMKS/PPKS".equals(l.getText())).tryQuery().isPresent());
    }

    /** Where {@code query} sits in its window, to see that it does not move. */
    private double y(String query) throws Exception {
        double[] y = new double[1];
        interact(() -> {
            javafx.scene.Node n = lookup(query).query();
            y[0] = n.localToScene(n.getLayoutBounds()).getMinY();
        });
        return y[0];
    }

    @Test
    void theFormStaysPutItsFooterFollowsTheErrorsAndTheFamilyPlaceIsAChoice() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-pmks");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        tunggu(() -> lookup("#penduduk-nik").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        double kk = y("#penduduk-kk");
        double alamat = y("#penduduk-alamat");
        double hubungan = y("#penduduk-hubungan");

        // a wrong NIK: its message shows under it, and nothing below moves
        clickOn("#penduduk-nik").write("36043457").type(KeyCode.TAB);
        tungguTeks("#galat-penduduk-nik", t -> t.contains("16"));
        assertEquals(kk, y("#penduduk-kk"), 0.5, "the KK field stays where it was");
        assertEquals(alamat, y("#penduduk-alamat"), 0.5);
        // saving with fields missing: every message at once, the footer says so, still nothing moves
        clickOn("#penduduk-simpan");
        tungguTeks("#penduduk-pesan", t -> t.startsWith("Ada isian yang perlu diperbaiki"));
        assertTrue(!teks("#galat-penduduk-nama").isEmpty());
        assertEquals(kk, y("#penduduk-kk"), 0.5);
        assertEquals(hubungan, y("#penduduk-hubungan"), 0.5);
        simpanGambarJendela("#penduduk-nik", "target/ui-penduduk-galat.png");

        // fixing them one by one: the footer goes once the last is fixed
        clickOn("#penduduk-nik").eraseText(8).write("3604345708600003").type(KeyCode.TAB);
        write("Siti Maemunah").type(KeyCode.TAB);
        // the desa list follows the page's, even when the form was opened before the page had read it
        tunggu(() -> !lookup("#penduduk-desa").queryAs(ComboBox.class).getItems().isEmpty());
        interact(() -> {
            pilih(lookup("#penduduk-jk").queryAs(ComboBox.class), (JenisKelamin j) -> j == JenisKelamin.P);
            pilih(lookup("#penduduk-desa").queryAs(ComboBox.class), (Wilayah w) -> w.nama().equals("Mander"));
        });
        tungguTeks("#penduduk-pesan", t -> t.startsWith("Ada isian yang perlu diperbaiki"));
        interact(() -> pilih(lookup("#entri-jenis").queryAs(ComboBox.class), (JenisPmks j) -> j.kode().equals("PMKS-08")));
        tungguTeks("#penduduk-pesan", String::isEmpty);

        // "Hubungan dalam keluarga" is the official list: typing 2 chooses istri/suami
        clickOn("#penduduk-hubungan");
        type(KeyCode.ESCAPE);
        type(KeyCode.DIGIT2);
        ComboBox<?> hub = lookup("#penduduk-hubungan").queryAs(ComboBox.class);
        tunggu(() -> hub.getValue() == id.kesos.core.penduduk.HubunganKeluarga.ISTRI_SUAMI);
        assertEquals("2 \u2013 istri/suami", ((javafx.scene.control.ListCell<?>) hub.getButtonCell()).getText());
        clickOn("#penduduk-simpan");
        tungguTeks("#penduduk-pesan", t -> t.equals("Siti Maemunah ditambahkan ke register."));
        try (Layanan lagi = Layanan.buka(new DataDir(dataDir))) {
            assertEquals(2, lagi.pmks().orang().denganNik("3604345708600003").orElseThrow().hubunganKeluarga());
        }
        // the stored person shows the name of the code, not the number
        tunggu(() -> ((javafx.scene.control.ListCell<?>) hub.getButtonCell()).getText().equals("2 \u2013 istri/suami"));
    }

    @Test
    void aNikAlreadyInTheRegisterOffersTheExistingPerson() throws Exception {
        try (Layanan l = Layanan.buka(new DataDir(dataDir))) {
            l.pmks().tambah(new id.kesos.core.penduduk.Penduduk(null, "3604341708600001", null, "Ujang Hidayat", null,
                    LocalDate.of(1960, 8, 17), JenisKelamin.L, null, null, null, null, "36.04.34.2001", null, null, null, null, 0),
                    id.kesos.core.pmks.EntriPmks.baru("PMKS-08", LocalDate.now().getYear(), null, null), true);
        }
        tunggu(() -> utamaSiap);
        clickOn("#nav-pmks");
        clickOn("#pmks-tambah");
        tunggu(() -> lookup("#penduduk-nik").tryQuery().isPresent());
        clickOn("#penduduk-nik").write("3604341708600001");
        clickOn("#penduduk-nama").write("Ujang H.");
        interact(() -> {
            pilih(lookup("#penduduk-jk").queryAs(ComboBox.class), (JenisKelamin j) -> j == JenisKelamin.L);
            pilih(lookup("#penduduk-desa").queryAs(ComboBox.class), (Wilayah w) -> w.nama().equals("Bandung"));
            pilih(lookup("#entri-jenis").queryAs(ComboBox.class), (JenisPmks j) -> j.kode().equals("PMKS-09"));
        });
        clickOn("#penduduk-simpan");
        tungguTeks("#penduduk-pesan", t -> t.contains("sudah terdaftar atas nama Ujang Hidayat"));
        clickOn("#penduduk-tambahkan-duplikat");
        // 66 years old is outside the age range of Penyandang Disabilitas: a warning to accept, not a block
        tungguTeks("#penduduk-peringatan", t -> t.contains("di luar batas umur Penyandang Disabilitas"));
        clickOn("#penduduk-simpan-juga");
        tungguTeks("#penduduk-pesan", t -> t.equals("Jenis ditambahkan ke Ujang Hidayat."));
        FilterPmks ujang = FilterPmks.SEMUA.withTeks("ujang");
        try (Layanan l = Layanan.buka(new DataDir(dataDir))) {
            assertEquals(2, l.pmks().cari(ujang, Urutan.NAMA, true, 0, 10).total(), "one person, two types");
            assertEquals(1, l.db().dsl().fetchCount(id.kesos.core.db.jooq.Tables.PENDUDUK));
        }
    }
}
