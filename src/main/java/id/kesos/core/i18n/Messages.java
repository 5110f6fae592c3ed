package id.kesos.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user-facing text. Bahasa Indonesia is the default; English is the second bundle.
 * Keys are literal strings at their call sites, so the localisation test can find unused ones.
 */
public final class Messages {
    public static final String BUNDLE = "id.kesos.i18n.messages";
    public static final Locale INDONESIAN = Locale.of("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static volatile ResourceBundle bundle = load(INDONESIAN);

    private Messages() {
    }

    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Switches the language; only "id" and "en" exist, anything else means Indonesian. */
    public static void setLocale(Locale locale) {
        Locale chosen = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        bundle = load(chosen);
        Locale.setDefault(Locale.Category.FORMAT, chosen);
    }

    /** The language asked for by the environment variable {@code KESOS_LANG} ("id" or "en"), Indonesian otherwise. */
    public static Locale dariLingkungan() {
        String lang = System.getenv("KESOS_LANG");
        return lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : INDONESIAN;
    }

    public static Locale locale() {
        return bundle.getLocale();
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}} ... filled from {@code args}. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The Indonesian-only text of the official documents (notula, daftar hadir, recaps, letterhead). */
    public static final String DOKUMEN = "id.kesos.i18n.dokumen";

    /**
     * Text of an official document (always Indonesian: the Dinas reads them so), from the documents'
     * own bundle, with {@code {0}} ... filled from {@code args} (pass years and codes as text).
     */
    public static String dok(String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(DOKUMEN, INDONESIAN, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = b.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, INDONESIAN).format(args);
    }

    /** A message in Indonesian whatever the UI language: for official documents (printed minutes, recaps). */
    public static String getId(String key, Object... args) {
        ResourceBundle b = load(INDONESIAN);
        String pattern = b.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, INDONESIAN).format(args);
    }
}
