package id.kesos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Indonesian or English text is written in the code of {@code core} and {@code ui}: what a user
 * reads on screen comes from the messages bundles, what a document prints from the documents' bundle.
 * A string literal counts as text when it has two words, or is a capitalised word, or ends like a
 * label ("Nama:", "Mengetahui,"), or puts an upper-case word beside punctuation (". TINDAK LANJUT").
 * Bundle keys, ids and style classes, codes, SQL, formats and log lines are not text. What is left
 * and still allowed is listed below with its reason.
 */
class TeksLiteralTest {
    private static final Path SUMBER = Path.of("src/main/java/id/kesos");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SQL = Pattern.compile("^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|MERGE|SET|CHECKPOINT|SHUTDOWN|SCRIPT"
            + "|RUNSCRIPT|BACKUP|CALL|WITH|FROM|WHERE|AND|OR|ORDER|GROUP|JOIN|LEFT|VALUES|CASE|COALESCE)\\b.*|.*\\b(FROM|WHERE|JOIN|SELECT)\\b.*");

    /** Whole files whose literals are data or the words of other programs, not the app's text. */
    private static final Map<String, String> BERKAS = Map.of(
            "core/db/Galat.java", "the operating system's and H2's own messages it recognises in failures",
            "core/db/Menunggu.java", "the operating system's message for a full disk, recognised",
            "core/db/DataDir.java", "the operating systems' folder names (AppData, Application Support)",
            "core/db/TemplatBaru.java", "a build step's line in the Maven output, for the maintainer",
            "ui/UiLauncher.java", "JavaFX's own warning it filters, and a platform name",
            "core/db/V1_1__Data_referensi.java", "a migration's SQL");

    /** The demo data: a fictitious office's meetings, institutions and aid, generated and synthetic (data, not text). */
    private static final String DEMO = "core/demo/";

    /** Literals allowed anywhere, each with its reason. */
    private static final Map<String, String> LITERAL_BOLEH = Map.ofEntries(
            Map.entry("Kesos Kecamatan", "the product's name (AppInfo.NAME, the settings file's header, the backup's description)"),
            Map.entry("KesosKecamatan", "a folder name"),
            Map.entry("Kantor", "a record's toString, for logs"),
            Map.entry("Galat tak terduga", "the log line above an unexpected error's stack trace, for the maintainer"),
            Map.entry("Missing resource ", "a programming error (a resource left out of the build), for the maintainer"),
            Map.entry("EEEE, d MMMM yyyy", "a date pattern"),
            Map.entry("d MMMM yyyy", "a date pattern"),
            Map.entry("dd-MM-yyyy HH.mm", "a date pattern"),
            Map.entry("dd-MM-yyyy HH:mm", "a date pattern"),
            Map.entry("Paket", "the package's key/value sheet, a format the Dinas reads back (FormatPaket.LEMBAR_PAKET)"),
            Map.entry(" HAVING COUNT(DISTINCT p.kecamatan_kode) > 1 AND (COUNT(DISTINCT e.nik) > 1 OR COUNT(e.nik) < COUNT(*))) ", "SQL"),
            Map.entry("alamat, rt, rw, desa_kode, jenis_kode, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "SQL"),
            Map.entry("LiberationSans-Regular.ttf", "a font file"),
            Map.entry("LiberationSans-Bold.ttf", "a font file"),
            Map.entry("LiberationSans-Italic.ttf", "a font file"),
            Map.entry("Arial", "a font name"),
            Map.entry("TextField", "a JavaFX style class"),
            Map.entry("jx:each items=\\\"", "a district template's JXLS command"),
            Map.entry("jx:", "a district template's JXLS command prefix"),
            Map.entry("jdbc:h2:file:", "a JDBC URL"),
            Map.entry("{0} USE INDEX ()", "SQL"),
            Map.entry("Zip bomb", "POI's own message for a zip bomb, recognised"),
            Map.entry("EncryptionInfo", "the stream an encrypted Office file holds (OLE2)"),
            Map.entry("Workbook", "the stream an .xls holds its sheets in (OLE2)"),
            Map.entry("Book", "the stream an Excel 5 .xls holds its sheets in (OLE2)"),
            Map.entry(" WIB", "the time zone a user may type after a time; it is stripped"));

    /** The literals of {@code core} and {@code ui} that read as text, as "file:line: literal". */
    static List<String> teks() throws IOException {
        List<String> temuan = new ArrayList<>();
        List<Path> berkas;
        try (Stream<Path> s = Stream.concat(Files.walk(SUMBER.resolve("core")), Files.walk(SUMBER.resolve("ui")))) {
            berkas = s.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.toString().contains("/db/jooq/")).sorted().toList();
        }
        for (Path f : berkas) {
            String nama = SUMBER.relativize(f).toString().replace('\\', '/');
            if (BERKAS.containsKey(nama) || nama.startsWith(DEMO)) {
                continue;
            }
            List<String> baris = Files.readAllLines(f);
            for (int i = 0; i < baris.size(); i++) {
                String b = baris.get(i).strip();
                if (b.startsWith("//") || b.startsWith("*") || b.startsWith("/*") || b.startsWith("@")
                        || b.matches(".*\\b(LOG|log|LOGGER)\\.(warn|info|debug|error|trace)\\(.*")) {
                    continue;
                }
                Matcher m = LITERAL.matcher(b);
                while (m.find()) {
                    String s = m.group(1);
                    if (adalahTeks(s) && !LITERAL_BOLEH.containsKey(s)) {
                        temuan.add(nama + ":" + (i + 1) + ": " + s);
                    }
                }
            }
        }
        return temuan;
    }

