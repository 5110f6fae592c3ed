package id.kesos.ui.pmks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.Penduduk.Field;
import id.kesos.core.penduduk.PendudukValidator;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.wilayah.Wilayah;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A person's form: text per field, the chosen desa and sex, a message per field. Checks use the core validator. */
public final class PendudukFormViewModel {
    private final PendudukValidator validator;
    private final Map<Field, StringProperty> nilai = new EnumMap<>(Field.class);
    private final Map<Field, StringProperty> galat = new EnumMap<>(Field.class);
    private final ObjectProperty<Wilayah> desa = new SimpleObjectProperty<>();
    private final ObjectProperty<JenisKelamin> jk = new SimpleObjectProperty<>();
    private Long id;
    private int version;

    public PendudukFormViewModel(PendudukValidator validator) {
        this.validator = validator;
        for (Field f : Field.values()) {
            nilai.put(f, new SimpleStringProperty(""));
            galat.put(f, new SimpleStringProperty(""));
        }
        desa.addListener((o, a, b) -> periksa(Field.DESA));
        jk.addListener((o, a, b) -> periksa(Field.JENIS_KELAMIN));
    }

    public StringProperty nilai(Field f) {
        return nilai.get(f);
    }

    /** Every field's message, for the footer to follow. */
    public java.util.Collection<StringProperty> semuaGalat() {
        return galat.values();
    }

    public StringProperty galat(Field f) {
        return galat.get(f);
    }

    public ObjectProperty<Wilayah> desaProperty() {
        return desa;
    }

    public ObjectProperty<JenisKelamin> jkProperty() {
        return jk;
    }

    public Long id() {
        return id;
    }

    public void isi(Penduduk p, Wilayah desaP) {
        id = p.id();
        version = p.version();
        nilai(Field.NIK).set(n(p.nik()));
        nilai(Field.NO_KK).set(n(p.noKk()));
        nilai(Field.NAMA).set(n(p.nama()));
        nilai(Field.TEMPAT_LAHIR).set(n(p.tempatLahir()));
        nilai(Field.TANGGAL_LAHIR).set(Tanggal.format(p.tanggalLahir()));
        nilai(Field.ALAMAT).set(n(p.alamat()));
        nilai(Field.DUSUN).set(n(p.dusun()));
        nilai(Field.RT).set(n(p.rt()));
        nilai(Field.RW).set(n(p.rw()));
        nilai(Field.NAMA_IBU).set(n(p.namaIbu()));
        nilai(Field.HUBUNGAN_KELUARGA).set(p.hubunganKeluarga() == null ? "" : String.valueOf(p.hubunganKeluarga()));
        nilai(Field.TELEPON).set(n(p.telepon()));
        nilai(Field.CATATAN).set(n(p.catatan()));
        jk.set(p.jenisKelamin());
        desa.set(desaP);
        galat.values().forEach(g -> g.set(""));
    }

    /** The form as a record; an unreadable date becomes null here and is reported by {@link #periksa}. */
    public Penduduk kePenduduk() {
        Integer hub = null;
        try {
            String h = nilai(Field.HUBUNGAN_KELUARGA).get().strip();
            hub = h.isEmpty() ? null : Integer.valueOf(h);
        } catch (NumberFormatException e) {
            hub = -1;
        }
        return new Penduduk(id, v(Field.NIK), v(Field.NO_KK), v(Field.NAMA), v(Field.TEMPAT_LAHIR), tanggal().orElse(null), jk.get(),
                v(Field.ALAMAT), v(Field.DUSUN), v(Field.RT), v(Field.RW), desa.get() == null ? null : desa.get().kode(), v(Field.NAMA_IBU),
                hub, v(Field.TELEPON), v(Field.CATATAN), version);
    }

    private Optional<LocalDate> tanggal() {
        return Tanggal.parse(nilai(Field.TANGGAL_LAHIR).get());
    }

    /** Checks one field (when the user leaves it); returns true when it is fine. */
    public boolean periksa(Field f) {
        HasilValidasi h = new HasilValidasi();
        if (f == Field.TANGGAL_LAHIR && !nilai(f).get().isBlank() && tanggal().isEmpty()) {
            h.tambah(f, Tanggal.pesanTidakTerbaca(Messages.get(f.labelKey()), nilai(f).get().strip()));
        } else {
            validator.periksa(f, kePenduduk(), h);
        }
        String pesan = h.untuk(f).orElse("");
        galat(f).set(pesan);
        return pesan.isEmpty();
    }

    public boolean periksaSemua() {
        boolean sah = true;
        for (Field f : Field.values()) {
            sah &= periksa(f);
        }
        return sah;
    }

    /** Shows the messages of a refused save under their fields. */
    public void tampilkan(HasilValidasi h) {
        for (Field f : Field.values()) {
            h.untuk(f).ifPresent(galat(f)::set);
        }
    }

    private String v(Field f) {
        return nilai(f).get();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
