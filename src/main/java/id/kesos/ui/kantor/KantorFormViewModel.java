package id.kesos.ui.kantor;

import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.Kantor.Field;
import id.kesos.core.kantor.KantorValidator;
import id.kesos.core.validasi.HasilValidasi;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The office profile form: one text property per field and one error property per field. The
 * kecamatan comes from the region chooser beside it. Validation is the core's {@link KantorValidator}.
 */
public final class KantorFormViewModel {
    private final KantorValidator validator;
    private final Supplier<String> kodeKecamatan;
    private final Map<Field, StringProperty> nilai = new EnumMap<>(Field.class);
    private final Map<Field, StringProperty> galat = new EnumMap<>(Field.class);
    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    private int version;

    public KantorFormViewModel(KantorValidator validator, Supplier<String> kodeKecamatan) {
        this.validator = validator;
        this.kodeKecamatan = kodeKecamatan;
        for (Field f : Field.values()) {
            nilai.put(f, new SimpleStringProperty(""));
            galat.put(f, new SimpleStringProperty(""));
        }
        logo.addListener((o, a, b) -> periksa(Field.LOGO));
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

    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    public void isi(Kantor k) {
        nilai(Field.NAMA_CAMAT).set(n(k.namaCamat()));
        nilai(Field.NIP_CAMAT).set(n(k.nipCamat()));
        nilai(Field.PANGKAT_CAMAT).set(n(k.pangkatCamat()));
        nilai(Field.NAMA_KASIE).set(n(k.namaKasie()));
        nilai(Field.NIP_KASIE).set(n(k.nipKasie()));
        nilai(Field.PANGKAT_KASIE).set(n(k.pangkatKasie()));
        nilai(Field.ALAMAT).set(n(k.alamat()));
        nilai(Field.KODE_POS).set(n(k.kodePos()));
        nilai(Field.TELEPON).set(n(k.telepon()));
        nilai(Field.EMAIL).set(n(k.email()));
        logo.set(k.logo());
        version = k.version();
        galat.values().forEach(g -> g.set(""));
    }

    public Kantor keKantor() {
        return new Kantor(kodeKecamatan.get(), v(Field.NAMA_CAMAT), v(Field.NIP_CAMAT), v(Field.PANGKAT_CAMAT),
                v(Field.NAMA_KASIE), v(Field.NIP_KASIE), v(Field.PANGKAT_KASIE), v(Field.ALAMAT), v(Field.KODE_POS),
                v(Field.TELEPON), v(Field.EMAIL), logo.get(), version);
    }

    /** Checks one field (called when the user leaves it) and shows or clears its message. */
    public void periksa(Field f) {
        galat(f).set(validator.periksa(f, keKantor()).orElse(""));
    }

    /**
     * Checks every field the user types; true when the form can be saved. The kecamatan is picked
     * from the reference list, and the service checks it again (in the background) when saving.
     */
    public boolean periksaSemua() {
        boolean sah = true;
        Kantor k = keKantor();
        for (Field f : Field.values()) {
            if (f != Field.KECAMATAN) {
                String pesan = validator.periksa(f, k).orElse("");
                galat(f).set(pesan);
                sah &= pesan.isEmpty();
            }
        }
        return sah;
    }

    /** Shows the messages of a refused save under their fields. */
    public void tampilkan(HasilValidasi h) {
        for (Field f : Field.values()) {
            galat(f).set(h.untuk(f).orElse(""));
        }
    }

    private String v(Field f) {
        return nilai(f).get();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
