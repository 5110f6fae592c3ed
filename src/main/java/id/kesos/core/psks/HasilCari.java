package id.kesos.core.psks;

import java.util.List;

/** A page of the PSKS list and how many records matched in all. */
public record HasilCari(List<BarisPsks> baris, int total) {
    public HasilCari {
        baris = List.copyOf(baris);
    }
}
