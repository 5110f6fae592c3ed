package id.kesos.ui;

import static id.kesos.ui.PmksUiTest.pilih;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.psks.Psks;
import id.kesos.core.psks.RingkasPsks;
import id.kesos.core.rapat.BarisRapat;
import id.kesos.core.rapat.JabatanDesa;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.rapat.Rapat;
import id.kesos.core.rapat.StatusRapat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting recorded as the Kasie Kesos would: two agenda items, three attendees, one follow-up, finalised, saved as PDF. */
class RapatUiTest extends UiTestBase {
    @TempDir
    Path keluar;

    @Override
    void siapkan(Layanan l) {
        l.kantor().simpan(new Kantor("36.04.34", "Drs. Budi Santoso", "197001011990031001", "Pembina (IV/a)", "Siti Aminah",
                "198002022005012002", "Penata (III/c)", null, null, null, null, null, 0));
        l.pmks().segarkanDesa();
        l.psks().simpan(Psks.baru("PSKS-11").orang(new Penduduk(null, "3604340107750004", null, "Agus Hidayat", null,
                LocalDate.of(1975, 7, 1), JenisKelamin.L, null, null, null, null, "36.04.34.2001", null, null, null, null, 0)).build(), true);
        l.rapat().simpanPerangkat(new PerangkatDesa(null, "36.04.34.2002", JabatanDesa.KEPALA_DESA, "Dedi Mulyadi", JenisKelamin.L,
                "081300001111", true, 0));
    }

    void tab(String judul) {
        clickOn(n -> n instanceof javafx.scene.control.Labeled l && judul.equals(l.getText()) && n.getStyleClass().contains("tab-label"));
    }

    @Test
    void recordFinaliseAndSaveTheMinutes() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-rapat");
        tunggu(() -> teks("#rapat-ringkasan").startsWith("0 rapat"));
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        tunggu(() -> lookup("#rapat-judul").tryQuery().isPresent() && lookup("#rapat-judul").query().isFocused());
        assertEquals("Drs. Budi Santoso", lookup("#rapat-pimpinan-nama").queryAs(TextField.class).getText(), "the Camat chairs by default");
        clickOn("#rapat-judul").write("Rapat Koordinasi Kesos November");
        assertEquals("Rapat Koordinasi Kesos November", lookup("#rapat-judul").queryAs(TextField.class).getText());
        clickOn("#rapat-jam-selesai").write("11.30");

        tab("Agenda");
        clickOn("#rapat-agenda-judul-0").write("Verifikasi data PMKS");
        clickOn("#rapat-agenda-pembahasan-0").write("Kepala Desa Mander: ada 3 data ganda.");
        clickOn("#rapat-tambah-agenda");
        tunggu(() -> lookup("#rapat-agenda-judul-1").tryQuery().isPresent());
        clickOn("#rapat-agenda-judul-1").write("Aktivasi Karang Taruna");

        tab("Peserta");
        interact(() -> {
            pilih(lookup("#rapat-pilih-psks").queryAs(ComboBox.class), (RingkasPsks r) -> r.nama().equals("Agus Hidayat"));
            pilih(lookup("#rapat-pilih-perangkat").queryAs(ComboBox.class), (PerangkatDesa p) -> p.nama().equals("Dedi Mulyadi"));
        });
        tunggu(() -> lookup("#rapat-peserta-nama-1").tryQuery().isPresent());
        clickOn("#rapat-tambah-peserta");
        tunggu(() -> lookup("#rapat-peserta-nama-2").tryQuery().isPresent());
        clickOn("#rapat-peserta-nama-2").write("dr. Rina");
        clickOn("#rapat-peserta-jabatan-2").write("Kepala Puskesmas");
        tungguTeks("#rapat-ringkasan-peserta", t -> t.startsWith("Hadir 3 dari 3"));

        tab("Tindak lanjut");
        clickOn("#rapat-tambah-tindak-lanjut");
        tunggu(() -> lookup("#rapat-tl-uraian-0").tryQuery().isPresent());
        clickOn("#rapat-tl-uraian-0").write("Perbaiki data ganda");
        clickOn("#rapat-tl-pj-0").write("Operator desa");
        clickOn("#rapat-tl-batas-0").write("15-12-2026");
        // the draft saves itself
        tungguTeks("#rapat-pesan", t -> t.startsWith("Draf tersimpan otomatis"));

        clickOn("#rapat-finalkan");
        tungguTeks("#rapat-status", t -> t.equals("Final"));
        assertTrue(lookup("#rapat-judul").query().isDisabled(), "a final meeting cannot be edited");

        simpanKe = keluar.resolve("notula.pdf");
        clickOn("#rapat-simpan-pdf");
        tunggu(() -> lookup("#rapat-bagian").tryQuery().isPresent());
        type(KeyCode.ENTER);
        tungguTeks("#rapat-pesan", t -> t.startsWith("PDF tersimpan"));
        try (PDDocument d = Loader.loadPDF(simpanKe.toFile())) {
            String teks = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(teks.contains("NOTULA RAPAT") && teks.contains("DAFTAR HADIR"));
            assertTrue(teks.contains("Rapat Koordinasi Kesos November"));
            assertTrue(teks.contains("Agus Hidayat") && teks.contains("Dedi Mulyadi") && teks.contains("dr. Rina"));
            assertTrue(teks.contains("Perbaiki data ganda"));
        }

        List<BarisRapat> daftar = layanan.rapat().daftar();
        assertEquals(1, daftar.size());
        Rapat r = layanan.rapat().rapat(daftar.getFirst().id()).orElseThrow();
        assertEquals(StatusRapat.FINAL, r.status());
        assertEquals(LocalDate.now(), r.tanggal());
        assertEquals(List.of("Verifikasi data PMKS", "Aktivasi Karang Taruna"), r.agenda().stream().map(a -> a.judul()).toList());
        assertEquals(3, r.peserta().size());
        assertEquals(1, r.tindakLanjut().size());
        assertEquals(LocalDate.of(2026, 12, 15), r.tindakLanjut().getFirst().batasWaktu());
        assertTrue(Files.size(simpanKe) > 10_000);
    }
}
