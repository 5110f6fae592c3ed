package id.kesos.ui;

import javafx.scene.input.KeyCode;

/** The pages of the main window, in navigation order, each with its label and shortcut (Ctrl+1 ...). */
public enum Halaman {
    BERANDA("nav.beranda", KeyCode.DIGIT1),
    PMKS("nav.pmks", KeyCode.DIGIT2),
    PSKS("nav.psks", KeyCode.DIGIT3),
    RAPAT("nav.rapat", KeyCode.DIGIT4),
    REKAP("nav.rekap", KeyCode.DIGIT5),
    IMPOR("nav.impor", KeyCode.DIGIT6),
    PENGATURAN("nav.pengaturan", KeyCode.DIGIT7),
    RIWAYAT("nav.riwayat", KeyCode.DIGIT8);

    private final String labelKey;
    private final KeyCode pintasan;

    Halaman(String labelKey, KeyCode pintasan) {
        this.labelKey = labelKey;
        this.pintasan = pintasan;
    }

    public String labelKey() {
        return labelKey;
    }

    public KeyCode pintasan() {
        return pintasan;
    }
}
