package id.kesos.ui;

/** Style classes of kesos.css, in one place (AtlantaFX's own are in {@code atlantafx.base.theme.Styles}). */
public final class Gaya {
    public static final String CSS = "/id/kesos/ui/kesos.css";
    public static final String SIDEBAR = "kesos-sidebar";
    public static final String NAV = "kesos-nav";
    public static final String HEADER = "kesos-header";
    public static final String PAGE = "kesos-page";
    public static final String CARD = "kesos-card";
    public static final String FIELD_ERROR = "kesos-field-error";
    /** A locked part of a form (a final meeting): read-only, in normal text colours. */
    public static final String TERKUNCI = "kesos-terkunci";
    public static final String FORM = "kesos-form";
    public static final String ANGKA_BESAR = "kesos-angka-besar";
    public static final String WIZARD = "kesos-wizard";
    public static final String APP_TITLE = "kesos-app-title";
    /** A band above a list saying it shows a selection, with the way back. */
    public static final String PITA = "kesos-pita";

    private Gaya() {
    }
}
