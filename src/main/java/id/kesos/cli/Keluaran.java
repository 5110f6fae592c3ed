package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.util.Locale;

/** Output shared by the listing commands: the --format choice and CSV cells. */
final class Keluaran {
    private Keluaran() {
    }

    /** {@code --status terverifikasi|semua}: whether proposed entries count too. */
    static boolean termasukUsulan(String status) {
        return switch (status == null ? "" : status.strip().toLowerCase(Locale.ROOT)) {
            case "terverifikasi" -> false;
            case "semua" -> true;
            default -> throw new KesosException(Messages.get("cli.ekspor.statusSalah", status));
        };
    }

    /** True for {@code --format csv}, false for {@code teks}; anything else is refused with a message. */
    static boolean csv(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "teks", "text" -> false;
            default -> throw new KesosException(Messages.get("cli.pmks.formatSalah", format));
        };
    }

    /** One CSV cell: quoted when it holds a comma, a quote or a line break. */
    static String sel(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The --kertas choice: null when not given, or a message naming the choices. */
    static id.kesos.core.cetak.Kertas kertas(String s) {
        if (s == null) {
            return null;
        }
        id.kesos.core.cetak.Kertas k = id.kesos.core.cetak.Kertas.dariKode(s);
        if (k == null) {
            throw new KesosException(Messages.get("cli.rapat.kertasSalah", s));
        }
        return k;
    }

    /** The --tanggal-lahir option: null when not given, or a message saying how to write it. */
    static java.time.LocalDate tanggalLahir(String s) {
        if (s == null) {
            return null;
        }
        return id.kesos.core.penduduk.Tanggal.parse(s).orElseThrow(() -> new KesosException(
                id.kesos.core.penduduk.Tanggal.pesanTidakTerbaca(Messages.get("penduduk.tanggalLahir"), s)));
    }

    /** The --jk option: null when not given, or a message when it is neither L nor P. */
    static id.kesos.core.penduduk.JenisKelamin jk(String s) {
        if (s == null) {
            return null;
        }
        id.kesos.core.penduduk.JenisKelamin j = id.kesos.core.penduduk.JenisKelamin.dari(s);
        if (j == null) {
            throw new KesosException(Messages.get("cli.pmks.jkSalah", s));
        }
        return j;
    }
}
