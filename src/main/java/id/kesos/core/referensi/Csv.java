package id.kesos.core.referensi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A small RFC 4180 reader for the reference CSV files shipped with the app (UTF-8, header row). */
public final class Csv {
    private Csv() {
    }

    /** Reads {@code resource} from the class path and hands every data row (header skipped) to {@code rows}. */
    public static void read(String resource, Consumer<List<String>> rows) {
        try (InputStream in = Csv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = parseLine(line, reader);
                if (header) {
                    header = false;
                } else {
                    rows.accept(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parseLine(String first, BufferedReader more) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String line = first;
        int i = 0;
        while (true) {
            if (i >= line.length()) {
                if (quoted) {
                    String next = more.readLine();
                    if (next == null) {
                        break;
                    }
                    field.append('\n');
                    line = next;
                    i = 0;
                    continue;
                }
                break;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
