package id.kesos.core.rekap;

import id.kesos.core.Kemajuan;
import id.kesos.core.KesosException;
import id.kesos.core.cetak.TanggalIndonesia;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.ProfilKantor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.builder.JxlsTemplateFillException;
import org.jxls.expression.ExpressionEvaluatorFactoryJexlImpl;
import org.jxls.expression.JxlsJexlPermissions;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;

/**
 * Fills a district's own template (an .xlsx made in Excel) with a recap, through jXLS: the template
 * keeps its styles, merged cells, formulas and print setup. Placeholders are {@code ${name}}; the
 * repeated row is marked with a cell comment {@code jx:each(items="baris" var="b" lastCell="...")}
 * inside a {@code jx:area(lastCell="...")}. Every placeholder is checked before filling, so an unknown
 * name is reported with its cell instead of leaving an empty cell in a file sent upward.
 */
public final class TemplatLaporan {
    /** Top-level names every template may use. */
    static final List<String> AKAR = List.of("kecamatan", "kabupaten", "provinsi", "tahun", "judul", "subjudul", "tanggal",
            "tempatTanggal", "camat", "kasi", "kepala", "kantor", "baris", "jumlah", "jumlahBaris");
    private static final List<String> ORANG = List.of("nama", "pangkat", "nip");
    private static final List<String> KANTOR = List.of("alamat", "telepon", "email", "kodePos");
    private static final Set<String> KATA_JEXL = Set.of("true", "false", "null", "empty", "size", "new", "var", "if", "else", "for",
            "while", "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "return");
    private static final Pattern EKSPRESI = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NAMA = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(?:\\.([A-Za-z_]\\w*)(\\()?)?");
    private static final Pattern EACH = Pattern.compile("jx:each\\s*\\(([^)]*)\\)");
    private static final Pattern ATRIBUT = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

    private TemplatLaporan() {
    }

    /** The data a template sees: the office, the year, the signers, the rows of all sheets and their sums. */
    static Map<String, Object> data(Laporan lap, Kemajuan k) {
        Penerbit p = lap.penerbit();
        Map<String, Object> m = new LinkedHashMap<>(p.dataTemplat());
        Lembar pertama = lap.lembar().isEmpty() ? null : lap.lembar().getFirst();
        m.put("judul", pertama == null || pertama.judul().isEmpty() ? lap.judul() : pertama.judul().getFirst());
        m.put("subjudul", pertama == null || pertama.judul().size() < 2 ? "" : pertama.judul().get(1));
        m.put("tahun", (long) lap.tahun());
        m.put("tanggal", TanggalIndonesia.tanggal(lap.tanggal()));
        m.put("tempatTanggal", p.tempat() + ", " + TanggalIndonesia.tanggal(lap.tanggal()));
        List<Map<String, Object>> baris = new ArrayList<>();
        Map<String, Object> jumlah = new LinkedHashMap<>();
        for (Lembar l : lap.lembar()) {
            Lembar.Penjumlah pj = l.penjumlah();
            l.isi().baca(Integer.MAX_VALUE, r -> {
                if ((baris.size() & 1023) == 0) {
                    k.periksa();
                }
                pj.tambah(r);
                Map<String, Object> b = new LinkedHashMap<>();
                for (int i = 0; i < l.kolom().size(); i++) {
                    b.put(l.kolom().get(i).kunci(), i < r.length && r[i] != null ? r[i] : "");
                }
                b.put("lembar", l.nama());
                baris.add(b);
            });
            Object[] j = pj.hasil();
            for (int i = 0; i < l.kolom().size(); i++) {
                if (l.kolom().get(i).dijumlah()) {
                    jumlah.merge(l.kolom().get(i).kunci(), j[i], (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
                }
            }
        }
        m.put("baris", baris);
        m.put("jumlah", jumlah);
        m.put("jumlahBaris", (long) baris.size());
        return m;
    }

    /** The column keys a row offers ({@code ${b.key}}), in the order of the recap's columns. */
    static Set<String> kunciBaris(Laporan lap) {
        Set<String> s = new LinkedHashSet<>();
        for (Lembar l : lap.lembar()) {
            for (Lembar.Kolom k : l.kolom()) {
                s.add(k.kunci());
            }
        }
        s.add("lembar");
        return s;
    }

    /** The placeholders this recap offers, for the user (and the README): top-level names and row keys. */
    public static List<String> placeholder(Laporan lap) {
        List<String> out = new ArrayList<>();
        for (String a : AKAR) {
            switch (a) {
                case "camat", "kasi", "kepala" -> ORANG.forEach(o -> out.add("${" + a + "." + o + "}"));
                case "kantor" -> KANTOR.forEach(o -> out.add("${kantor." + o + "}"));
                case "baris" -> out.add("jx:each(items=\"baris\" var=\"b\" ...): " + String.join(", ",
                        kunciBaris(lap).stream().map(x -> "${b." + x + "}").toList()));
                case "jumlah" -> {
                    Set<String> dijumlah = new LinkedHashSet<>();
                    lap.lembar().forEach(l -> l.kolom().stream().filter(Lembar.Kolom::dijumlah).forEach(k -> dijumlah.add(k.kunci())));
                    if (!dijumlah.isEmpty()) {
                        out.add(String.join(", ", dijumlah.stream().map(x -> "${jumlah." + x + "}").toList()));
                    }
                }
                default -> out.add("${" + a + "}");
            }
        }
        return out;
    }

    /**
     * Checks a template against the recap it will be filled with: it must be an .xlsx with a jx:area,
     * loops must run over {@code baris}, and every placeholder must name something the recap has.
     * The message says which placeholder, in which cell, and what is available.
     */
    public static void periksa(byte[] templat, String namaBerkas, Laporan lap) {
        Set<String> kunci = kunciBaris(lap);
        Set<String> jumlah = new TreeSet<>();
        for (Lembar l : lap.lembar()) {
            l.kolom().stream().filter(Lembar.Kolom::dijumlah).forEach(k -> jumlah.add(k.kunci()));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
            boolean adaArea = false;
            Set<String> variabel = new LinkedHashSet<>();
            for (Sheet s : wb) {
                for (Map.Entry<CellAddress, ? extends Comment> c : s.getCellComments().entrySet()) {
                    String t = c.getValue().getString().getString();
                    adaArea |= t.contains("jx:area");
                    periksaPerintah(t, namaBerkas, s, c.getKey());
                    Matcher e = EACH.matcher(t);
                    while (e.find()) {
                        Map<String, String> atr = new LinkedHashMap<>();
                        Matcher a = ATRIBUT.matcher(e.group(1));
                        while (a.find()) {
                            atr.put(a.group(1), a.group(2));
                        }
                        if (!"baris".equals(atr.get("items"))) {
                            throw galat(namaBerkas, s, c.getKey(), "jx:each items=\"" + atr.get("items") + "\"",
                                    Messages.get("templat.eachSalah"));
                        }
                        if (atr.get("var") != null) {
                            variabel.add(atr.get("var"));
                        }
                    }
                }
            }
            if (!adaArea) {
                throw new KesosException(Messages.get("templat.tanpaArea", namaBerkas));
            }
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        String t = c.getCellType() == CellType.STRING ? c.getStringCellValue()
                                : c.getCellType() == CellType.FORMULA ? c.getCellFormula() : null;
                        if (t != null) {
                            periksaTeks(t, namaBerkas, s, c.getAddress(), variabel, kunci, jumlah);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof KesosException k) {
                throw k;
            }
            throw new KesosException(Messages.get("templat.bukanXlsx", namaBerkas), e);
        }
    }

    /**
     * Templates arrive by e-mail: they are data, not code. An expression may read the recap's names and
     * call plain string methods; nothing else (no {@code new}, no {@code getClass}, no static or other
     * calls, no assignment). Checked at install and before every fill, besides JEXL's own restricted
     * permissions while filling.
     */
    static final Set<String> METODE_TEKS = Set.of("toUpperCase", "toLowerCase", "trim", "strip", "length", "substring", "replace",
            "isEmpty", "isBlank", "startsWith", "endsWith", "contains", "concat", "charAt", "indexOf", "repeat");
    private static final Set<String> FUNGSI = Set.of("empty", "size");
    private static final Pattern PANGGILAN = Pattern.compile("(\\.)?\\s*([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final Pattern TERLARANG = Pattern.compile("\\bnew\\b|\\bgetClass\\b|\\bclass\\b|\\bvar\\b|\\bfunction\\b|\\bimport\\b"
            + "|@|;|->|::|[{}]|(?<![=!<>])=(?!=)|\\$\\{|#");

    static void periksaAman(String ekspresi, String berkas, Sheet s, CellAddress a, String tampil) {
        String isi = ekspresi.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'", "\"\"");
        Matcher t = TERLARANG.matcher(isi);
        if (t.find()) {
            throw galat(berkas, s, a, tampil, Messages.get("templat.tidakDiizinkan", t.group().strip(), String.join(", ", METODE_TEKS)));
        }
        Matcher p = PANGGILAN.matcher(isi);
        while (p.find()) {
            boolean metode = p.group(1) != null;
            String nama = p.group(2);
            if (metode ? !METODE_TEKS.contains(nama) : !FUNGSI.contains(nama)) {
                throw galat(berkas, s, a, tampil, Messages.get("templat.tidakDiizinkan", nama + "(…)", String.join(", ", METODE_TEKS)));
            }
        }
    }

    private static void periksaTeks(String t, String berkas, Sheet s, CellAddress a, Set<String> variabel, Set<String> kunci,
            Set<String> jumlah) {
        Matcher m = EKSPRESI.matcher(t);
        while (m.find()) {
            periksaAman(m.group(1), berkas, s, a, "${" + m.group(1) + "}");
            String isi = m.group(1).replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
            Matcher n = NAMA.matcher(isi);
            while (n.find()) {
                String akar = n.group(1);
                String sifat = n.group(2);
                boolean metode = n.group(3) != null;
                if (KATA_JEXL.contains(akar) || isi.startsWith(akar + "(", n.start())) {
                    continue;
                }
                String ph = "${" + m.group(1) + "}";
                if (variabel.contains(akar)) {
                    if (sifat != null && !metode && !kunci.contains(sifat)) {
                        throw galat(berkas, s, a, ph, Messages.get("templat.kolomTakDikenal", sifat, ringkas(kunci)));
                    }
                } else if (!AKAR.contains(akar)) {
                    throw galat(berkas, s, a, ph, Messages.get("templat.namaTakDikenal", akar, String.join(", ", AKAR)));
                } else if (sifat != null && !metode) {
                    List<String> boleh = switch (akar) {
                        case "camat", "kasi", "kepala" -> ORANG;
                        case "kantor" -> KANTOR;
                        case "jumlah" -> List.copyOf(jumlah);
                        default -> null;
                    };
                    if (boleh != null && !boleh.contains(sifat)) {
                        throw galat(berkas, s, a, ph, Messages.get("templat.kolomTakDikenal", sifat, ringkas(boleh)));
                    }
                }
            }
        }
    }

    private static final Pattern PERINTAH = Pattern.compile("jx:(\\w+)\\s*\\(([^)]*)\\)");
    private static final Set<String> PERINTAH_BOLEH = Set.of("area", "each", "if");
    private static final Set<String> ATRIBUT_NAMA = Set.of("lastCell", "var", "items", "direction", "areas", "varIndex");

    /** A cell comment's commands: area, each and if only; their expressions pass {@link #periksaAman}. */
    private static void periksaPerintah(String komentar, String berkas, Sheet s, CellAddress a) {
        Matcher p = PERINTAH.matcher(komentar);
        while (p.find()) {
            if (!PERINTAH_BOLEH.contains(p.group(1))) {
                throw galat(berkas, s, a, "jx:" + p.group(1), Messages.get("templat.perintahTakDikenal", String.join(", ", PERINTAH_BOLEH)));
            }
            Matcher at = ATRIBUT.matcher(p.group(2));
            while (at.find()) {
                if (!ATRIBUT_NAMA.contains(at.group(1))) {
                    periksaAman(at.group(2), berkas, s, a, "jx:" + p.group(1) + " " + at.group(1) + "=\"" + at.group(2) + "\"");
                }
            }
        }
    }

    private static String ringkas(java.util.Collection<String> s) {
        List<String> l = List.copyOf(s);
        return l.size() <= 24 ? String.join(", ", l) : String.join(", ", l.subList(0, 24)) + ", … (" + l.size() + ")";
    }

    private static KesosException galat(String berkas, Sheet s, CellAddress a, String placeholder, String sebab) {
        return new KesosException(Messages.get("templat.placeholderSalah", berkas, s.getSheetName() + "!" + a.formatAsString(), placeholder,
                sebab));
    }

    /**
     * The template with its inline-string text cells ({@code t="inlineStr"}, as some tools save them) turned into the
     * shared strings Excel and LibreOffice write: POI loses an inline cell's text when jXLS moves its row (the cell then
     * fills empty, and its text lands where another row was). Formatting runs are kept. The template unchanged when
     * it has none.
     */
    static byte[] teksBersama(byte[] templat) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
            boolean ubah = false;
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        org.apache.poi.xssf.usermodel.XSSFCell x = (org.apache.poi.xssf.usermodel.XSSFCell) c;
                        if (x.getCTCell().getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.INLINE_STR) {
                            var is = x.getCTCell().getIs();
                            var teks = is == null ? new org.apache.poi.xssf.usermodel.XSSFRichTextString("")
                                    : new org.apache.poi.xssf.usermodel.XSSFRichTextString(
                                            (org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst) is.copy());
                            x.setBlank();
                            x.setCellValue(teks);
                            ubah = true;
                        }
                    }
                }
            }
            if (!ubah) {
                return templat;
            }
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream(templat.length * 2);
            wb.write(o);
            return o.toByteArray();
        }
    }

    /** Checks the template, then fills it with the recap. */
    public static void isi(Laporan lap, byte[] templat, String namaBerkas, OutputStream out, Kemajuan k) throws IOException {
        periksa(templat, namaBerkas, lap);
        Map<String, Object> data = data(lap, k);
        k.periksa();
        byte[] siap = teksBersama(templat);
        try {
            JxlsPoiTemplateFillerBuilder.newInstance()
                    .withTemplate(new ByteArrayInputStream(siap))
                    .withExpressionEvaluatorFactory(new ExpressionEvaluatorFactoryJexlImpl(false, true, JxlsJexlPermissions.RESTRICTED))
                    .buildAndFill(data, () -> new java.io.FilterOutputStream(out) {
                        @Override
                        public void close() throws IOException {
                            flush(); // the caller closes the file
                        }
                    });
        } catch (JxlsTemplateFillException | org.apache.commons.jexl3.JexlException e) {
            throw new KesosException(Messages.get("templat.gagalIsi", namaBerkas, e.getMessage()), e);
        }
    }

}
