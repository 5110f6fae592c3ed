package id.kesos.core.validasi;

/**
 * NIK and No. KK as a masked export shows them: the first 6 digits (the kecamatan) and the last 4 (the
 * sequence) stay, the 6 in between (birth date and sex in a NIK) become "*": {@code 360434******0003}.
 */
public final class Samaran {
    /** The sign a masked digit becomes. */
    public static final char TANDA = '*';

    private Samaran() {
    }

    /** {@code nomor} masked; null or blank stays as it is; a number of 10 digits or fewer is masked whole. */
    public static String nomor(String nomor) {
        if (nomor == null || nomor.isBlank()) {
            return nomor;
        }
        String s = nomor.strip();
        if (s.length() <= 10) {
            return String.valueOf(TANDA).repeat(s.length());
        }
        return s.substring(0, 6) + String.valueOf(TANDA).repeat(s.length() - 10) + s.substring(s.length() - 4);
    }

    /** True for a number a masked export wrote (it holds the mask sign): never to be read back as a NIK. */
    public static boolean disamarkan(String nomor) {
        return nomor != null && nomor.indexOf(TANDA) >= 0;
    }
}
