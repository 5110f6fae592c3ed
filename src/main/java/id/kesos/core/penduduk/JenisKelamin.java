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

    /** The sex a civil servant's NIP records (its 15th of 18 digits: 1 male, 2 female), or null when it is not a NIP. */
    public static JenisKelamin dariNip(String nip) {
        String n = id.kesos.core.validasi.NipValidator.normalisasi(nip);
        if (n.length() != 18) {
            return null;
        }
        return n.charAt(14) == '1' ? L : n.charAt(14) == '2' ? P : null;
    }
}
