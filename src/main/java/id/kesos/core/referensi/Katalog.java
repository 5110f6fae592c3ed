package id.kesos.core.referensi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list of reference types (the 26 PMKS types, the PSKS types) read once and looked up by code,
 * in official order. A code is matched whatever its case and surrounding spaces ("pmks-08 ").
 */
public final class Katalog<T> {
    private final Supplier<List<T>> baca;
    private final Function<T, String> kode;
    private volatile Map<String, T> isi;

    public Katalog(Supplier<List<T>> baca, Function<T, String> kode) {
        this.baca = baca;
        this.kode = kode;
    }

    /** All types, in the order they were read. */
    public List<T> semua() {
        return List.copyOf(peta().values());
    }

    public Optional<T> cari(String k) {
        return Optional.ofNullable(dapat(k));
    }

    /** The type of code {@code k}, or null (also for a null code). */
    public T dapat(String k) {
        return k == null ? null : peta().get(k.strip().toUpperCase(Locale.ROOT));
    }

    /** Forgets what was read (a type was added): the next lookup reads again. */
    public void segarkan() {
        isi = null;
    }

    private Map<String, T> peta() {
        Map<String, T> m = isi;
        if (m == null) {
            m = new LinkedHashMap<>();
            for (T t : baca.get()) {
                m.put(kode.apply(t), t);
            }
            isi = m;
        }
        return m;
    }
}
