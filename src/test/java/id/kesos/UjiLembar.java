package id.kesos;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes the rows of the office spreadsheets the import tests read. */
public final class UjiLembar {
    private UjiLembar() {
    }

    /** Row {@code i} (0-based) of {@code s}: a Double as a number cell (how Excel keeps a NIK typed into a number column), anything else as text, null as no cell. */
    public static void baris(Sheet s, int i, Object... nilai) {
        Row r = s.createRow(i);
        for (int c = 0; c < nilai.length; c++) {
            if (nilai[c] instanceof Double d) {
                r.createCell(c).setCellValue(d);
            } else if (nilai[c] != null) {
                r.createCell(c).setCellValue(nilai[c].toString());
            }
        }
    }
}
