package id.kesos.core.psks;

import id.kesos.core.penduduk.Penduduk;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PSKS record. Which fields are used depends on the type's {@link Bentuk}: a person's name, NIK,
 * sex, birth date, address, desa and phone are in {@code orang} (stored once, shared with the PMKS
 * register); a family, institution or business has its own {@code nama}, {@code alamat},
 * {@code desaKode} (null for an institution at kecamatan level) and {@code telepon}.
 * {@code id} is null before the first save.
 */
public record Psks(Long id, String jenisKode, Penduduk orang, String nama, String noKk, String alamat, String desaKode,
        String telepon, String email, Pendidikan pendidikan, Integer mulaiAktif, String nomorSk, Legalitas legalitas,
        Set<Pendampingan> pendampingan, List<Diklat> diklat, String ketua, Integer tahunBerdiri, String aktaNotaris,
        String nomorTandaDaftar, Klasifikasi klasifikasi, Integer jumlahPengurus, Integer jumlahAnggota, String bidang,
        String narahubung, String dukungan, String uraian, boolean aktif, LocalDate nonaktifTanggal, String nonaktifAlasan,
        String catatan, int version) {

    public Psks {
        pendampingan = pendampingan == null ? Set.of() : Set.copyOf(pendampingan);
        diklat = diklat == null ? List.of() : List.copyOf(diklat);
    }

    /**
     * The form's fields, each with the bundle key of its label. A person's fields carry the names of
     * {@link Penduduk.Field} so the person checks report under the same field.
     */
    public enum Field {
        JENIS("psks.jenis"), NIK("penduduk.nik"), NAMA("psks.nama"), JENIS_KELAMIN("penduduk.jenisKelamin"),
        TANGGAL_LAHIR("penduduk.tanggalLahir"), NO_KK("psks.noKk"), ALAMAT("penduduk.alamat"), DESA("penduduk.desa"),
        TELEPON("penduduk.telepon"), EMAIL("psks.email"), PENDIDIKAN("psks.pendidikan"), MULAI_AKTIF("psks.mulaiAktif"),
        NOMOR_SK("psks.nomorSk"), LEGALITAS("psks.legalitas"), PENDAMPINGAN("psks.pendampingan"), DIKLAT("psks.diklat"),
        KETUA("psks.ketua"), TAHUN_BERDIRI("psks.tahunBerdiri"), AKTA_NOTARIS("psks.aktaNotaris"),
        NOMOR_TANDA_DAFTAR("psks.nomorTandaDaftar"), KLASIFIKASI("psks.klasifikasi"), JUMLAH_PENGURUS("psks.jumlahPengurus"),
        JUMLAH_ANGGOTA("psks.jumlahAnggota"), BIDANG("psks.bidang"), NARAHUBUNG("psks.narahubung"), DUKUNGAN("psks.dukungan"),
        URAIAN("psks.uraian"), CATATAN("psks.catatan");

        private final String labelKey;

        Field(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    /** The name the lists show: the person's, or the family's, institution's or business's. */
    public String namaTampil() {
        return orang != null ? orang.nama() : nama;
    }

    public String desaTampil() {
        return orang != null ? orang.desaKode() : desaKode;
    }

    public Psks denganOrang(Penduduk o) {
        return new Psks(id, jenisKode, o, nama, noKk, alamat, desaKode, telepon, email, pendidikan, mulaiAktif, nomorSk, legalitas,
                pendampingan, diklat, ketua, tahunBerdiri, aktaNotaris, nomorTandaDaftar, klasifikasi, jumlahPengurus, jumlahAnggota,
                bidang, narahubung, dukungan, uraian, aktif, nonaktifTanggal, nonaktifAlasan, catatan, version);
    }

    public Psks denganId(long newId, int newVersion) {
        return new Psks(newId, jenisKode, orang, nama, noKk, alamat, desaKode, telepon, email, pendidikan, mulaiAktif, nomorSk,
                legalitas, pendampingan, diklat, ketua, tahunBerdiri, aktaNotaris, nomorTandaDaftar, klasifikasi, jumlahPengurus,
                jumlahAnggota, bidang, narahubung, dukungan, uraian, aktif, nonaktifTanggal, nonaktifAlasan, catatan, newVersion);
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jenis_kode", jenisKode);
        m.put("penduduk_id", orang == null ? null : orang.id());
        m.put("nama", nama);
        m.put("no_kk", noKk);
        m.put("alamat", alamat);
        m.put("desa_kode", desaKode);
        m.put("telepon", telepon);
        m.put("email", email);
        m.put("pendidikan", pendidikan == null ? null : pendidikan.kode());
        m.put("mulai_aktif", mulaiAktif);
        m.put("nomor_sk", nomorSk);
        m.put("legalitas", legalitas == null ? null : legalitas.kode());
        m.put("pendampingan", Pendampingan.tulis(pendampingan));
        m.put("diklat", diklat.stream().map(d -> d.nama() + " / " + d.penyelenggara() + " / " + d.tahun()).toList().toString());
        m.put("ketua", ketua);
        m.put("tahun_berdiri", tahunBerdiri);
        m.put("akta_notaris", aktaNotaris);
        m.put("nomor_tanda_daftar", nomorTandaDaftar);
        m.put("klasifikasi", klasifikasi == null ? null : klasifikasi.kode());
        m.put("jumlah_pengurus", jumlahPengurus);
        m.put("jumlah_anggota", jumlahAnggota);
        m.put("bidang", bidang);
        m.put("narahubung", narahubung);
        m.put("dukungan", dukungan);
        m.put("uraian", uraian);
        m.put("aktif", aktif);
        m.put("nonaktif_tanggal", nonaktifTanggal);
        m.put("nonaktif_alasan", nonaktifAlasan);
        m.put("catatan", catatan);
        return m;
    }

    /** A new record of type {@code jenisKode}, filled field by field. */
    public static Builder baru(String jenisKode) {
        return new Builder().jenisKode(jenisKode);
    }

    /** A builder holding this record's values, to change some of them. */
    public Builder ubah() {
        Builder b = new Builder();
        b.id = id;
        b.jenisKode = jenisKode;
        b.orang = orang;
        b.nama = nama;
        b.noKk = noKk;
        b.alamat = alamat;
        b.desaKode = desaKode;
        b.telepon = telepon;
        b.email = email;
        b.pendidikan = pendidikan;
        b.mulaiAktif = mulaiAktif;
        b.nomorSk = nomorSk;
        b.legalitas = legalitas;
        b.pendampingan = pendampingan;
        b.diklat = diklat;
        b.ketua = ketua;
        b.tahunBerdiri = tahunBerdiri;
        b.aktaNotaris = aktaNotaris;
        b.nomorTandaDaftar = nomorTandaDaftar;
        b.klasifikasi = klasifikasi;
        b.jumlahPengurus = jumlahPengurus;
        b.jumlahAnggota = jumlahAnggota;
        b.bidang = bidang;
        b.narahubung = narahubung;
        b.dukungan = dukungan;
        b.uraian = uraian;
        b.aktif = aktif;
        b.nonaktifTanggal = nonaktifTanggal;
        b.nonaktifAlasan = nonaktifAlasan;
        b.catatan = catatan;
        b.version = version;
        return b;
    }

    /** Builds a record field by field (forms, command line, sample data). */
    public static final class Builder {
        private Long id;
        private String jenisKode;
        private Penduduk orang;
        private String nama;
        private String noKk;
        private String alamat;
        private String desaKode;
        private String telepon;
        private String email;
        private Pendidikan pendidikan;
        private Integer mulaiAktif;
        private String nomorSk;
        private Legalitas legalitas;
        private Set<Pendampingan> pendampingan;
        private List<Diklat> diklat;
        private String ketua;
        private Integer tahunBerdiri;
        private String aktaNotaris;
        private String nomorTandaDaftar;
        private Klasifikasi klasifikasi;
        private Integer jumlahPengurus;
        private Integer jumlahAnggota;
        private String bidang;
        private String narahubung;
        private String dukungan;
        private String uraian;
        private boolean aktif = true;
        private LocalDate nonaktifTanggal;
        private String nonaktifAlasan;
        private String catatan;
        private int version;

        public Builder id(Long v) {
            id = v;
            return this;
        }

        public Builder jenisKode(String v) {
            jenisKode = v;
            return this;
        }

        public Builder orang(Penduduk v) {
            orang = v;
            return this;
        }

        public Builder nama(String v) {
            nama = v;
            return this;
        }

        public Builder noKk(String v) {
            noKk = v;
            return this;
        }

        public Builder alamat(String v) {
            alamat = v;
            return this;
        }

        public Builder desaKode(String v) {
            desaKode = v;
            return this;
        }

        public Builder telepon(String v) {
            telepon = v;
            return this;
        }

        public Builder email(String v) {
            email = v;
            return this;
        }

        public Builder pendidikan(Pendidikan v) {
            pendidikan = v;
            return this;
        }

        public Builder mulaiAktif(Integer v) {
            mulaiAktif = v;
            return this;
        }

        public Builder nomorSk(String v) {
            nomorSk = v;
            return this;
        }

        public Builder legalitas(Legalitas v) {
            legalitas = v;
            return this;
        }

        public Builder pendampingan(Set<Pendampingan> v) {
            pendampingan = v;
            return this;
        }

        public Builder diklat(List<Diklat> v) {
            diklat = v;
            return this;
        }

        public Builder ketua(String v) {
            ketua = v;
            return this;
        }

        public Builder tahunBerdiri(Integer v) {
            tahunBerdiri = v;
            return this;
        }

        public Builder aktaNotaris(String v) {
            aktaNotaris = v;
            return this;
        }

        public Builder nomorTandaDaftar(String v) {
            nomorTandaDaftar = v;
            return this;
        }

        public Builder klasifikasi(Klasifikasi v) {
            klasifikasi = v;
            return this;
        }

        public Builder jumlahPengurus(Integer v) {
            jumlahPengurus = v;
            return this;
        }

        public Builder jumlahAnggota(Integer v) {
            jumlahAnggota = v;
            return this;
        }

        public Builder bidang(String v) {
            bidang = v;
            return this;
        }

        public Builder narahubung(String v) {
            narahubung = v;
            return this;
        }

        public Builder dukungan(String v) {
            dukungan = v;
            return this;
        }

        public Builder uraian(String v) {
            uraian = v;
            return this;
        }

        public Builder aktif(boolean v) {
            aktif = v;
            return this;
        }

        public Builder nonaktifTanggal(LocalDate v) {
            nonaktifTanggal = v;
            return this;
        }

        public Builder nonaktifAlasan(String v) {
            nonaktifAlasan = v;
            return this;
        }

        public Builder catatan(String v) {
            catatan = v;
            return this;
        }

        public Builder version(int v) {
            version = v;
            return this;
        }

        public Psks build() {
            return new Psks(id, jenisKode, orang, nama, noKk, alamat, desaKode, telepon, email, pendidikan, mulaiAktif, nomorSk, legalitas, pendampingan, diklat, ketua, tahunBerdiri, aktaNotaris, nomorTandaDaftar, klasifikasi, jumlahPengurus, jumlahAnggota, bidang, narahubung, dukungan, uraian, aktif, nonaktifTanggal, nonaktifAlasan, catatan, version);
        }
    }
}
