package id.kesos.core.impor;

import java.util.List;

/**
 * A row that was not imported and why: its row number in the file, the column (as the file names it)
 * and the reason in the user's language, and the row's cells as they were (for the rejects workbook).
 */
public record Tolakan(int baris, String kolom, String alasan, List<String> asli) {
    public Tolakan {
        asli = List.copyOf(asli);
    }
}
