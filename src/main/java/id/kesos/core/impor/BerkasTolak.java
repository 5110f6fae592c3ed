package id.kesos.core.impor;

import id.kesos.core.cetak.Berkas;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rejects workbook: the rejected rows in their original columns under the file's own headers,
 * with the row number they had and an "Alasan" column. Every cell is text (a NIK stays whole), so the
 * user corrects the rows here and imports this workbook again.
 */
public final class BerkasTolak {
    private BerkasTolak() {
    }

    /** Excel's most characters in a cell (a longer one, from a CSV, is cut: it was rejected for its length anyway). */
    static final int SEL_MAKS = 32_767;

    private static String potong(String s) {
        return s.length() <= SEL_MAKS ? s : s.substring(0, SEL_MAKS);
    }

    public static void tulis(Path tujuan, Kepala<?> kepala, List<Tolakan> tolak) {
        Berkas.tulisAman(tujuan, os -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                DataFormat df = wb.createDataFormat();
                CellStyle teks = wb.createCellStyle();
                teks.setDataFormat(df.getFormat("@"));
                CellStyle tebal = wb.createCellStyle();
                Font f = wb.createFont();
                f.setBold(true);
                tebal.setFont(f);
                Sheet s = wb.createSheet(Messages.get("impor.tolak.lembar"));
                int lebar = kepala.teks().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                for (Tolakan t : tolak) {
                    lebar = Math.max(lebar, t.asli().size());
                }
                Row h = s.createRow(0);
                for (Map.Entry<Integer, String> e : kepala.teks().entrySet()) {
                    h.createCell(e.getKey()).setCellValue(e.getValue());
                    h.getCell(e.getKey()).setCellStyle(tebal);
                }
                h.createCell(lebar).setCellValue(Messages.get("impor.tolak.baris"));
                h.createCell(lebar + 1).setCellValue(Messages.get("impor.tolak.alasan"));
                h.getCell(lebar).setCellStyle(tebal);
                h.getCell(lebar + 1).setCellStyle(tebal);
                for (int c = 0; c < lebar + 2; c++) {
                    s.setDefaultColumnStyle(c, teks);
                }
                int i = 1;
                for (Tolakan t : tolak) {
                    Row r = s.createRow(i++);
                    for (int c = 0; c < t.asli().size(); c++) {
                        var sel = r.createCell(c);
                        sel.setCellStyle(teks);
                        sel.setCellValue(potong(t.asli().get(c)));
                    }
                    r.createCell(lebar).setCellValue(String.valueOf(t.baris()));
                    r.createCell(lebar + 1).setCellValue(t.kolom().isEmpty() ? t.alasan() : t.kolom() + ": " + t.alasan());
                }
                // wide enough for what the columns hold (a NIK whole), so the user reads and corrects them in Excel
                for (int c = 0; c < lebar + 1; c++) {
                    int n = c < lebar ? kepala.teks().getOrDefault(c, "").length() : Messages.get("impor.tolak.baris").length();
                    for (Tolakan t : tolak) {
                        n = Math.max(n, c < t.asli().size() ? Math.min(t.asli().get(c).length(), 60) : 0);
                    }
                    s.setColumnWidth(c, Math.min(62, n + 2) * 256);
                }
                s.setColumnWidth(lebar + 1, 90 * 256);
                wb.write(os);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
