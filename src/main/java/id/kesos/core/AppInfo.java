package id.kesos.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Product name and version, the version filled in by the build. */
public final class AppInfo {
    public static final String NAME = "Kesos Kecamatan";
    /** Set to 1 by the start-up benchmark: the window prints {@link #PENANDA_JENDELA} once shown with data, then closes. */
    public static final String ENV_UKUR_MULAI = "KESOS_UKUR_MULAI";
    public static final String PENANDA_JENDELA = "KESOS_JENDELA_TAMPIL";
    /**
     * {@link #ENV_UKUR_MULAI} set to this (by {@code installer/ukur-memori.sh}): the window, once Beranda shows,
     * opens every page in turn instead, prints {@link #PENANDA_HALAMAN} and stays open, for its memory to be read.
     */
    public static final String UKUR_HALAMAN = "halaman";
    public static final String PENANDA_HALAMAN = "KESOS_HALAMAN_SEMUA";
    private static final String VERSION = load();

    private AppInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/id/kesos/versi.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("versi", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
