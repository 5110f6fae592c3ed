package id.kesos.core.pmks;

import java.util.Locale;

/** Where a register entry came from. */
public enum SumberData {
    PENDATAAN_DESA("sumber.pendataanDesa"), TKSK("sumber.tksk"), PSM("sumber.psm"), SIKS_NG("sumber.siksNg"),
    LAPORAN_WARGA("sumber.laporanWarga"), LAINNYA("sumber.lainnya");

    private final String labelKey;

    SumberData(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SumberData dariKode(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
