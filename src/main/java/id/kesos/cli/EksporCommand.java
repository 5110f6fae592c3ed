package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.rekap.RekapService;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos ekspor JENIS --tahun Y --out F}: a recap for the Dinas Sosial as .xlsx. */
@Command(name = "ekspor", mixinStandardHelpOptions = true, sortOptions = false)
final class EksporCommand implements Callable<Integer> {
    /** The recaps the issue names; those not built yet are refused with a clear message. */
    static final List<String> SEMUA = List.of("rekap-pmks-desa", "rekap-pmks-jenis", "bnba-pmks", "rekap-psks", "daftar-psks", "rekap-spm",
            "rekap-rapat");

    @ParentCommand
    KesosCommand parent;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JENIS", descriptionKey = "cli.ekspor.jenis")
    String jenis;
    @Option(names = "--tahun", required = true, paramLabel = "TAHUN", descriptionKey = "cli.ekspor.tahun")
    int tahun;
    @Option(names = "--out", required = true, paramLabel = "BERKAS.xlsx", descriptionKey = "cli.ekspor.out")
    Path out;
    @Option(names = "--kertas", paramLabel = "a4|f4", descriptionKey = "cli.rapat.kertas")
    String kertas;
    @Option(names = "--status", paramLabel = "terverifikasi|semua", defaultValue = "terverifikasi", descriptionKey = "cli.ekspor.status")
    String status;

    @Override
    public Integer call() {
        RekapService.Jenis j = RekapService.Jenis.dariKode(jenis);
        if (j == null) {
            throw new KesosException(SEMUA.contains(jenis.strip().toLowerCase(Locale.ROOT))
                    ? Messages.get("cli.ekspor.belumAda", jenis, Arrays.stream(RekapService.Jenis.values()).map(RekapService.Jenis::kode)
                            .collect(Collectors.joining(", ")))
                    : Messages.get("cli.ekspor.jenisSalah", jenis, String.join(", ", SEMUA)));
        }
        boolean usulan = switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "terverifikasi" -> false;
            case "semua" -> true;
            default -> throw new KesosException(Messages.get("cli.ekspor.statusSalah", status));
        };
        Kertas k = Keluaran.kertas(kertas);
        try (Layanan l = Layanan.buka(parent.dataDir())) {
            l.rekap().ekspor(j, tahun, usulan, k, out);
        }
        spec.commandLine().getOut().println(Messages.get("cli.ekspor.tersimpan", out, j.kode(), tahun));
        return KesosCommand.OK;
    }
}
