package id.kesos.core.penduduk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person, stored once whatever registers they appear in. {@code id} is null before the first save. */
public record Penduduk(Long id, String nik, String noKk, String nama, String tempatLahir, LocalDate tanggalLahir,
        JenisKelamin jenisKelamin, String alamat, String dusun, String rt, String rw, String desaKode, String namaIbu,
        Integer hubunganKeluarga, String telepon, String catatan, int version) {
    private static final java.util.regex.Pattern TANDA = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern BUKAN_HURUF = java.util.regex.Pattern.compile("[^a-z0-9]+");


    /** The form's fields, each with the bundle key of its label. */
    public enum Field {
        NIK("penduduk.nik"), NO_KK("penduduk.noKk"), NAMA("penduduk.nama"), TEMPAT_LAHIR("penduduk.tempatLahir"),
        TANGGAL_LAHIR("penduduk.tanggalLahir"), JENIS_KELAMIN("penduduk.jenisKelamin"), ALAMAT("penduduk.alamat"),
        DUSUN("penduduk.dusun"), RT("penduduk.rt"), RW("penduduk.rw"), DESA("penduduk.desa"), NAMA_IBU("penduduk.namaIbu"),
        HUBUNGAN_KELUARGA("penduduk.hubunganKeluarga"), TELEPON("penduduk.telepon"), CATATAN("penduduk.catatan");

        private final String labelKey;

        Field(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    public Penduduk withId(long newId, int newVersion) {
        return new Penduduk(newId, nik, noKk, nama, tempatLahir, tanggalLahir, jenisKelamin, alamat, dusun, rt, rw, desaKode,
                namaIbu, hubunganKeluarga, telepon, catatan, newVersion);
    }

    public Penduduk denganNoKk(String kk) {
        return new Penduduk(id, nik, kk, nama, tempatLahir, tanggalLahir, jenisKelamin, alamat, dusun, rt, rw, desaKode,
                namaIbu, hubunganKeluarga, telepon, catatan, version);
    }

    /** Age in whole years on {@code pada}, or null without a birth date. */
    public Integer usia(LocalDate pada) {
        return tanggalLahir == null ? null : java.time.Period.between(tanggalLahir, pada).getYears();
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nik", nik);
        m.put("no_kk", noKk);
        m.put("nama", nama);
        m.put("tempat_lahir", tempatLahir);
        m.put("tanggal_lahir", tanggalLahir);
        m.put("jenis_kelamin", jenisKelamin);
        m.put("alamat", alamat);
        m.put("dusun", dusun);
        m.put("rt", rt);
        m.put("rw", rw);
        m.put("desa_kode", desaKode);
        m.put("nama_ibu", namaIbu);
        m.put("hubungan_keluarga", hubunganKeluarga);
        m.put("telepon", telepon);
        m.put("catatan", catatan);
        return m;
    }

    /** Lower case, letters and digits only, single spaces: "  Hj. SITI  Aminah " becomes "hj siti aminah". */
    public static String normalisasiNama(String nama) {
        if (nama == null) {
            return "";
        }
        String s = java.text.Normalizer.normalize(nama, java.text.Normalizer.Form.NFKD);
        return BUKAN_HURUF.matcher(TANDA.matcher(s).replaceAll("").toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }
}
