package id.kesos.core.validasi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The errors found in a form, in field order, and the warnings the user may accept. Each message is
 * keyed by the field it belongs to, an enum constant of the rule set's record (e.g.
 * {@code Penduduk.Field.NIK}), so a form, the command line and the importer find it alike.
 */
public final class HasilValidasi {
    private final List<Pesan> errors = new ArrayList<>();
    private final List<Pesan> peringatan = new ArrayList<>();

    public HasilValidasi peringatan(Enum<?> field, String teks) {
        peringatan.add(new Pesan(field, teks));
        return this;
    }

    public HasilValidasi peringatan(Enum<?> field, List<String> teks) {
        teks.forEach(t -> peringatan(field, t));
        return this;
    }

    public List<Pesan> peringatan() {
        return List.copyOf(peringatan);
    }

    public HasilValidasi tambah(Enum<?> field, String teks) {
        errors.add(new Pesan(field, teks));
        return this;
    }

    public HasilValidasi tambah(Enum<?> field, Optional<String> teks) {
        teks.ifPresent(t -> tambah(field, t));
        return this;
    }

    /** Adds the errors and warnings of {@code lain} under the fields {@code ke} maps theirs to (a person's checks inside a record's). */
    public HasilValidasi gabung(HasilValidasi lain, java.util.function.Function<Enum<?>, Enum<?>> ke) {
        lain.errors.forEach(p -> tambah(ke.apply(p.field()), p.teks()));
        lain.peringatan.forEach(p -> peringatan(ke.apply(p.field()), p.teks()));
        return this;
    }

    public boolean sah() {
        return errors.isEmpty();
    }

    public List<Pesan> errors() {
        return List.copyOf(errors);
    }

    /** The first error of {@code field}. */
    public Optional<String> untuk(Enum<?> field) {
        return errors.stream().filter(p -> p.field() == field).map(Pesan::teks).findFirst();
    }

    /** The first error of the field named {@code nama} (whatever its enum): for tests and reports. */
    public Optional<String> untuk(String nama) {
        return errors.stream().filter(p -> p.field().name().equals(nama)).map(Pesan::teks).findFirst();
    }

    /** Throws {@link ValidasiException} unless the form is valid. */
    public void wajibSah() {
        if (!sah()) {
            throw new ValidasiException(this);
        }
    }

    /** Throws {@link PeringatanException} when there are warnings the user has not accepted yet. */
    public void wajibDiterima(boolean diterima) {
        if (!diterima && !peringatan.isEmpty()) {
            throw new PeringatanException(peringatan);
        }
    }

    /** The warnings' texts, for the saved result. */
    public List<String> teksPeringatan() {
        return peringatan.stream().map(Pesan::teks).toList();
    }
}
