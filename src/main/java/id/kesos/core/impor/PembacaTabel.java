package id.kesos.core.impor;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a spreadsheet row by row without holding it in memory: an .xlsx (POI's event API), an .xls
 * (POI's HSSF event API) or a text file of comma-, semicolon- or tab-separated values. The kind is
 * told by the file's first bytes, not by its name (an .xls that is really a CSV export is common).
 */
public interface PembacaTabel {

    /** Thrown by a row consumer to stop reading (the top rows were enough): every reader lets it through. */
    final class Berhenti extends RuntimeException {
        public Berhenti() {
            super(null, null, false, false);
        }
    }

    /** The sheets in workbook order (a text file has one, named after the file). */
    List<String> lembar();

    /** Hands every row of {@code lembar} to {@code tiap}, in order; empty rows too (they are counted). */
    void baca(String lembar, Consumer<BarisMentah> tiap);

    /** Opens {@code berkas} with the reader its content needs; a file that is no spreadsheet is refused with the reason. */
    static PembacaTabel buka(Path berkas) {
        byte[] awal = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(berkas)) {
            n = in.readNBytes(awal, 0, awal.length);
        } catch (NoSuchFileException e) {
            throw new KesosException(Messages.get("impor.tidakAda", berkas.getFileName()));
        } catch (IOException e) {
            throw new KesosException(Messages.get("impor.tidakTerbaca", berkas.getFileName(), e.getMessage()));
        }
        if (n == 0) {
            throw new KesosException(Messages.get("impor.kosong", berkas.getFileName()));
        }
        if (n >= 4 && awal[0] == 'P' && awal[1] == 'K' && awal[2] == 3 && awal[3] == 4) {
            return new PembacaXlsx(berkas);
        }
        if (n >= 8 && (awal[0] & 0xFF) == 0xD0 && (awal[1] & 0xFF) == 0xCF && (awal[2] & 0xFF) == 0x11 && (awal[3] & 0xFF) == 0xE0) {
            return PembacaXls.buka(berkas);
        }
        return PembacaCsv.buka(berkas);
    }
}
