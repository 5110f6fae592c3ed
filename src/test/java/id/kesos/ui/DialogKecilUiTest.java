package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.rapat.JabatanDesa;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.wilayah.Wilayah;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * The small editors through the real window: the village officials' list (add, the list follows)
 * and the group form (words where a number belongs are refused in the dialog, which stays open).
 * Each leaves a screenshot in target/ to look at.
 */
class DialogKecilUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
    }

    private void gambar(String nama) {
        int[] i = {0};
        interact(() -> javafx.stage.Window.getWindows().forEach(w -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null), "png",
                        new java.io.File("target/layar-" + nama + "-" + (i[0]++) + ".png"));
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void villageOfficialsAreAddedAndListed() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-rapat");
        tunggu(() -> lookup("#rapat-perangkat").tryQuery().isPresent());
        clickOn("#rapat-perangkat");
        tunggu(() -> lookup("#perangkat-nama").tryQuery().isPresent());
        interact(() -> {
            ComboBox<Wilayah> desa = lookup("#perangkat-desa").queryAs(ComboBox.class);
            desa.getSelectionModel().select(desa.getItems().stream().filter(w -> w.nama().equals("Mander")).findFirst().orElseThrow());
            lookup("#perangkat-jabatan").queryAs(ComboBox.class).getSelectionModel().select(JabatanDesa.KEPALA_DESA);
        });
        clickOn("#perangkat-simpan");
        tungguTeks("#galat-perangkat", t -> t.equals("Nama perangkat desa wajib diisi."));
        clickOn("#perangkat-nama").write("Dedi Mulyadi");
        clickOn("#perangkat-hp").write("0812 1111 2222");
        clickOn("#perangkat-simpan");
        tunggu(() -> lookup("#perangkat-tabel").queryAs(TableView.class).getItems().size() == 1);
        assertEquals("", teks("#galat-perangkat"));
        gambar("perangkat-desa");
        PerangkatDesa p = layanan.rapat().perangkatDesa().getFirst();
        assertEquals("Dedi Mulyadi", p.nama());
        assertEquals("36.04.34.2002", p.desaKode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGroupWithWordsForANumberIsRefusedInTheOpenDialog() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-pmks");
        tunggu(() -> lookup("#pmks-tambah-kelompok").tryQuery().isPresent());
        clickOn("#pmks-tambah-kelompok");
        tunggu(() -> lookup("#kelompok-nama").tryQuery().isPresent());
        clickOn("#kelompok-nama").write("Komunitas Adat Cibeo");
        interact(() -> {
            ComboBox<Wilayah> desa = lookup("#kelompok-desa").queryAs(ComboBox.class);
            desa.getSelectionModel().select(desa.getItems().getFirst());
            ComboBox<JenisPmks> jenis = lookup("#kelompok-jenis").queryAs(ComboBox.class);
            assertTrue(jenis.getValue() != null && jenis.getValue().bolehKelompok());
        });
        clickOn("#kelompok-kk").write("tiga puluh");
        clickOn("#kelompok-jiwa").write("120");
        clickOn("#kelompok-simpan");
        tungguTeks("#galat-kelompok", t -> t.equals("Jumlah KK harus berupa bilangan bulat, sekarang \"tiga puluh\"."));
        gambar("kelompok-ditolak");
        assertEquals(0, layanan.pmks().jumlahAktif());
        doubleClickOn("#kelompok-kk").eraseText(12).write("30");
        clickOn("#kelompok-simpan");
        tunggu(() -> lookup("#kelompok-nama").tryQuery().isEmpty());
        assertEquals(1, layanan.pmks().jumlahAktif());
    }
}
