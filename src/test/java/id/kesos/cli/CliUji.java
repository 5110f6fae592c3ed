package id.kesos.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line in this process, for tests of other packages: {@code kesos --data-dir DIR args...}. */
public final class CliUji {
    /** The office the command-line tests set up: Kecamatan Bandung (36.04.34). */
    public static final String[] SETUP = UjiTahan.SETUP;

    public record Hasil(int code, String out, String err) {
    }

    private CliUji() {
    }

    public static Hasil kesosDi(Path dir, String... args) {
        List<String> a = new ArrayList<>(List.of("--data-dir", dir.toString()));
        a.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KesosCommand.jalankan(a.toArray(String[]::new), d -> { }, new PrintWriter(out), new PrintWriter(err));
        return new Hasil(code, out.toString(), err.toString());
    }

    public static Map<String, String> kunciNilai(String out) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : out.split("\\R")) {
            int i = line.indexOf(": ");
            if (i > 0) {
                m.put(line.substring(0, i), line.substring(i + 2));
            }
        }
        return m;
    }
}
