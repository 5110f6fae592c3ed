package id.kesos.core.penduduk;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Penduduk.Field;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.Teks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Checks a person's data field by field: errors block saving, warnings can be accepted. */
public final class PendudukValidator {
    private static final java.util.regex.Pattern RT_RW = java.util.regex.Pattern.compile("\\d{1,3}");

    private final NikValidator nik;
    private final Supplier<Set<String>> desaKecamatan;

    /** @param desaKecamatan the desa/kelurahan codes of the configured kecamatan */
    public PendudukValidator(NikValidator nik, Supplier<Set<String>> desaKecamatan) {
        this.nik = nik;
        this.desaKecamatan = desaKecamatan;
    }

    public NikValidator nikValidator() {
        return nik;
    }

    public HasilValidasi periksa(Penduduk p) {
        HasilValidasi h = new HasilValidasi();
        for (Field f : Field.values()) {
            periksa(f, p, h);
        }
        return h;
    }

    /** Checks one field into {@code h}. */
    public void periksa(Field f, Penduduk p, HasilValidasi h) {
        String label = Messages.get(f.labelKey());
        Field k = f;
        switch (f) {
            case NIK -> {
                NikValidator.Hasil r = nik.periksa(p.nik(), label);
                h.tambah(k, r.galat());
                h.peringatan(k, r.peringatan());
                r.info().ifPresent(info -> h.peringatan(k, NikValidator.bandingkan(info, p.tanggalLahir(), p.jenisKelamin(), label)));
            }
            case NO_KK -> {
                NikValidator.Hasil r = nik.periksaKk(p.noKk(), label);
                h.tambah(k, r.galat());
                h.peringatan(k, r.peringatan());
            }
            case NAMA -> h.tambah(k, Teks.nama(p.nama(), label, 150));
            case TEMPAT_LAHIR -> h.tambah(k, Teks.panjang(p.tempatLahir(), label, 80));
            case TANGGAL_LAHIR -> {
                if (p.tanggalLahir() != null && p.tanggalLahir().isAfter(LocalDate.now())) {
                    h.tambah(k, Messages.get("penduduk.lahirMasaDepan", label, Tanggal.format(p.tanggalLahir())));
                } else if (p.tanggalLahir() != null && p.tanggalLahir().getYear() < 1900) {
                    h.tambah(k, Messages.get("penduduk.lahirTerlaluLama", label, Tanggal.format(p.tanggalLahir())));
                }
            }
            case JENIS_KELAMIN -> {
                if (p.jenisKelamin() == null) {
                    h.tambah(k, Messages.get("penduduk.jkWajib", label));
                }
            }
            case ALAMAT -> h.tambah(k, Teks.panjang(p.alamat(), label, 250));
            case DUSUN -> h.tambah(k, Teks.panjang(p.dusun(), label, 80));
            case RT, RW -> h.tambah(k, rtRw(f == Field.RT ? p.rt() : p.rw(), label));
            case DESA -> {
                String d = Teks.bersih(p.desaKode());
                if (d == null) {
                    h.tambah(k, Messages.get("penduduk.desaWajib", label));
                } else if (!desaKecamatan.get().contains(d)) {
                    h.tambah(k, Messages.get("penduduk.desaLuar", label, d));
                }
            }
            case NAMA_IBU -> h.tambah(k, Teks.panjang(p.namaIbu(), label, 150));
            case HUBUNGAN_KELUARGA -> {
                if (p.hubunganKeluarga() != null && (p.hubunganKeluarga() < 1 || p.hubunganKeluarga() > 8)) {
                    h.tambah(k, Messages.get("penduduk.hubungan", label, p.hubunganKeluarga()));
                }
            }
            case TELEPON -> h.tambah(k, Teks.telepon(p.telepon(), label));
            case CATATAN -> h.tambah(k, Teks.panjang(p.catatan(), label, 1000));
        }
    }

    private static Optional<String> rtRw(String v, String label) {
        String s = Teks.bersih(v);
        if (s != null && !RT_RW.matcher(s).matches()) {
            return Optional.of(Messages.get("penduduk.rtRw", label, s));
        }
        return Optional.empty();
    }
}
