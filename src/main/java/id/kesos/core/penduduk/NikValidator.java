package id.kesos.core.penduduk;

import id.kesos.core.i18n.Messages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * NIK (Nomor Induk Kependudukan), DOMAIN.md section 2: {@code PP KK CC DDMMYY SSSS} = province,
 * kab/kota and kecamatan of first registration, birth date (day + 40 for women), serial 0001-9999.
 * Also used for No. KK ({@link #periksaKk}), which has the same shape without the +40.
 */
public final class NikValidator {
    private static final Pattern ILMIAH = Pattern.compile("^\\d(?:[.,]\\d+)?[eE]\\+?\\d+$");
    private static final Pattern PEMISAH = Pattern.compile("[\\s.\\-]");

    private final Supplier<Set<String>> kodeProvinsi;
    private final Predicate<String> wilayahAda;

    /**
     * @param kodeProvinsi the province codes ("11" ... "96") a NIK may start with
     * @param wilayahAda whether a kab/kota or kecamatan code ("32.04", "32.04.12") still exists
     */
    public NikValidator(Set<String> kodeProvinsi, Predicate<String> wilayahAda) {
        this(() -> kodeProvinsi, wilayahAda);
    }

    /** With the province codes read when first needed (the register reads them from the database). */
    public NikValidator(Supplier<Set<String>> kodeProvinsi, Predicate<String> wilayahAda) {
        this.kodeProvinsi = kodeProvinsi;
        this.wilayahAda = wilayahAda;
    }

    /** The outcome: the cleaned number, or the reason it is refused; plus warnings that do not block. */
    public record Hasil(String nik, Optional<String> galat, List<String> peringatan, Optional<InfoNik> info) {
        public boolean sah() {
            return galat.isEmpty();
        }
    }

    /** Removes spaces, dots, dashes and the apostrophe Excel users type in front of long numbers. */
    public static String bersihkan(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        if (s.startsWith("'") || s.startsWith("\u2019")) {
            s = s.substring(1);
        }
        return PEMISAH.matcher(s).replaceAll("");
    }

    /** True when {@code raw} is the scientific notation Excel shows for a long number (3.20412E+15). */
    public static boolean rusakOlehExcel(String raw) {
        return raw != null && ILMIAH.matcher(raw.strip().replace(" ", "")).matches();
    }

    /**
     * Checks a NIK as typed in a form (a text field). {@code label} names the field in messages.
     * An empty value is valid here (the NIK is optional); callers that require it check emptiness first.
     */
    public Hasil periksa(String raw, String label) {
        return periksa(raw, label, false);
    }

    /**
     * @param dariSelAngka the value came from a number cell of a spreadsheet: 16 digits ending in 0 may
     *        then have lost their last digit (Excel keeps 15 significant digits)
     */
    public Hasil periksa(String raw, String label, boolean dariSelAngka) {
        List<String> peringatan = new ArrayList<>();
        if (rusakOlehExcel(raw)) {
            return galat(raw, Messages.get("nik.excelIlmiah", label, raw.strip()));
        }
        String nik = bersihkan(raw);
        if (nik.isEmpty()) {
            return new Hasil(null, Optional.empty(), List.of(), Optional.empty());
        }
        if (!nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return galat(nik, Messages.get("nik.bukanAngka", label, nik));
        }
        if (nik.length() != 16) {
            return galat(nik, Messages.get("nik.panjang", label, nik.length()));
        }
        if (dariSelAngka && nik.endsWith("0")) {
            return galat(nik, Messages.get("nik.excelDigitHilang", label, nik));
        }
        String pp = nik.substring(0, 2);
        if (!kodeProvinsi.get().contains(pp)) {
            return galat(nik, Messages.get("nik.provinsi", label, pp));
        }
        int hari = Integer.parseInt(nik.substring(6, 8));
        int bulan = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        JenisKelamin jk;
        if (hari >= 1 && hari <= 31) {
            jk = JenisKelamin.L;
        } else if (hari >= 41 && hari <= 71) {
            jk = JenisKelamin.P;
            hari -= 40;
        } else {
            return galat(nik, Messages.get("nik.hari", label, nik.substring(6, 8)));
        }
        if (bulan < 1 || bulan > 12) {
            return galat(nik, Messages.get("nik.bulan", label, nik.substring(8, 10)));
        }
        LocalDate lahir;
        try {
            lahir = LocalDate.of(abad(yy), bulan, hari);
        } catch (DateTimeException e) {
            return galat(nik, Messages.get("nik.tanggal", label, String.format("%02d-%02d-%02d", hari, bulan, yy)));
        }
        if (nik.endsWith("0000")) {
            return galat(nik, Messages.get("nik.urut", label));
        }
        String kab = pp + "." + nik.substring(2, 4);
        String kec = kab + "." + nik.substring(4, 6);
        if (!wilayahAda.test(kab) || !wilayahAda.test(kec)) {
            peringatan.add(Messages.get("nik.wilayahLama", label, wilayahAda.test(kab) ? kec : kab));
        }
        return new Hasil(nik, Optional.empty(), List.copyOf(peringatan), Optional.of(new InfoNik(nik, pp, kab, kec, lahir, jk)));
    }

    /** The century: a two-digit year after this year's two digits is in the 1900s. */
    static int abad(int yy) {
        int sekarang = LocalDate.now().getYear() % 100;
        return yy <= sekarang ? 2000 + yy : 1900 + yy;
    }

    /** Warnings when the form's birth date or sex differs from what the NIK says (never a block). */
    public static List<String> bandingkan(InfoNik info, LocalDate tanggalLahir, JenisKelamin jk, String label) {
        List<String> out = new ArrayList<>();
        if (tanggalLahir != null && !tanggalLahir.equals(info.tanggalLahir())
                && !(tanggalLahir.getDayOfMonth() == info.tanggalLahir().getDayOfMonth()
                        && tanggalLahir.getMonthValue() == info.tanggalLahir().getMonthValue()
                        && tanggalLahir.getYear() % 100 == info.tanggalLahir().getYear() % 100)) {
            out.add(Messages.get("nik.bedaTanggal", label, Tanggal.format(info.tanggalLahir()), Tanggal.format(tanggalLahir)));
        }
        if (jk != null && jk != info.jenisKelamin()) {
            out.add(Messages.get("nik.bedaJk", label, Messages.get(info.jenisKelamin() == JenisKelamin.P ? "jk.p" : "jk.l"),
                    Messages.get(jk == JenisKelamin.P ? "jk.p" : "jk.l")));
        }
        return out;
    }

    /** No. KK: 16 digits; its region and issue date are checked loosely (warnings only). */
    public Hasil periksaKk(String raw, String label) {
        if (rusakOlehExcel(raw)) {
            return galat(raw, Messages.get("nik.excelIlmiah", label, raw.strip()));
        }
        String kk = bersihkan(raw);
        if (kk.isEmpty()) {
            return new Hasil(null, Optional.empty(), List.of(), Optional.empty());
        }
        if (!kk.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return galat(kk, Messages.get("nik.bukanAngka", label, kk));
        }
        if (kk.length() != 16) {
            return galat(kk, Messages.get("nik.panjang", label, kk.length()));
        }
        List<String> peringatan = new ArrayList<>();
        if (!kodeProvinsi.get().contains(kk.substring(0, 2))) {
            peringatan.add(Messages.get("kk.provinsi", label, kk.substring(0, 2)));
        }
        return new Hasil(kk, Optional.empty(), peringatan, Optional.empty());
    }

    private static Hasil galat(String nik, String pesan) {
        return new Hasil(nik, Optional.of(pesan), List.of(), Optional.empty());
    }
}
