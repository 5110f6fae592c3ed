package id.kesos.core.audit;

import id.kesos.core.i18n.Messages;
import java.util.Locale;

/** The roles of the optional users, with what each may do ({@link Hak}). */
public enum Peran {
    /** Settings, users, restore, and everything else. */
    ADMIN("peran.admin"),
    /** Verify and reject entries, and everything but settings, users and restore. */
    KASIE("peran.kasie"),
    /** Enter and edit; cannot verify or reject. */
    OPERATOR("peran.operator"),
    /** Read only. */
    TAMU("peran.tamu");

    private final String labelKey;

    Peran(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return Messages.get(labelKey);
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Peran dariKode(String s) {
        for (Peran p : values()) {
            if (p.kode().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return p;
            }
        }
        return null;
    }

    /** Whether this role may do {@code h}. */
    public boolean boleh(Hak h) {
        return switch (this) {
            case ADMIN -> true;
            case KASIE -> h == Hak.TULIS || h == Hak.VERIFIKASI;
            case OPERATOR -> h == Hak.TULIS;
            case TAMU -> false;
        };
    }

    /** What a role may be allowed to do. */
    public enum Hak {
        /** Add and change register data, meetings, imports. */
        TULIS("hak.tulis"),
        /** Verify or reject a PMKS entry. */
        VERIFIKASI("hak.verifikasi"),
        /** Office settings, the data password. */
        PENGATURAN("hak.pengaturan"),
        /** Add and deactivate users. */
        PENGGUNA("hak.pengguna"),
        /** Replace the data with a backup. */
        PULIHKAN("hak.pulihkan");

        private final String labelKey;

        Hak(String labelKey) {
            this.labelKey = labelKey;
        }

        public String label() {
            return Messages.get(labelKey);
        }
    }
}