    static boolean adalahTeks(String s) {
        if (!s.matches(".*[A-Za-z]{2}.*")
                || s.matches("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+") // a bundle key
                || s.matches("[#.]?[a-z0-9]+([-_][a-z0-9]+)*") // an id, a style class, a lower-case code
                || s.matches("[A-Z0-9_]+") // an enum name, a code
                || s.startsWith("-fx-") // JavaFX CSS
                || s.startsWith("^") || s.contains("\\\\s") || s.contains("\\\\d") // a regular expression
                || SQL.matcher(s).matches()) {
            return false;
        }
        boolean duaKata = s.matches(".*[A-Za-z]{2,}[\\s]+[A-Za-z]{2,}.*");
        boolean kapital = s.matches("[A-Z][a-z]+.*");
        boolean label = s.matches(".*[A-Za-z]{2,}[:,]\\s*");
        boolean katBesarBertanda = s.matches(".*[A-Z]{3,}.*") && s.matches("(^[\\s.,:(\\-]+.*)|(.*[\\s.,:)\\-]+$)");
        return duaKata || kapital || label || katBesarBertanda;
    }

    @Test
    void coreAndUiWriteNoTextOfTheirOwn() throws IOException {
        assertEquals(List.of(), teks(), "text written in the code: put it in messages_*.properties (screen) or dokumen.properties "
                + "(documents), or, for a format or code, in the allow-list with its reason");
    }

    @Test
    void theRuleTellsTextFromCodes() {
        for (String t : List.of("Halaman %d dari %d", "Kesimpulan: ", ". TINDAK LANJUT", "NIP. ", "No", "Mengetahui,", "Rapat ditutup.",
                "Nama/tema rapat", " WIB s.d. selesai", "lewat batas waktu ")) {
            assertTrue(adalahTeks(t), t);
        }
        for (String kode : List.of("rapat.judul", "rapat-tabel", "#perangkat-nama", "PMKS-08", "JUMLAH_ANGGOTA", "kesos-card",
                "SELECT COUNT(*) FROM pmks", "%02d.%02d", "L", "id", "dd-MM-yyyy")) {
            assertTrue(!adalahTeks(kode), kode);
        }
    }
}
