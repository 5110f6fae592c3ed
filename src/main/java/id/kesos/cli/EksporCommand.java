package id.kesos.cli;

import id.kesos.core.cetak.Berkas;
import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.rekap.Penandatangan;
import id.kesos.core.rekap.RekapService;
import id.kesos.core.rekap.RekapService.Format;
import id.kesos.core.rekap.RekapService.Jenis;
import id.kesos.core.rekap.RekapService.Opsi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos ekspor JENIS --tahun Y --out F}: a recap for the Dinas Sosial as .xlsx or .pdf, built in or in a district template. */
@Command(name = "ekspor", mixinStandardHelpOptions = true, sortOptions = false)
final class EksporCommand implements Callable<Integer> {
    @ParentCommand
    KesosCommand parent;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JENIS", descriptionKey = "cli.ekspor.jenis")
    String jenis;
    @Option(names = "--tahun", paramLabel = "TAHUN", descriptionKey = "cli.ekspor.tahun")
    Integer tahun;
    @Option(names = "--out", paramLabel = "BERKAS", descriptionKey = "cli.ekspor.out")
    Path out;
    @Option(names = "--kertas", paramLabel = "a4|f4", descriptionKey = "cli.rapat.kertas")
    String kertas;
    @Option(names = "--status", paramLabel = "terverifikasi|semua", defaultValue = "terverifikasi", descriptionKey = "cli.ekspor.status")
    String status;
    @Option(names = "--template", paramLabel = "T.xlsx", descriptionKey = "cli.ekspor.template")
    Path template;
    @Option(names = "--format", paramLabel = "xlsx|pdf", descriptionKey = "cli.ekspor.format")
    String format;
    @Option(names = "--ttd", paramLabel = "camat-dan-kasi|kasi|camat", defaultValue = "camat-dan-kasi", descriptionKey = "cli.ekspor.ttd")
    String ttd;
    @Option(names = "--tampilkan-sensitif", descriptionKey = "cli.ekspor.sensitif")
    boolean tampilkanSensitif;
    @Option(names = "--samarkan", descriptionKey = "cli.ekspor.samarkan")
    boolean samarkan;
    @Option(names = "--nik-utuh", descriptionKey = "cli.ekspor.nikUtuh")
    boolean nikUtuh;
    @Option(names = "--jenis-pmks", paramLabel = "PMKS-nn", descriptionKey = "cli.ekspor.jenisPmks")
    String jenisPmks;
    @Option(names = "--satu-lembar", descriptionKey = "cli.ekspor.satuLembar")
    boolean satuLembar;
    @Option(names = "--rincian-desa", descriptionKey = "cli.ekspor.rincianDesa")
    boolean rincianDesa;
    @Option(names = "--placeholder", descriptionKey = "cli.ekspor.placeholder")
    boolean placeholder;

    @Override
    public Integer call() {
        Jenis j = Jenis.dariKode(jenis);
        if (j == null) {
            throw new KesosException(Messages.get("cli.ekspor.jenisSalah", jenis, Arrays.stream(Jenis.values()).map(Jenis::kode)
                    .collect(Collectors.joining(", "))));
        }
        PrintWriter o = spec.commandLine().getOut();
        if (placeholder) {
            try (Layanan l = Layanan.buka(parent.dataDir())) {
                l.rekap().placeholder(j).forEach(o::println);
            }
            return KesosCommand.OK;
        }
        if (tahun == null || out == null) {
            throw new KesosException(Messages.get("cli.ekspor.perlu"));
        }
        out = id.kesos.core.cetak.Berkas.periksaTujuan(out);
        boolean usulan = Keluaran.termasukUsulan(status);
        Format f = format != null ? Format.dariKode(format) : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? Format.PDF : Format.XLSX;
        if (f == null) {
            throw new KesosException(Messages.get("cli.ekspor.formatSalah", format));
        }
        Penandatangan p = Penandatangan.dariKode(ttd);
        if (p == null) {
            throw new KesosException(Messages.get("cli.ekspor.ttdSalah", ttd));
        }
        Opsi opsi = Opsi.tahun(tahun).denganUsulan(usulan).denganKertas(Keluaran.kertas(kertas)).denganPenandatangan(p)
                .denganSembunyikanSensitif(!tampilkanSensitif).denganRincianDesa(rincianDesa)
                .denganJenis(!satuLembar, jenisPmks == null ? null : jenisPmks.strip().toUpperCase(Locale.ROOT));
        if (samarkan && nikUtuh) {
            throw new KesosException(Messages.get("cli.ekspor.samarkanDanUtuh"));
        }
        RekapService.Templat t = template == null ? null : RekapService.Templat.baca(template);
        boolean disamarkan;
        try (Layanan l = Layanan.buka(parent.dataDir())) {
            // the office's choice (Pengaturan) unless this export says otherwise
            disamarkan = samarkan || (!nikUtuh && l.kantor().samarkanEkspor());
            l.rekap().ekspor(j, opsi.denganSamarkan(disamarkan), f, t, out, null);
        }
        o.println(Messages.get("cli.ekspor.tersimpan", out, j.kode(), tahun));
        if (disamarkan && j.berisiNama()) {
            o.println(Messages.get("cli.ekspor.disamarkan"));
        }
        return KesosCommand.OK;
    }
}
