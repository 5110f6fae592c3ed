package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.psks.BarisPsks;
import id.kesos.core.psks.Bentuk;
import id.kesos.core.psks.FilterPsks;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.psks.Klasifikasi;
import id.kesos.core.psks.Legalitas;
import id.kesos.core.psks.Pendidikan;
import id.kesos.core.psks.Psks;
import id.kesos.core.psks.HasilCari;
import id.kesos.core.psks.PsksService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos psks tambah|daftar|jenis}: the PSKS register from the command line. */
@Command(name = "psks", mixinStandardHelpOptions = true, subcommands = {PsksCommand.Tambah.class, PsksCommand.Daftar.class,
        PsksCommand.Jenis.class})
final class PsksCommand {
    @ParentCommand
    KesosCommand parent;

    static JenisPsks jenis(PsksService svc, String kode) {
        return svc.jenis(kode).orElseThrow(() -> new KesosException(Messages.get("psks.jenisTidakDikenal", kode)));
    }

    /** An enum value by its code, or a message listing the codes it knows. */
    static <E extends Enum<E>> E pilihan(String nilai, Class<E> jenis, Function<E, String> kode, String label) {
        if (nilai == null) {
            return null;
        }
        String n = nilai.strip().replace('-', '_');
        for (E e : jenis.getEnumConstants()) {
            if (kode.apply(e).equalsIgnoreCase(n)) {
                return e;
            }
        }
        throw new KesosException(Messages.get("cli.psks.pilihanSalah", label, nilai, Arrays.stream(jenis.getEnumConstants())
                .map(e -> kode.apply(e).replace('_', '-')).collect(Collectors.joining(", "))));
    }

    @Command(name = "tambah", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Tambah implements Callable<Integer> {
        @ParentCommand
        PsksCommand psks;
        @Spec
        CommandSpec spec;

        @Option(names = "--jenis", required = true, paramLabel = "PSKS-xx", descriptionKey = "cli.psks.jenis")
        String jenis;
        @Option(names = "--nama", required = true, paramLabel = "NAMA", descriptionKey = "cli.psks.nama")
        String nama;
        @Option(names = "--nik", paramLabel = "NIK", descriptionKey = "cli.pmks.nik")
        String nik;
        @Option(names = "--jk", paramLabel = "L|P", descriptionKey = "cli.pmks.jk")
        String jk;
        @Option(names = "--tanggal-lahir", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.pmks.tanggalLahir")
        String tanggalLahir;
        @Option(names = "--desa", paramLabel = "KODE", descriptionKey = "cli.psks.desa")
        String desa;
        @Option(names = "--alamat", paramLabel = "ALAMAT", descriptionKey = "cli.opsi.alamat")
        String alamat;
        @Option(names = "--telepon", paramLabel = "NOMOR", descriptionKey = "cli.psks.telepon")
        String telepon;
        @Option(names = "--email", paramLabel = "ALAMAT", descriptionKey = "cli.psks.email")
        String email;
        @Option(names = "--pendidikan", paramLabel = "sd|smp|slta|diploma|s1|s2|s3", descriptionKey = "cli.psks.pendidikan")
        String pendidikan;
        @Option(names = "--mulai-aktif", paramLabel = "TAHUN", descriptionKey = "cli.psks.mulaiAktif")
        Integer mulaiAktif;
        @Option(names = "--nomor-sk", paramLabel = "NOMOR", descriptionKey = "cli.psks.nomorSk")
        String nomorSk;
        @Option(names = "--legalitas", paramLabel = "LEGALITAS", descriptionKey = "cli.psks.legalitas")
        String legalitas;
        @Option(names = "--kk", paramLabel = "NO_KK", descriptionKey = "cli.psks.kk")
        String kk;
        @Option(names = "--ketua", paramLabel = "NAMA", descriptionKey = "cli.psks.ketua")
        String ketua;
        @Option(names = "--tahun-berdiri", paramLabel = "TAHUN", descriptionKey = "cli.psks.tahunBerdiri")
        Integer tahunBerdiri;
        @Option(names = "--klasifikasi", paramLabel = "tumbuh|berkembang|maju|percontohan", descriptionKey = "cli.psks.klasifikasi")
        String klasifikasi;
        @Option(names = "--bidang", paramLabel = "TEKS", descriptionKey = "cli.psks.bidang")
        String bidang;
        @Option(names = "--narahubung", paramLabel = "NAMA", descriptionKey = "cli.psks.narahubung")
        String narahubung;
        @Option(names = "--dukungan", paramLabel = "TEKS", descriptionKey = "cli.psks.dukungan")
        String dukungan;
        @Option(names = "--uraian", paramLabel = "TEKS", descriptionKey = "cli.psks.uraian")
        String uraian;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Layanan l = Layanan.buka(psks.parent.dataDir())) {
                PsksService svc = l.psks();
                JenisPsks j = jenis(svc, jenis);
                Psks.Builder b = Psks.baru(j.kode()).email(email)
                        .pendidikan(pilihan(pendidikan, Pendidikan.class, Pendidikan::kode, "--pendidikan")).mulaiAktif(mulaiAktif)
                        .nomorSk(nomorSk).ketua(ketua).tahunBerdiri(tahunBerdiri)
                        .klasifikasi(pilihan(klasifikasi, Klasifikasi.class, Klasifikasi::kode, "--klasifikasi")).bidang(bidang)
                        .narahubung(narahubung).dukungan(dukungan).uraian(uraian);
                if (j.bentuk() == Bentuk.PERSEORANGAN) {
                    b.orang(orang()).legalitas(legalitas == null ? null
                            : pilihan(legalitas, Legalitas.class, Legalitas::kode, "--legalitas"));
                } else {
                    // an institution's legal standing is its document: decree, deed or registration number
                    b.nama(nama).noKk(kk).alamat(alamat).desaKode(desa).telepon(telepon)
                            .nomorSk(nomorSk != null ? nomorSk : legalitas);
                }
                PsksService.HasilSimpan h = svc.simpan(b.build(), true);
                h.peringatan().forEach(w -> err.println(id.kesos.core.validasi.Teks.tampil(Messages.get("cli.peringatan", w))));
                out.println(Messages.get("cli.psks.tersimpan", h.psks().namaTampil(), j.nama(), h.psks().id()));
            }
            return KesosCommand.OK;
        }

        private Penduduk orang() {
            LocalDate lahir = Keluaran.tanggalLahir(tanggalLahir);
            JenisKelamin jenisKelamin = Keluaran.jk(jk);
            return new Penduduk(null, nik, null, nama, null, lahir, jenisKelamin, alamat, null, null, null, desa, null, null, telepon, null, 0);
        }
    }

