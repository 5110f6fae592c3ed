package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A new office's Beranda: a sentence where the charts will be, not two empty charts with a "0,0" axis. */
class BerandaKosongUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
    }

    @Test
    void aYearWithoutEntriesSaysSoInsteadOfDrawingEmptyCharts() throws Exception {
        tunggu(() -> utamaSiap);
        tunggu(() -> lookup("#beranda-grafik-kosong").tryQuery().isPresent());
        assertTrue(teks("#beranda-grafik-kosong").startsWith("Belum ada data PMKS tahun " + LocalDate.now().getYear()),
                teks("#beranda-grafik-kosong"));
        assertTrue(lookup("#beranda-grafik-desa").tryQuery().isEmpty(), "no empty chart");
        simpanGambar("target/ui-beranda-kosong.png");
    }
}
