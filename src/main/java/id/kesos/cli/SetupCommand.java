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

    @Option(names = "--kecamatan", paramLabel = "KODE", descriptionKey = "cli.opsi.kecamatan")
    String kecamatan;
    @Option(names = "--camat", paramLabel = "NAMA", descriptionKey = "cli.opsi.camat")
    String camat;
    @Option(names = "--nip-camat", paramLabel = "NIP", descriptionKey = "cli.opsi.nipCamat")
    String nipCamat;
    @Option(names = "--pangkat-camat", paramLabel = "PANGKAT", descriptionKey = "cli.opsi.pangkatCamat")
    String pangkatCamat;
    @Option(names = "--kasie", paramLabel = "NAMA", descriptionKey = "cli.opsi.kasie")
    String kasie;
    @Option(names = "--nip-kasie", paramLabel = "NIP", descriptionKey = "cli.opsi.nipKasie")
    String nipKasie;
    @Option(names = "--pangkat-kasie", paramLabel = "PANGKAT", descriptionKey = "cli.opsi.pangkatKasie")
    String pangkatKasie;
    @Option(names = "--kabupaten", paramLabel = "KODE", descriptionKey = "cli.opsi.kabupaten")
    String kabupaten;
    @Option(names = "--kepala", paramLabel = "NAMA", descriptionKey = "cli.opsi.kepala")
    String kepala;
    @Option(names = "--nip-kepala", paramLabel = "NIP", descriptionKey = "cli.opsi.nipKepala")
    String nipKepala;
    @Option(names = "--pangkat-kepala", paramLabel = "PANGKAT", descriptionKey = "cli.opsi.pangkatKepala")
    String pangkatKepala;
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
        if ((kabupaten == null) == (kecamatan == null)) {
            throw new SalahPakai.Pesan(spec.commandLine(), Messages.get("cli.setup.pilihTingkat"));
        }
        java.util.List<String> kurang = new java.util.ArrayList<>();
        if (kabupaten != null) {
            perlu(kurang, kepala, "--kepala");
            perlu(kurang, nipKepala, "--nip-kepala");
        } else {
            perlu(kurang, camat, "--camat");
            perlu(kurang, nipCamat, "--nip-camat");
            perlu(kurang, kasie, "--kasie");
            perlu(kurang, nipKasie, "--nip-kasie");
        }
        if (!kurang.isEmpty()) {
            throw new SalahPakai.Pesan(spec.commandLine(), Messages.get("cli.setup.kurang", String.join(", ", kurang)));
        }
        byte[] logoBytes = bacaLogo();
        if (kabupaten != null) {
            return dinas(logoBytes);
        }
        try (Layanan layanan = Layanan.buka(parent.dataDir())) {
            if (layanan.dinas().sudahDiatur()) {
                throw new KesosException(Messages.get("dinas.folderDinas"));
            }
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

    private static void perlu(java.util.List<String> kurang, String nilai, String opsi) {
        if (nilai == null || nilai.isBlank()) {
            kurang.add(opsi);
        }
    }

    /** A Dinas Sosial's setup: the kabupaten/kota, the Kepala Dinas, the letterhead. */
    private int dinas(byte[] logoBytes) {
        try (Layanan layanan = Layanan.buka(parent.dataDir())) {
            int version = layanan.dinas().muat().map(id.kesos.core.dinas.Dinas::version).orElse(0);
            layanan.dinas().simpan(new id.kesos.core.dinas.Dinas(kabupaten, kepala, nipKepala, pangkatKepala, alamat, kodePos, telepon, email,
                    logoBytes, version));
            id.kesos.core.dinas.ProfilDinas p = layanan.dinas().profilWajib();
            spec.commandLine().getOut().println(Messages.get(version == 0 ? "cli.setup.selesaiDinas" : "cli.setup.diperbaruiDinas",
                    p.kabupaten().nama(), p.provinsi().nama(), p.kecamatan().size(), layanan.db().dataDir()));
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