    @Command(name = "daftar", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Daftar implements Callable<Integer> {
        static final String HEADER = "jenis_kode,nama,nik,jk,desa_kode,aktif";
        @ParentCommand
        PsksCommand psks;
        @Spec
        CommandSpec spec;

        @Option(names = "--jenis", paramLabel = "PSKS-xx", descriptionKey = "cli.psks.jenisFilter")
        String jenis;
        @Option(names = "--desa", paramLabel = "KODE", descriptionKey = "cli.psks.desaFilter")
        String desa;
        @Option(names = "--aktif", descriptionKey = "cli.psks.aktif")
        boolean aktif;
        @Option(names = "--cari", paramLabel = "TEKS", descriptionKey = "cli.pmks.cari")
        String cari;
        @Option(names = "--format", paramLabel = "teks|csv", defaultValue = "teks", descriptionKey = "cli.pmks.format")
        String format;

        @Override
        public Integer call() {
            boolean csv = Keluaran.csv(format);
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(psks.parent.dataDir())) {
                String kodeJenis = jenis == null ? null : jenis(l.psks(), jenis).kode();
                HasilCari h = l.psks().cari(new FilterPsks(cari, kodeJenis, desa, aktif ? Boolean.TRUE : null, null));
                if (csv) {
                    out.println(HEADER);
                }
                for (BarisPsks b : h.baris()) {
                    out.println(csv ? String.join(",", b.jenisKode(), Keluaran.sel(b.nama()), Keluaran.sel(b.nik()),
                            b.jk() == null ? "" : b.jk().name(), b.desaKode() == null ? "" : b.desaKode(), b.aktif() ? "ya" : "tidak")
                            : String.format("%-9s %-8s %-40s %-16s %-2s %-14s %s", b.jenisKode(), b.jenisSingkatan(), b.nama(),
                                    b.nik() == null ? "-" : b.nik(), b.jk() == null ? "-" : b.jk().name(),
                                    b.desaKode() == null ? Messages.get("cli.psks.kecamatan") : b.desaKode(),
                                    b.aktif() ? Messages.get("cli.psks.ya") : Messages.get("psks.nonaktif")));
                }
                if (!csv) {
                    out.println(Messages.get("cli.pmks.jumlah", h.total()));
                }
            }
            return KesosCommand.OK;
        }
    }

    @Command(name = "jenis", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Jenis implements Callable<Integer> {
        @ParentCommand
        PsksCommand psks;
        @Spec
        CommandSpec spec;

        @Option(names = "--tambah", paramLabel = "NAMA", descriptionKey = "cli.psks.jenisTambah")
        String tambah;
        @Option(names = "--singkatan", paramLabel = "SINGKATAN", descriptionKey = "cli.psks.jenisSingkatan")
        String singkatan;
        @Option(names = "--bentuk", paramLabel = "perseorangan|keluarga|lembaga|badan-usaha", descriptionKey = "cli.psks.bentuk")
        String bentuk;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(psks.parent.dataDir())) {
                if (tambah != null) {
                    Bentuk b = pilihan(bentuk == null ? "perseorangan" : bentuk, Bentuk.class, Bentuk::kode, "--bentuk");
                    JenisPsks j = l.psks().tambahJenis(tambah, singkatan, b);
                    out.println(Messages.get("cli.psks.jenisTersimpan", j.nama(), j.kode()));
                    return KesosCommand.OK;
                }
                for (JenisPsks j : l.psks().jenis()) {
                    out.println(String.format("%-9s %-8s %-58s %s", j.kode(), j.singkatan(), j.nama(), Messages.get(j.bentuk().labelKey())));
                }
            }
            return KesosCommand.OK;
        }
    }
}
