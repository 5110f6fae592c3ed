package id.kesos.core.wilayah;

import java.util.Locale;

/** The level of a Kemendagri region code. */
public enum Tingkat {
    PROVINSI, KABUPATEN, KOTA, KECAMATAN, DESA, KELURAHAN;

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tingkat of(String kode) {
        return valueOf(kode.toUpperCase(Locale.ROOT));
    }
}
