package id.kesos.core.pmks;

import java.util.List;

/** One page of a list and how many rows match in all. */
public record Halaman<T>(List<T> baris, int offset, int total) {
    public Halaman {
        baris = List.copyOf(baris);
    }
}
