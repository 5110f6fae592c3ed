package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.ProfilKantor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos setup}: the first-run setup without a screen; run again, it updates the profile. */
@Command(name = "setup", mixinStandardHelpOptions = true, sortOptions = false)
final class SetupCommand implements Callable<Integer> {
    @ParentCommand
    KesosCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--kecamatan", required = true, paramLabel = "KODE", descriptionKey = "cli.opsi.kecamatan")
    String kecamatan;
    @Option(names = "--camat", required = true, paramLabel = "NAMA", descriptionKey = "cli.opsi.camat")
    String camat;
    @Option(names = "--nip-camat", required = true, paramLabel = "NIP", descriptionKey = "cli.opsi.nipCamat")
    String nipCamat;
    @Option(names = "--pangkat-camat", paramLabel = "PANGKAT", descriptionKey = "cli.opsi.pangkatCamat")
    String pangkatCamat;
    @Option(names = "--kasie", required = true, paramLabel = "NAMA", descriptionKey = "cli.opsi.kasie")
    String kasie;
    @Option(names = "--nip-kasie", required = true, paramLabel = "NIP", descriptionKey = "cli.opsi.nipKasie")
    String nipKasie;
    @Option(names = "--pangkat-kasie", paramLabel = "PANGKAT", descriptionKey = "cli.opsi.pangkatKasie")
    String pangkatKasie;
    @Option(names = "--alamat", paramLabel = "ALAMAT", descriptionKey = "cli.opsi.alamat")
    String alamat;
    @Option(names = "--kode-pos", paramLabel = "KODE_POS", descriptionKey = "cli.opsi.kodePos")
    String kodePos;
    @Option(names = "--telepon", paramLabel = "TELEPON", descriptionKey = "cli.opsi.telepon")
    String telepon;
    @Option(names = "--email", paramLabel = "EMAIL", descriptionKey = "cli.opsi.email")
    String email;
    @Option(names = "--logo", paramLabel = "BERKAS", descriptionKey = "cli.opsi.logo")
    Path logo;

    @Override
    public Integer call() {
        byte[] logoBytes = bacaLogo();
        try (Layanan layanan = Layanan.buka(parent.dataDir())) {
            int version = layanan.kantor().muat().map(Kantor::version).orElse(0);
            boolean baru = version == 0;
            layanan.kantor().simpan(new Kantor(kecamatan, camat, nipCamat, pangkatCamat, kasie, nipKasie, pangkatKasie,
                    alamat, kodePos, telepon, email, logoBytes, version));
            ProfilKantor p = layanan.kantor().profil().orElseThrow();
            spec.commandLine().getOut().println(Messages.get(baru ? "cli.setup.selesai" : "cli.setup.diperbarui",
                    p.kecamatan().nama(), p.kabupaten().nama(), p.desa().size(), layanan.db().dataDir()));
        }
        return KesosCommand.OK;
    }

    private byte[] bacaLogo() {
        if (logo == null) {
            return null;
        }
        try {
            return Files.readAllBytes(logo);
        } catch (IOException e) {
            throw new KesosException(Messages.get("cli.setup.logoTakTerbaca", logo), e);
        }
    }
}
