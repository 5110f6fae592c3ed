package id.kesos.core.rapat;

import java.util.Locale;

/** A village official's post. Stored as its lower-case code. */
public enum JabatanDesa {
    KEPALA_DESA("perangkat.jabatan.kepalaDesa"),
    LURAH("perangkat.jabatan.lurah"),
    SEKRETARIS_DESA("perangkat.jabatan.sekretarisDesa"),
    OPERATOR_DESA("perangkat.jabatan.operatorDesa"),
    KASI_KESRA("perangkat.jabatan.kasiKesra"),
    LAINNYA("perangkat.jabatan.lainnya");

    private final String labelKey;

    JabatanDesa(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of a code ("rakor_bulanan", "rakor-bulanan"), or null for null. */
    public static JabatanDesa dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
