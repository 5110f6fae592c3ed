package id.kesos.ui;

import javafx.scene.input.KeyCode;

/** The pages of the main window, in navigation order, each with its label and shortcut (Ctrl+1 ...). */
public enum Halaman {
    BERANDA("nav.beranda", null, KeyCode.DIGIT1),
    PMKS("nav.pmks", null, KeyCode.DIGIT2),
    PSKS("nav.psks", null, KeyCode.DIGIT3),
    RAPAT("nav.rapat", null, KeyCode.DIGIT4),
    REKAP("nav.rekap", null, KeyCode.DIGIT5),
    IMPOR("nav.impor", "rencana.impor", KeyCode.DIGIT6),
    PENGATURAN("nav.pengaturan", null, KeyCode.DIGIT7);

    private final String labelKey;
    private final String rencanaKey;
    private final KeyCode pintasan;

    Halaman(String labelKey, String rencanaKey, KeyCode pintasan) {
        this.labelKey = labelKey;
        this.rencanaKey = rencanaKey;
        this.pintasan = pintasan;
    }

    public String labelKey() {
        return labelKey;
    }

    /** For a page still being built, the key of the text that says what will come there. */
    public String rencanaKey() {
        return rencanaKey;
    }

    public KeyCode pintasan() {
        return pintasan;
    }
}
