package id.kesos.core.pmks;

import java.util.List;

/** A group (KAT, Kelompok Minoritas) with its register entries and their history. */
public record DetailKelompok(Kelompok kelompok, String desaNama, List<DetailPenduduk.Entri> entri) {
}
