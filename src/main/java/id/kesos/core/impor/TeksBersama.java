package id.kesos.core.impor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings (the text of most cells) as plain text, read once with SAX as POI's
 * {@code ReadOnlySharedStringsTable} reads them (the runs of a rich text joined, phonetic guides left out),
 * but handed to the sheet's reader without building POI's XMLBeans rich text for every cell, which cost a
 * third of reading a 100,000-row list. Only the text is needed: an import ignores fonts.
 */
final class TeksBersama extends DefaultHandler implements SharedStrings {
    private static final String NS_KETAT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    private final List<String> teks = new ArrayList<>();
    private final StringBuilder isi = new StringBuilder();
    private boolean dalamT;
    private boolean dalamFonetik;

    private TeksBersama() {
    }

    /** The shared strings of {@code pkg} (none when the workbook has no such part). */
    static TeksBersama baca(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
        TeksBersama t = new TeksBersama();
        List<PackagePart> bagian = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!bagian.isEmpty()) {
            try (InputStream in = bagian.getFirst().getInputStream()) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(t);
                xml.parse(new InputSource(in));
            }
        }
        return t;
    }

    private static boolean milikLembar(String uri) {
        return uri == null || uri.isEmpty() || XSSFRelation.NS_SPREADSHEETML.equals(uri) || NS_KETAT.equals(uri);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (!milikLembar(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> isi.setLength(0);
            case "t" -> dalamT = true;
            case "rPh" -> dalamFonetik = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!milikLembar(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> teks.add(isi.toString());
            case "t" -> dalamT = false;
            case "rPh" -> dalamFonetik = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (dalamT && !dalamFonetik) {
            isi.append(ch, start, length);
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new Polos(teks.get(idx));
    }

    @Override
    public int getCount() {
        return teks.size();
    }

    @Override
    public int getUniqueCount() {
        return teks.size();
    }

    /** A cell's text without formatting: what the sheet's handler asks of a shared string. */
    private static final class Polos implements RichTextString {
        private final String s;

        Polos(String s) {
            this.s = s;
        }

        @Override
        public String getString() {
            return s;
        }

        @Override
        public String toString() {
            return s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException();
        }
    }
}
