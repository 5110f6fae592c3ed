package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.demo.DemoPmks;
import java.time.LocalDate;
import javafx.scene.chart.BarChart;
import org.junit.jupiter.api.Test;

/** Beranda's dashboard: the charts arrive in the background, and a data-quality line opens exactly its entries in the PMKS list. */
class BerandaUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
        new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi(200, 3, LocalDate.now().getYear(), false, l.pmks().jenis(), n -> { });
        l.db().dsl().execute("UPDATE penduduk SET nik = NULL WHERE id IN (SELECT penduduk_id FROM pmks WHERE status IN ('usulan',"
                + " 'terverifikasi') AND penduduk_id IS NOT NULL ORDER BY id FETCH FIRST 2 ROWS ONLY)");
    }

    /** Scrolls Beranda until {@code query} is in view, as the user does with the wheel. */
    void gulirKe(String query) throws Exception {
        javafx.scene.Node n = lookup(query).query();
        javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) lookup("#beranda").query();
        interact(() -> {
            double y = sp.getContent().sceneToLocal(n.localToScene(0, 0)).getY();
            double bisa = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(Math.min(1, Math.max(0, (y - 40) / bisa)));
        });
        tunggu(() -> n.localToScreen(n.getBoundsInLocal()) != null && sp.localToScreen(sp.getBoundsInLocal())
                .contains(n.localToScreen(n.getBoundsInLocal())));
    }

    long satu(String sql) {
        return ((Number) layanan.db().dsl().fetchValue(sql)).longValue();
    }

    @Test
    void aDataQualityLineOpensItsEntries() throws Exception {
        tunggu(() -> utamaSiap);
        tunggu(() -> lookup("#beranda-masalah-nik-kosong-atau-salah").tryQuery().isPresent());
        BarChart<?, ?> desa = lookup("#beranda-grafik-desa").queryAs(BarChart.class);
        assertEquals(layanan.kantor().profil().orElseThrow().desa().size(), desa.getData().getFirst().getData().size(), "a bar per desa");
        long tanpaNik = satu("SELECT COUNT(*) FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0"
                + " AND e.status IN ('usulan', 'terverifikasi') AND p.nik IS NULL");
        assertTrue(tanpaNik >= 2);
        assertTrue(teks("#beranda-masalah-nik-kosong-atau-salah").endsWith(": " + tanpaNik), teks("#beranda-masalah-nik-kosong-atau-salah"));

        gulirKe("#beranda-masalah-nik-kosong-atau-salah");
        clickOn("#beranda-masalah-nik-kosong-atau-salah");
        tunggu(() -> lookup("#pmks-ringkasan").tryQuery().isPresent() && teks("#pmks-ringkasan").startsWith(tanpaNik + " data cocok"));
        assertTrue(lookup("#pmks-hanya").query().getParent().isVisible(), "the band names the check");
        assertTrue(teks("#pmks-hanya").contains("NIK kosong atau tidak sah"));

        clickOn("#pmks-semua-data");
        long semua = satu("SELECT COUNT(*) FROM pmks WHERE hapus_token = 0");
        tunggu(() -> teks("#pmks-ringkasan").startsWith(java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id"))
                .format(semua) + " data cocok"));
        assertTrue(!lookup("#pmks-hanya").query().getParent().isVisible(), "the band is gone");
    }
}
