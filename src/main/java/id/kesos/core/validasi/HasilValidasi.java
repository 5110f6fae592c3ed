package id.kesos.core.validasi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The errors found in a form, in field order, and the warnings the user may accept. */
public final class HasilValidasi {
    private final List<Pesan> errors = new ArrayList<>();
    private final List<Pesan> peringatan = new ArrayList<>();

    public HasilValidasi peringatan(String field, String teks) {
        peringatan.add(new Pesan(field, teks));
        return this;
    }

    public HasilValidasi peringatan(String field, List<String> teks) {
        teks.forEach(t -> peringatan(field, t));
        return this;
    }

    public List<Pesan> peringatan() {
        return List.copyOf(peringatan);
    }

    public HasilValidasi tambah(String field, String teks) {
        errors.add(new Pesan(field, teks));
        return this;
    }

    public HasilValidasi tambah(String field, Optional<String> teks) {
        teks.ifPresent(t -> tambah(field, t));
        return this;
    }

    public boolean sah() {
        return errors.isEmpty();
    }

    public List<Pesan> errors() {
        return List.copyOf(errors);
    }

    public Optional<String> untuk(String field) {
        return errors.stream().filter(p -> p.field().equals(field)).map(Pesan::teks).findFirst();
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
