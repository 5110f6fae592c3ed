package id.kesos.core.penduduk;

import id.kesos.core.i18n.Messages;
import java.util.Optional;

/** A person's place in the family as the Dinas's lists code it (DTKS/SIKS-NG, DTSEN): 1 to 8. */
public enum HubunganKeluarga {
    KEPALA_KELUARGA(1, "hubungan.1"),
    ISTRI_SUAMI(2, "hubungan.2"),
    ANAK(3, "hubungan.3"),
    MENANTU(4, "hubungan.4"),
    CUCU(5, "hubungan.5"),
    ORANG_TUA_MERTUA(6, "hubungan.6"),
    PEMBANTU(7, "hubungan.7"),
    LAINNYA(8, "hubungan.8");

    private final int kode;
    private final String kunci;

    HubunganKeluarga(int kode, String kunci) {
        this.kode = kode;
        this.kunci = kunci;
    }

    public int kode() {
        return kode;
    }

    /** "1 \u2013 kepala keluarga": the code and its name, as a choice shows it. */
    public String teks() {
        return kode + " \u2013 " + Messages.get(kunci);
    }

    /** The code's value, or empty for no code or one outside 1 to 8. */
    public static Optional<HubunganKeluarga> dari(Integer kode) {
        if (kode == null || kode < 1 || kode > values().length) {
            return Optional.empty();
        }
        return Optional.of(values()[kode - 1]);
    }
}
