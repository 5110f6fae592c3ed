package id.kesos.core.impor;

import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.NikValidator;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.wilayah.Wilayah;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import id.kesos.core.i18n.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Values of a list as offices and the Dinas write them, read into what the register stores: dates in
 * every usual form (and Excel's serial numbers), sex as L/P in its variants, NIK and No. KK with their
 * spaces, dots and apostrophes (and a NIK Excel has damaged told apart), desa by name whatever the case,
 * spacing or "Desa"/"Kel." prefix (a near miss only as a suggestion), PMKS types by code, number, name
 * or abbreviation.
 */
public final class NilaiImpor {
    /** The text of a number cell holding an Excel serial date (no date format): digits, maybe ".0". */
    private static final java.util.regex.Pattern SERIAL = java.util.regex.Pattern.compile("\\d{1,7}(\\.0+)?");

    private NilaiImpor() {
    }

    /** A date cell's date, a date typed as text, or an Excel serial number in a cell without a date format. */
    public static Optional<LocalDate> tanggal(Sel s) {
        if (s.tanggal() != null) {
            return Optional.of(s.tanggal());
        }
        if (s.angka() != null && s.angka() >= 1 && s.angka() < 2_958_466 && s.angka() == Math.floor(s.angka())
                && SERIAL.matcher(s.teks().strip()).matches()) {
            return Optional.of(DateUtil.getLocalDateTime(s.angka()).toLocalDate());
        }
        return Tanggal.parse(s.teks());
    }

    /** L or P from "L", "P", "Laki-laki", "Perempuan", "LK", "PR", "1", "2", "Pria", "Wanita"; null when unreadable. */
    public static JenisKelamin jenisKelamin(String s) {
        // the register's own rule, on the text without punctuation ("Laki-laki", "L.", "laki laki")
        return JenisKelamin.dari(KolomPmks.normal(s));
    }

    /**
     * A NIK or No. KK as read.
     *
     * @param nilai the digits (spaces, dots, dashes and a leading apostrophe removed), or the text when not a number
     * @param rusak true when Excel has stored it as a number (16 digits do not survive that) or shows it in
     *        scientific notation, or a masked export wrote it ({@link id.kesos.core.validasi.Samaran}): the value must not
     *        be stored
     * @param samaran true when masked: the digits in the middle are gone
     */
    public record Nomor(String nilai, boolean rusak, boolean samaran) {
        public boolean kosong() {
            return nilai.isEmpty();
        }

        /** Why a damaged number is refused, for the column named {@code kolom}: Excel's rounding or a masked export. */
        public String pesan(String kolom) {
            return Messages.get(samaran ? "impor.nikSamaran" : "impor.nikRusak", kolom, nilai);
        }
    }

    public static Nomor nomor(Sel s) {
        if (s.angka() != null && Math.abs(s.angka()) >= 1e14) {
            return new Nomor(String.format(Locale.ROOT, "%.0f", s.angka()), true, false);
        }
        if (NikValidator.rusakOlehExcel(s.teks())) {
            return new Nomor(s.teks().strip(), true, false);
        }
        if (id.kesos.core.validasi.Samaran.disamarkan(s.teks())) {
            return new Nomor(s.teks().strip(), true, true);
        }
        if (s.angka() != null && s.angka() == Math.floor(s.angka())) {
            return new Nomor(String.format(Locale.ROOT, "%.0f", s.angka()), false, false);
        }
        return new Nomor(NikValidator.bersihkan(s.teks()), false, false);
    }

    /** What a desa name in a list matched: the desa itself, or only a close name to suggest (never taken silently). */
    public record Desa(Wilayah tepat, Wilayah saran) {
        public static final Desa TIDAK_ADA = new Desa(null, null);
    }

    /** Matches desa names to the kecamatan's desa. */
    public static final class PencocokDesa {
        private final List<Wilayah> desa;
        private final Map<String, Wilayah> menurutNama = new HashMap<>();
        private final Map<String, Desa> saran = new HashMap<>();
        private static final java.util.regex.Pattern AWALAN_DESA = java.util.regex.Pattern.compile(
                "^(DESA|DS|KELURAHAN|KEL|KEL DESA|DESA KEL)\\s+");

        public PencocokDesa(List<Wilayah> desa) {
            this.desa = List.copyOf(desa);
            for (Wilayah w : desa) {
                menurutNama.put(inti(w.nama()), w);
                menurutNama.put(w.kode(), w);
                menurutNama.put(w.kode().replace(".", ""), w);
            }
        }

        /** The user confirmed that the file's {@code teks} means the desa with code {@code kode} (a suggestion accepted). */
        public void terima(String teks, String kode) {
            Wilayah w = menurutNama.get(kode);
            if (w != null) {
                menurutNama.put(inti(teks), w);
                saran.remove(inti(teks));
            }
        }

        /** "Desa Mander", "MANDER", "kel.  mander" and "36.04.34.2002" are Mander; "Mandr" suggests Mander. */
        public Desa cocok(String s) {
            String n = inti(s);
            if (n.isEmpty()) {
                return Desa.TIDAK_ADA;
            }
            Desa d = saran.get(n);
            if (d != null) {
                return d;
            }
            d = cari(s, n);
            if (d.tepat() == null) {
                // a misspelt name repeats on many rows: its closest desa is looked for once
                saran.put(n, d);
            }
            return d;
        }

        private Desa cari(String s, String n) {
            Wilayah w = menurutNama.get(n);
            if (w == null && s != null) {
                w = menurutNama.get(s.strip());
            }
            if (w != null) {
                return new Desa(w, null);
            }
            Wilayah terdekat = null;
            int jarak = Integer.MAX_VALUE;
            boolean seri = false;
            for (Wilayah d : desa) {
                int j = levenshtein(n, inti(d.nama()));
                if (j < jarak) {
                    jarak = j;
                    terdekat = d;
                    seri = false;
                } else if (j == jarak) {
                    seri = true;
                }
            }
            // a suggestion only when the names are close and one desa is closest: an ambiguous match must not guess
            int batas = Math.max(1, Math.min(2, n.length() / 4));
            return terdekat != null && jarak <= batas && !seri ? new Desa(null, terdekat) : Desa.TIDAK_ADA;
        }

        /** A desa name without case, punctuation, repeated spaces or a "Desa"/"Kel."/"Kelurahan" prefix. */
        static String inti(String s) {
            String n = KolomPmks.normal(s);
            return AWALAN_DESA.matcher(n).replaceFirst("").replace(" ", "");
        }
    }

    /** Other names of the PMKS types, by code. */
    private static final Map<String, List<String>> ALIAS = KolomPmks.daftar("jenis-pmks-lain.txt");

    /** Matches the PMKS type a list names. */
    public static final class PencocokJenis extends Pencocok<JenisPmks> {
        public PencocokJenis(List<JenisPmks> jenis) {
            super(jenis, JenisPmks::kode, JenisPmks::nama, JenisPmks::singkatan, ALIAS, "^(PMKS|PPKS)\\s*");
        }

        /**
         * The one type whose official name a list's title rows hold as whole words ("... (BNBA) ANAK BALITA TELANTAR"):
         * the longest name found, so "Anak Balita Telantar" wins over a shorter name inside it; none when two
         * different types are named alike.
         */
        public static java.util.Optional<JenisPmks> dariJudul(List<JenisPmks> jenis, List<String> judul) {
            JenisPmks terpilih = null;
            int panjang = 0;
            boolean ragu = false;
            for (String baris : judul) {
                String t = " " + KolomPmks.normal(baris) + " ";
                for (JenisPmks j : jenis) {
                    String n = KolomPmks.normal(j.nama());
                    if (!n.isEmpty() && t.contains(" " + n + " ")) {
                        if (n.length() > panjang) {
                            terpilih = j;
                            panjang = n.length();
                            ragu = false;
                        } else if (n.length() == panjang && j != terpilih) {
                            ragu = true;
                        }
                    }
                }
            }
            return ragu ? java.util.Optional.empty() : java.util.Optional.ofNullable(terpilih);
        }
    }

    /**
     * Matches the type (of a register's catalogue) a list names: by code ("PMKS-08"), number ("8", "08"),
     * official name, abbreviation, or another name lists use ({@code alias}, by code).
     */
    public static class Pencocok<J> {
        private final Map<String, J> kunci = new HashMap<>();
        private final java.util.regex.Pattern awalan;

        public Pencocok(List<J> jenis, java.util.function.Function<J, String> kode, java.util.function.Function<J, String> nama,
                java.util.function.Function<J, String> singkatan, Map<String, List<String>> alias, String awalan) {
            this.awalan = java.util.regex.Pattern.compile(awalan);
            Map<String, J> perKode = new HashMap<>();
            for (J j : jenis) {
                String k = kode.apply(j);
                String nomor = k.substring(k.indexOf('-') + 1);
                kunci.put(KolomPmks.normal(k), j);
                kunci.put(nomor, j);
                if (nomor.matches("\\d+")) {
                    kunci.put(String.valueOf(Integer.parseInt(nomor)), j);
                }
                kunci.put(KolomPmks.normal(nama.apply(j)), j);
                if (singkatan.apply(j) != null) {
                    kunci.put(KolomPmks.normal(singkatan.apply(j)), j);
                }
                perKode.put(k, j);
            }
            for (Map.Entry<String, List<String>> e : alias.entrySet()) {
                J j = perKode.get(e.getKey());
                if (j != null) {
                    e.getValue().forEach(n -> kunci.putIfAbsent(n, j));
                }
            }
        }

        /** "PMKS-08", "8", "08", "Lanjut Usia Telantar", "LUT", "lansia terlantar" are all Lanjut Usia Telantar. */
        public Optional<J> cocok(String s) {
            String n = KolomPmks.normal(s);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            return Optional.ofNullable(kunci.get(n)).or(() -> Optional.ofNullable(kunci.get(awalan.matcher(n).replaceFirst(""))));
        }
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int ganti = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + ganti);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
