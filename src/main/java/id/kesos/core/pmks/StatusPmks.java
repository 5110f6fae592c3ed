package id.kesos.core.pmks;

import java.util.Locale;
import java.util.Set;

/** Verification status of a register entry (verivali), with the moves DOMAIN.md section 3 allows. */
public enum StatusPmks {
    USULAN("status.usulan"), TERVERIFIKASI("status.terverifikasi"), DITOLAK("status.ditolak"), TIDAK_AKTIF("status.tidakAktif");

    private final String labelKey;

    StatusPmks(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The database and command-line spelling: usulan, terverifikasi, ditolak, tidak_aktif. */
    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StatusPmks dariKode(String s) {
        if (s == null) {
            return null;
        }
        String k = s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (StatusPmks st : values()) {
            if (st.kode().equals(k)) {
                return st;
            }
        }
        return null;
    }

    /** Where an entry in this status may go next. */
    public Set<StatusPmks> tujuan() {
        return switch (this) {
            case USULAN -> Set.of(TERVERIFIKASI, DITOLAK);
            case TERVERIFIKASI -> Set.of(TIDAK_AKTIF);
            case DITOLAK -> Set.of(USULAN);
            case TIDAK_AKTIF -> Set.of(TERVERIFIKASI);
        };
    }

    /** Rejecting, deactivating and reopening need a reason. */
    public boolean butuhAlasan() {
        return this != TERVERIFIKASI;
    }
}
