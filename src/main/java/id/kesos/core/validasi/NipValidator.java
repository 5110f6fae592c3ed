package id.kesos.core.validasi;

import id.kesos.core.i18n.Messages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * NIP of a civil servant (PP 11/2017, BKN): 18 digits {@code TTTTBBHH TTTTBB J NNN} = birth date,
 * year and month of appointment, sex (1 male, 2 female), serial number.
 */
public final class NipValidator {
    private NipValidator() {
    }

    /** Digits only: spaces and dots (as printed on letters, "19700101 199003 1 001") are removed. */
    public static String normalisasi(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.]", "");
    }

    /**
     * A NIP as letters print it, in its four parts: "19700101 199003 1 001". Anything that is not 18 digits is
     * returned as stored (null stays null).
     */
    public static String tampil(String nip) {
        String n = normalisasi(nip);
        if (n.length() != 18 || !n.chars().allMatch(Character::isDigit)) {
            return nip;
        }
        return n.substring(0, 8) + " " + n.substring(8, 14) + " " + n.charAt(14) + " " + n.substring(15);
    }

    /** An error message naming {@code label} and how to fix it, or empty when the NIP is valid. */
    public static Optional<String> periksa(String raw, String label) {
        String nip = normalisasi(raw);
        if (nip.isEmpty()) {
            return Optional.of(Messages.get("validasi.wajib", label));
        }
        if (!nip.chars().allMatch(Character::isDigit)) {
            return Optional.of(Messages.get("validasi.nip.bukanAngka", label));
        }
        if (nip.length() != 18) {
            return Optional.of(Messages.get("validasi.nip.panjang", label, nip.length()));
        }
        try {
            LocalDate lahir = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
            if (lahir.getYear() < 1900 || lahir.isAfter(LocalDate.now())) {
                throw new DateTimeException("year");
            }
        } catch (DateTimeException e) {
            return Optional.of(Messages.get("validasi.nip.tanggalLahir", label, nip.substring(0, 8)));
        }
        int tahunAngkat = Integer.parseInt(nip.substring(8, 12));
        int bulanAngkat = Integer.parseInt(nip.substring(12, 14));
        if (bulanAngkat < 1 || bulanAngkat > 12 || tahunAngkat < Integer.parseInt(nip.substring(0, 4))
                || tahunAngkat > LocalDate.now().getYear() + 1) {
            return Optional.of(Messages.get("validasi.nip.pengangkatan", label, nip.substring(8, 14)));
        }
        char jk = nip.charAt(14);
        if (jk != '1' && jk != '2') {
            return Optional.of(Messages.get("validasi.nip.jenisKelamin", label, jk));
        }
        if (nip.endsWith("000")) {
            return Optional.of(Messages.get("validasi.nip.nomorUrut", label));
        }
        return Optional.empty();
    }
}
