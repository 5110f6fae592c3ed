package id.kesos.core.rekap;

import id.kesos.core.Kemajuan;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Laporan} as .xlsx, one sheet per {@link Lembar}. Streaming: only a window of rows
 * is in memory, so a name list of a quarter of a million people fits in a small heap.
 */
public final class ExcelLaporan {
    private ExcelLaporan() {
    }

    public static void tulis(Laporan lap, OutputStream out, Kemajuan kemajuan) throws IOException {
        tulis(java.util.List.of(lap), out, kemajuan, wb -> { });
    }

    /** Several recaps in one workbook, their sheets in order, then what {@code tambahan} adds (a package's data sheets). */
    static void tulis(java.util.List<Laporan> semua, OutputStream out, Kemajuan kemajuan,
            java.util.function.Consumer<SXSSFWorkbook> tambahan) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
                // a name list is a hundred MB of XML: the fastest compression halves the time to pack it, the file stays small
                ZipArchiveOutputStream z = super.createArchiveOutputStream(stream);
                z.setLevel(Deflater.BEST_SPEED);
                return z;
            }
        };
        try {
            LembarResmi.Gaya gaya = new LembarResmi.Gaya(wb);
            long total = semua.stream().flatMap(lap -> lap.lembar().stream()).mapToLong(Lembar::perkiraanBaris).filter(n -> n >= 0).sum();
            long[] ditulis = {0};
            for (Laporan lap : semua) {
                for (Lembar l : lap.lembar()) {
                    LembarResmi.tulis(wb, gaya, lap, l, kemajuan, ditulis, total);
                }
            }
            kemajuan.periksa();
            tambahan.accept(wb);
            kemajuan.periksa();
            wb.write(out);
            kemajuan.maju(ditulis[0], ditulis[0]);
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}
