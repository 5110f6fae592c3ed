package id.kesos.core.audit;

import java.util.Map;

/** Minimal JSON for audit values: a flat object of strings, numbers, booleans and null, written and read back. */
final class Json {
    private Json() {
    }

    static String object(Map<String, ?> values) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, e.getKey());
            sb.append(':');
            Object v = e.getValue();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                string(sb, v.toString());
            }
        }
        return sb.append('}').toString();
    }

    /**
     * Reads back an object {@link #object} wrote: each value as its text (numbers and booleans as written,
     * null as null), in the order written. Text that is not such an object gives what was read before it.
     */
    static java.util.LinkedHashMap<String, String> parse(String json) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        if (json == null) {
            return m;
        }
        int[] i = {lewatiSpasi(json, 0)};
        if (i[0] >= json.length() || json.charAt(i[0]) != '{') {
            return m;
        }
        i[0]++;
        while (true) {
            i[0] = lewatiSpasi(json, i[0]);
            if (i[0] >= json.length() || json.charAt(i[0]) != '"') {
                return m;
            }
            String kunci = bacaString(json, i);
            i[0] = lewatiSpasi(json, i[0]);
            if (i[0] >= json.length() || json.charAt(i[0]) != ':') {
                return m;
            }
            i[0] = lewatiSpasi(json, i[0] + 1);
            if (i[0] >= json.length()) {
                return m;
            }
            String nilai;
            if (json.charAt(i[0]) == '"') {
                nilai = bacaString(json, i);
            } else {
                int a = i[0];
                while (i[0] < json.length() && ",} \n\r\t".indexOf(json.charAt(i[0])) < 0) {
                    i[0]++;
                }
                nilai = json.substring(a, i[0]);
                if (nilai.equals("null")) {
                    nilai = null;
                }
            }
            m.put(kunci, nilai);
            i[0] = lewatiSpasi(json, i[0]);
            if (i[0] >= json.length() || json.charAt(i[0]) != ',') {
                return m;
            }
            i[0]++;
        }
    }

    private static int lewatiSpasi(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The string starting at {@code i[0]} (its opening quote); {@code i[0]} ends past the closing quote. */
    private static String bacaString(String s, int[] i) {
        StringBuilder sb = new StringBuilder();
        int j = i[0] + 1;
        while (j < s.length() && s.charAt(j) != '"') {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < s.length()) {
                char e = s.charAt(++j);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (j + 4 < s.length()) {
                            sb.append((char) Integer.parseInt(s.substring(j + 1, j + 5), 16));
                            j += 4;
                        }
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
            j++;
        }
        i[0] = Math.min(j + 1, s.length());
        return sb.toString();
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
