package id.kesos.core.kantor;

import id.kesos.core.wilayah.Wilayah;
import java.util.List;

/** The office profile with the names of its regions and its desa/kelurahan, as screens and reports show it. */
public record ProfilKantor(Kantor kantor, Wilayah provinsi, Wilayah kabupaten, Wilayah kecamatan, List<Wilayah> desa) {
    public ProfilKantor {
        desa = List.copyOf(desa);
    }
}
