package id.kesos.core.kantor;

import id.kesos.core.cetak.KopSurat;
import id.kesos.core.wilayah.Wilayah;
import java.util.List;

/** The office profile with the names of its regions and its desa/kelurahan, as screens and reports show it. */
public record ProfilKantor(Kantor kantor, Wilayah provinsi, Wilayah kabupaten, Wilayah kecamatan, List<Wilayah> desa) {
    public ProfilKantor {
        desa = List.copyOf(desa);
    }

    /** The letterhead of the office's documents. */
    public KopSurat kopSurat() {
        return KopSurat.kecamatan(kabupaten.nama(), kecamatan.nama(), kantor.alamat(), kantor.telepon(), kantor.email(), kantor.kodePos())
                .denganLogo(kantor.logo());
    }
}
