package id.kesos;

import id.kesos.core.Layanan;
import id.kesos.core.kantor.Kantor;

/** The office most tests work in: Kecamatan Bandung, Kabupaten Serang (36.04.34), eight desa. */
public final class UjiKantor {
    private UjiKantor() {
    }

    public static Kantor bandung() {
        return new Kantor("36.04.34", "Budi", "197001011990031001", null, "Siti", "198002022005012002", null, null, null, null, null, null, 0);
    }

    /** Saves the office profile and lets the registers see its desa. */
    public static void pasang(Layanan l) {
        l.kantor().simpan(bandung());
        l.pmks().segarkanDesa();
    }
}
