package id.kesos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both bundles have the same keys, every key the code names exists, and every key exists for a
 * reason (is named somewhere in the code). Keys read by picocli by convention are exempt from the last.
 */
class LokalisasiTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LokalisasiTest.class.getResourceAsStream("/id/kesos/i18n/messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Properties dokumen() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LokalisasiTest.class.getResourceAsStream("/id/kesos/i18n/dokumen.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> literalsInCode() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> id = new TreeSet<>(bundle("id").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("en").stringPropertyNames());
        Set<String> onlyId = new TreeSet<>(id);
        onlyId.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(id);
        assertEquals(Set.of(), onlyId, "keys missing in messages_en.properties");
        assertEquals(Set.of(), onlyEn, "keys missing in messages_id.properties");
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = bundle("id").stringPropertyNames();
        Set<String> namespaces = new TreeSet<>();
        keys.forEach(k -> namespaces.add(k.substring(0, Math.max(0, k.indexOf('.')))));
        List<String> missing = new ArrayList<>();
        for (String lit : literalsInCode()) {
            String ns = lit.substring(0, lit.indexOf('.'));
            if (namespaces.contains(ns) && !keys.contains(lit) && !lit.startsWith("kesos.") && !lit.matches(".*\\.(csv|properties|css|xml)$")) {
                missing.add(lit);
            }
        }
        assertEquals(List.of(), missing, "keys used in code but missing from the bundles");
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> used = literalsInCode();
        List<String> unused = new ArrayList<>();
        for (String k : new TreeSet<>(bundle("id").stringPropertyNames())) {
            boolean picocli = k.startsWith("usage.") || k.startsWith("kesos.") || k.equals("help") || k.equals("version");
            if (!picocli && !used.contains(k)) {
                unused.add(k);
            }
        }
        assertEquals(List.of(), unused, "keys in the bundles that no code uses");
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String lang : List.of("id", "en")) {
            Properties p = bundle(lang);
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                if (v.contains("{") && !v.contains("${")) {
                    MessageFormat mf = new MessageFormat(v);
                    java.text.Format[] formats = mf.getFormatsByArgumentIndex();
                    Object[] args = new Object[formats.length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = formats[i] instanceof java.text.NumberFormat ? (Object) 1234 : "A" + i;
                    }
                    String formatted = mf.format(args);
                    assertTrue(!formatted.contains("{") , lang + ":" + k + " leaves a placeholder: " + formatted);
                }
                if (v.contains("'") && v.contains("{")) {
                    assertTrue(!v.replace("''", "").contains("'"), lang + ":" + k + " has a single quote in a pattern: write ''");
                }
            }
        }
    }

    /** The documents' bundle (Indonesian only): every "dok." key the code names exists, and every key is named. */
    @Test
    void documentKeysExistAndAreUsed() throws IOException {
        Set<String> keys = new TreeSet<>(dokumen().stringPropertyNames());
        Set<String> used = literalsInCode();
        List<String> missing = used.stream().filter(k -> k.startsWith("dok.") && !keys.contains(k)).toList();
        assertEquals(List.of(), missing, "dok. keys used in code but missing from dokumen.properties");
        List<String> unused = keys.stream().filter(k -> !used.contains(k)).toList();
        assertEquals(List.of(), unused, "keys in dokumen.properties that no code uses");
        assertTrue(keys.stream().allMatch(k -> k.startsWith("dok.")), "document keys start with dok.");
        for (String k : keys) {
            String v = dokumen().getProperty(k);
            if (v.contains("'") && v.contains("{")) {
                assertTrue(!v.replace("''", "").contains("'"), k + " has a single quote in a pattern: write ''");
            }
        }
    }
}
