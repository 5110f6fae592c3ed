package id.kesos.core.impor;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx read with POI's event API (SAX over the sheet's XML): memory stays flat whatever the
 * file's size. Each number cell keeps its number (and its date when formatted as one) beside the
 * text Excel shows; formulas give their cached results.
 */
final class PembacaXlsx implements PembacaTabel {
    /** Columns beyond this are not read: no office list is wider, and a sheet 16,384 columns wide must not fill memory. */
    static final int KOLOM_MAKS = 256;

    private final Path berkas;
    private final List<String> lembar = new ArrayList<>();

    PembacaXlsx(Path berkas) {
        this.berkas = berkas;
        try (OPCPackage pkg = buka()) {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    lembar.add(it.getSheetName());
                }
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw rusak(e);
        }
    }

    private OPCPackage buka() throws IOException {
        try {
            return OPCPackage.open(berkas.toFile(), PackageAccess.READ);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private KesosException rusak(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // POI refuses entries that inflate far beyond their packed size (a zip bomb) before they fill memory
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return new KesosException(Messages.get("impor.bom", berkas.getFileName()), e);
            }
        }
        return new KesosException(Messages.get("impor.rusak", berkas.getFileName()), e);
    }

    @Override
    public List<String> lembar() {
        return List.copyOf(lembar);
    }

    @Override
    public void baca(String nama, Consumer<BarisMentah> tiap) {
        try (OPCPackage pkg = buka()) {
            XSSFReader r = new XSSFReader(pkg);
            TeksBersama teks = TeksBersama.baca(pkg);
            StylesTable gaya = r.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) r.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (it.getSheetName().equals(nama)) {
                        Pengumpul p = new Pengumpul(tiap);
                        XMLReader xml = SAXHelper.newXMLReader();
                        xml.setContentHandler(teks.saring(new XSSFSheetXMLHandler(gaya, null, teks, p, p.format, false)));
                        xml.parse(new InputSource(in));
                        return;
                    }
                }
            }
            throw new KesosException(Messages.get("impor.lembarTidakAda", nama, String.join(", ", lembar)));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw rusak(e);
        }
    }

    /** Builds rows from the handler's cell events; fills the rows and cells a sparse sheet leaves out. */
    private static final class Pengumpul implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<BarisMentah> tiap;
        /** Tells which cell was a number (the handler formats every number cell through it just before reporting the cell). */
        final Penanda format = new Penanda();
        private List<Sel> sel = new ArrayList<>();
        private int baris;
        private int berikut = 0;

        Pengumpul(Consumer<BarisMentah> tiap) {
            this.tiap = tiap;
        }

        @Override
        public void startRow(int rowNum) {
            // rows the file leaves out are empty rows to the user: they are handed on (and counted) too
            while (berikut < rowNum) {
                tiap.accept(new BarisMentah(++berikut, List.of()));
            }
            baris = rowNum;
            sel = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            tiap.accept(new BarisMentah(baris + 1, sel));
            berikut = baris + 1;
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
            int kolom = ref == null ? sel.size() : new CellReference(ref).getCol();
            Double angka = format.ambilAngka();
            java.time.LocalDate tanggal = format.ambilTanggal();
            if (kolom >= KOLOM_MAKS) {
                return;
            }
            while (sel.size() < kolom) {
                sel.add(Sel.KOSONG);
            }
            sel.add(new Sel(formatted, angka, tanggal));
        }
    }

    /** A DataFormatter that remembers the last number it formatted (and whether its format is a date). */
    static final class Penanda extends DataFormatter {
        private Double angka;
        private java.time.LocalDate tanggal;

        Penanda() {
            super(java.util.Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            angka = value;
            tanggal = DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
                    ? DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate() : null;
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }

        Double ambilAngka() {
            Double a = angka;
            angka = null;
            return a;
        }

        java.time.LocalDate ambilTanggal() {
            java.time.LocalDate t = tanggal;
            tanggal = null;
            return t;
        }
    }
}
