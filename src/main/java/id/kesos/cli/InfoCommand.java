package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.ringkasan.Ringkasan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos info}: {@code key: value} lines about the data folder, for people and scripts. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    KesosCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Layanan layanan = Layanan.buka(parent.dataDir())) {
            Ringkasan r = layanan.ringkasan().ringkasan();
            PrintWriter out = spec.commandLine().getOut();
            out.println("data_dir: " + r.dataDir());
            out.println("schema_version: " + r.schemaVersion());
            if (r.profil().isPresent()) {
                ProfilKantor p = r.profil().get();
                out.println("kecamatan: " + p.kecamatan().kode() + " " + p.kecamatan().nama());
                out.println("kabupaten: " + p.kabupaten().kode() + " " + p.kabupaten().nama());
                out.println("provinsi: " + p.provinsi().kode() + " " + p.provinsi().nama());
                out.println("desa: " + p.desa().size());
            } else {
                out.println("kecamatan: -");
                out.println("kabupaten: -");
                out.println("provinsi: -");
                out.println("desa: 0");
            }
            out.println("pmks: " + r.pmks());
            out.println("psks: " + r.psks());
            out.println("rapat: " + r.rapat());
        }
        return KesosCommand.OK;
    }
}
