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
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A workbook's shared strings (the text of most cells) as plain text, read once with SAX as POI's
 * {@code ReadOnlySharedStringsTable} reads them (the runs of a rich text joined, phonetic guides left out),
 * but handed to the sheet's reader without building POI's XMLBeans rich text for every cell, which cost a
 * third of reading a 100,000-row list. Only the text is needed: an import ignores fonts.
 * <p>
 * The same holds for a sheet's inline strings ({@code <c t="inlineStr"><is><t>..</t></is></c>}, what
 * streaming writers write: this app's own exports and rejects files, POI's SXSSF): {@link #saring} hands each
 * to POI's sheet handler as a shared string of this table, which POI would otherwise parse into XMLBeans rich
 * text, two thirds of the allocation of reading such a file.
 */
final class TeksBersama extends DefaultHandler implements SharedStrings {
    private static final String NS_KETAT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /** The index under which the inline string of the sheet's current cell is handed on. */
    private static final int SEBARIS = -1;

    private final List<String> teks = new ArrayList<>();
    private final Himpun himpun = new Himpun();
    private String sebaris = "";

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
        if (milikLembar(uri)) {
            if (localName.equals("si")) {
                himpun.mulai();
            }
            himpun.buka(localName);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (milikLembar(uri)) {
            if (localName.equals("si")) {
                teks.add(himpun.toString());
            }
            himpun.tutup(localName);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        himpun.huruf(ch, start, length);
    }

    /**
     * The text of one string item ({@code <si>} here, {@code <is>} in a sheet): its {@code <t>} elements
     * joined, those of phonetic guides ({@code <rPh>}) left out.
     */
    private static final class Himpun {
        private final StringBuilder isi = new StringBuilder();
        private boolean dalamT;
        private boolean dalamFonetik;

        void mulai() {
            isi.setLength(0);
        }

        void buka(String localName) {
            switch (localName) {
                case "t" -> dalamT = true;
                case "rPh" -> dalamFonetik = true;
                default -> { }
            }
        }

        void tutup(String localName) {
            switch (localName) {
                case "t" -> dalamT = false;
                case "rPh" -> dalamFonetik = false;
                default -> { }
            }
        }

        void huruf(char[] ch, int start, int length) {
            if (dalamT && !dalamFonetik) {
                isi.append(ch, start, length);
            }
        }

        @Override
        public String toString() {
            return isi.toString();
        }
    }

    /**
     * The sheet's SAX events as {@code lembar} (POI's sheet handler) should get them: an inline-string cell
     * turned into a shared-string cell whose {@code <v>} names {@link #SEBARIS}, its text set aside here for
     * {@link #getItemAt} to give; every other element passes unchanged.
     */
    ContentHandler saring(ContentHandler lembar) {
        XMLFilterImpl f = new XMLFilterImpl() {
            /** Inside an inline-string cell, and whether its value was handed on yet. */
            private boolean sel;
            private boolean terkirim;
            /** Inside its {@code <is>} (or a {@code <v>} a writer put there instead), which POI must not see. */
            private int dalam;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                if (!milikLembar(uri)) {
                    super.startElement(uri, localName, qName, atts);
                } else if (dalam > 0) {
                    dalam++;
                    himpun.buka(localName);
                } else if (sel && (localName.equals("is") || localName.equals("v"))) {
                    dalam = 1;
                    himpun.mulai();
                    if (localName.equals("v")) {
                        himpun.buka("t"); // all of a <v> is the cell's text
                    }
                } else if (localName.equals("c") && "inlineStr".equals(atts.getValue("t"))) {
                    sel = true;
                    terkirim = false;
                    AttributesImpl a = new AttributesImpl(atts);
                    a.setValue(a.getIndex("t"), "s");
                    super.startElement(uri, localName, qName, a);
                } else {
                    super.startElement(uri, localName, qName, atts);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) throws SAXException {
                if (!milikLembar(uri)) {
                    super.endElement(uri, localName, qName);
                } else if (dalam > 0) {
                    himpun.tutup(localName);
                    if (--dalam == 0) {
                        himpun.tutup("t");
                        kirim(uri, qName, himpun.toString());
                    }
                } else {
                    if (localName.equals("c") && sel) {
                        if (!terkirim) {
                            kirim(uri, qName, ""); // an inline cell without text: an empty text, as POI reads it
                        }
                        sel = false;
                    }
                    super.endElement(uri, localName, qName);
                }
            }

            /** The cell's value as POI's handler expects a shared string's: {@code <v>SEBARIS</v>}, the text set aside. */
            private void kirim(String uri, String qName, String teks) throws SAXException {
                sebaris = teks;
                terkirim = true;
                String v = qName.contains(":") ? qName.substring(0, qName.indexOf(':') + 1) + "v" : "v";
                char[] nomor = String.valueOf(SEBARIS).toCharArray();
                super.startElement(uri, "v", v, new AttributesImpl());
                super.characters(nomor, 0, nomor.length);
                super.endElement(uri, "v", v);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (dalam > 0) {
                    himpun.huruf(ch, start, length);
                } else {
                    super.characters(ch, start, length);
                }
            }
        };
        f.setContentHandler(lembar);
        return f;
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new Polos(idx == SEBARIS ? sebaris : teks.get(idx));
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
