package id.kesos.cli;

import id.kesos.core.i18n.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage error in the user's language (picocli's own messages are English): what is wrong, with
 * which option, and where the help is. Exit code 2. The value typed is repeated only shortened and
 * without control characters.
 */
final class SalahPakai implements CommandLine.IParameterExceptionHandler {
    private static final int PANJANG_NILAI = 40;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(pesan(ex));
        err.println(Messages.get("cli.salah.bantuan", cmd.getCommandSpec().qualifiedName()));
        return KesosCommand.SALAH_PAKAI;
    }

    /** A usage error the command found itself, its message already in the user's language. */
    static final class Pesan extends ParameterException {
        Pesan(CommandLine cmd, String pesan) {
            super(cmd, pesan);
        }
    }

    static String pesan(ParameterException ex) {
        if (ex instanceof Pesan p) {
            return p.getMessage();
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            String nama = m.getMissing().stream().map(SalahPakai::nama).collect(Collectors.joining(", "));
            return Messages.get("cli.salah.wajib", nama);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> sisa = u.getUnmatched();
            String pertama = sisa.isEmpty() ? "" : aman(sisa.get(0));
            return pertama.startsWith("-") ? Messages.get("cli.salah.opsiTakDikenal", pertama)
                    : Messages.get("cli.salah.argumenTakDikenal", pertama);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return Messages.get("cli.salah.duaKali", nama(o.getOverwritten()));
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return Messages.get("cli.salah.terlaluBanyak");
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return Messages.get("cli.salah.bersamaan");
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return Messages.get("cli.salah.nilai", nama(arg), aman(ex.getValue()), jenis(arg.type()));
        }
        if (arg != null) {
            return Messages.get("cli.salah.nilaiKurang", nama(arg));
        }
        return Messages.get("cli.salah.umum");
    }

    private static String nama(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String jenis(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class) {
            return Messages.get("cli.salah.jenisBilangan");
        }
        if (type == java.time.LocalDate.class) {
            return Messages.get("cli.salah.jenisTanggal");
        }
        if (type == java.nio.file.Path.class || type == java.io.File.class) {
            return Messages.get("cli.salah.jenisBerkas");
        }
        return Messages.get("cli.salah.jenisTeks");
    }

    /** The typed value, shortened and with control and invisible characters shown as "?". */
    static String aman(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(PANJANG_NILAI).forEach(cp -> b.appendCodePoint(Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT ? '?' : cp));
        return s.codePointCount(0, s.length()) > PANJANG_NILAI ? b + "…" : b.toString();
    }
}
