package id.kesos.core.penduduk;

/** Sex as the registers write it: L (laki-laki) or P (perempuan). */
public enum JenisKelamin {
    L, P;

    public static JenisKelamin dari(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '-')) {
            case "L", "LAKI-LAKI", "LAKI", "LELAKI", "PRIA", "LK", "1" -> L;
            case "P", "PEREMPUAN", "WANITA", "PR", "2" -> P;
            default -> null;
        };
    }
}
