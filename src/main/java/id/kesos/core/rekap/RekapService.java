package id.kesos.core.rekap;

import id.kesos.core.validasi.TahunData;
import id.kesos.core.Kemajuan;
import static id.kesos.core.db.jooq.Tables.TEMPLAT_REKAP;

import id.kesos.core.KesosException;
import id.kesos.core.cetak.Berkas;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.psks.FilterPsks;
import id.kesos.core.psks.PsksService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** The recaps the kecamatan sends to the Dinas Sosial. */
public final class RekapService {
    /** The recaps, with the name the command line uses ({@link #kode()}). */
    public enum Jenis {
        REKAP_PMKS_DESA("rekap.jenis.pmksDesa"), REKAP_PMKS_JENIS("rekap.jenis.pmksJenis"), BNBA_PMKS("rekap.jenis.bnba"),
        REKAP_PSKS("rekap.jenis.psks"), DAFTAR_PSKS("rekap.jenis.daftarPsks"), REKAP_SPM("rekap.jenis.spm"),
        REKAP_RAPAT("rekap.jenis.rapat");

        private final String labelKey;

        Jenis(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }

        public String kode() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Lists of people by name (personal data): their exports are recorded in the change history. */
        public boolean berisiNama() {
            return this == BNBA_PMKS || this == DAFTAR_PSKS;
        }

        /** Recaps that count PMKS entries, so the status option applies. */
        public boolean pakaiStatus() {
            return this == REKAP_PMKS_DESA || this == REKAP_PMKS_JENIS || this == BNBA_PMKS || this == REKAP_SPM;
        }

        public static Jenis dariKode(String s) {
            for (Jenis j : values()) {
                if (j.kode().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return j;
                }
            }
            return null;
        }
    }

    /** The file a recap is written as. */
    public enum Format {
        XLSX, PDF;

        public static Format dariKode(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * The options of a recap: the year; whether proposed entries count too (the title then says so);
     * the paper (null: the office setting); who signs; whether name lists leave out the sensitive
     * types; per-type recap with a column per desa; BNBA one sheet per type, and a type filter; whether name lists
     * mask NIK and No. KK ({@link id.kesos.core.validasi.Samaran}).
     */
    public record Opsi(int tahun, boolean termasukUsulan, Kertas kertas, Penandatangan penandatangan, boolean sembunyikanSensitif,
            boolean rincianDesa, boolean lembarPerJenis, String jenisKode, boolean samarkan) {

        /** The defaults: verified only, the office's paper, Camat and Kasi sign, sensitive names hidden, a sheet per type, NIK whole. */
        public static Opsi tahun(int tahun) {
            return new Opsi(tahun, false, null, Penandatangan.CAMAT_DAN_KASI, true, false, true, null, false);
        }

        public Opsi denganUsulan(boolean usulan) {
            return new Opsi(tahun, usulan, kertas, penandatangan, sembunyikanSensitif, rincianDesa, lembarPerJenis, jenisKode, samarkan);
        }

        public Opsi denganKertas(Kertas k) {
            return new Opsi(tahun, termasukUsulan, k, penandatangan, sembunyikanSensitif, rincianDesa, lembarPerJenis, jenisKode, samarkan);
        }

        public Opsi denganPenandatangan(Penandatangan p) {
            return new Opsi(tahun, termasukUsulan, kertas, p, sembunyikanSensitif, rincianDesa, lembarPerJenis, jenisKode, samarkan);
        }

        public Opsi denganSembunyikanSensitif(boolean s) {
            return new Opsi(tahun, termasukUsulan, kertas, penandatangan, s, rincianDesa, lembarPerJenis, jenisKode, samarkan);
        }

        public Opsi denganRincianDesa(boolean r) {
            return new Opsi(tahun, termasukUsulan, kertas, penandatangan, sembunyikanSensitif, r, lembarPerJenis, jenisKode, samarkan);
        }

        public Opsi denganSamarkan(boolean m) {
            return new Opsi(tahun, termasukUsulan, kertas, penandatangan, sembunyikanSensitif, rincianDesa, lembarPerJenis, jenisKode, m);
        }

        public Opsi denganJenis(boolean perJenis, String kode) {
            return new Opsi(tahun, termasukUsulan, kertas, penandatangan, sembunyikanSensitif, rincianDesa, perJenis, kode, samarkan);
        }
    }

    private final DSLContext dsl;
    private final KantorService kantor;
    private final PmksService pmks;
    private final PsksService psks;
    private final id.kesos.core.audit.AuditLog audit;

    public RekapService(DSLContext dsl, KantorService kantor, PmksService pmks, PsksService psks, id.kesos.core.audit.AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
        this.kantor = kantor;
        this.pmks = pmks;
        this.psks = psks;
    }

    /**
     * Builds recap {@code jenis} with {@code opsi}: reads the counts now; a name list's rows are read
     * when it is written. A year without data gives a recap full of zeros.
     */
    public Laporan susun(Jenis jenis, Opsi opsi) {
        int tahun = opsi.tahun();
        if (!TahunData.sah(tahun)) {
            throw new KesosException(TahunData.pesan(tahun));
        }
        ProfilKantor profil = kantor.profil().orElseThrow(() -> new KesosException(Messages.get("demo.belumSetup")));
        if (opsi.jenisKode() != null && pmks.jenis().stream().noneMatch(j -> j.kode().equals(opsi.jenisKode()))) {
            throw new KesosException(Messages.get("rekap.jenisTidakAda", opsi.jenisKode()));
        }
        Kertas k = opsi.kertas() == null ? kantor.kertas() : opsi.kertas();
        Penandatangan ttd = opsi.penandatangan() == null ? Penandatangan.CAMAT_DAN_KASI : opsi.penandatangan();
        List<Lembar> lembar = switch (jenis) {
            case REKAP_PSKS, DAFTAR_PSKS -> {
                // the register as it stands: the active pillars
                RekapPsks.Data p = new RekapPsks.Data(profil, psks.jenis(), psks.semua(new FilterPsks(null, null, null, true, null)), tahun,
                        opsi.samarkan());
                yield jenis == Jenis.REKAP_PSKS ? List.of(RekapPsks.perDesa(p)) : RekapPsks.daftar(p);
            }
            case REKAP_RAPAT -> RekapRapat.susun(dsl, profil, tahun, LocalDate.now());
            default -> {
                List<StatusPmks> status = opsi.termasukUsulan() ? List.of(StatusPmks.TERVERIFIKASI, StatusPmks.USULAN)
                        : List.of(StatusPmks.TERVERIFIKASI);
                AngkaPmks angka = jenis == Jenis.REKAP_PMKS_DESA || jenis == Jenis.REKAP_PMKS_JENIS ? AngkaPmks.baca(dsl, tahun, status) : null;
                RekapPmks.Data d = new RekapPmks.Data(profil, pmks.jenis(), angka, opsi);
                yield switch (jenis) {
                    case REKAP_PMKS_DESA -> List.of(RekapPmks.perDesa(d));
                    case REKAP_PMKS_JENIS -> List.of(RekapPmks.perJenis(d));
                    case BNBA_PMKS -> BnbaPmks.susun(dsl, d);
                    case REKAP_SPM -> List.of(RekapPmks.spm(dsl, d));
                    default -> throw new IllegalStateException(jenis.name());
                };
            }
        };
        return new Laporan(Messages.getId(jenis.labelKey()), tahun, profil, LocalDate.now(), k, ttd, lembar);
    }

    /** The SPM groups of PP 2/2018 in order, code to label. */
    public static Map<String, String> kelompokSpm() {
        return java.util.Collections.unmodifiableMap(RekapPmks.KELOMPOK_SPM);
    }

    /** The recaps a package carries, in the order of its sheets. */
    static final List<Jenis> ISI_PAKET = List.of(Jenis.REKAP_PMKS_DESA, Jenis.REKAP_PMKS_JENIS, Jenis.REKAP_SPM, Jenis.REKAP_PSKS, Jenis.BNBA_PMKS);

    /** The package's file name for the year, made today ("paket-36.04.34-bandung-2026-20261202.xlsx"). */
    public String namaPaket(int tahun) {
        ProfilKantor profil = kantor.profil().orElseThrow(() -> new KesosException(Messages.get("demo.belumSetup")));
        return PaketKirim.namaBerkas(profil, tahun, LocalDate.now());
    }

    /**
     * Writes the package for the Dinas Sosial ("paket kirim") of the year to {@code out}: the recaps of {@link #ISI_PAKET}
     * (the BNBA on one sheet, the sensitive types' names left out as in every name list, NIK and No. KK whole and as
     * text) and the data the Dinas's program reads back. Verified entries, or proposed ones too. The export is recorded in
     * the change history (the file lists names). Returns the number of entries listed by name.
     */
    public long paket(int tahun, boolean termasukUsulan, Path out, Kemajuan kemajuan) {
        Kemajuan k = kemajuan == null ? Kemajuan.DIAM : kemajuan;
        Opsi opsi = Opsi.tahun(tahun).denganUsulan(termasukUsulan).denganJenis(false, null);
        List<Laporan> semua = ISI_PAKET.stream().map(j -> susun(j, opsi)).toList();
        ProfilKantor profil = kantor.profil().orElseThrow();
        PaketKirim.Hasil[] hasil = new PaketKirim.Hasil[1];
        Berkas.tulisAman(out, k, os -> hasil[0] = PaketKirim.tulis(dsl, profil, pmks.jenis(), psks.jenis(), opsi, semua,
                id.kesos.core.AppInfo.version(), id.kesos.core.db.Database.versiSkema(), java.time.OffsetDateTime.now(), os, k));
        long baris = hasil[0].baris().get(FormatPaket.ENTRI.nama());
        Map<String, Object> rincian = new LinkedHashMap<>();
        rincian.put("jenis", Messages.getId("rekap.jenis.paket"));
        rincian.put("tahun", tahun);
        rincian.put("status", termasukUsulan ? "semua" : "terverifikasi");
        rincian.put("baris", baris);
        rincian.put("berkas", out.getFileName().toString());
        rincian.put("sha256", hasil[0].sha256());
        rincian.put("jenis_disembunyikan", pmks.jenis().stream().filter(j -> j.sensitif()).map(j -> j.singkatan())
                .collect(java.util.stream.Collectors.joining(", ")));
        String ket = Messages.getId("riwayat.eksporKet", Messages.getId("rekap.jenis.paket"), String.valueOf(tahun), baris,
                out.getFileName().toString());
        catat(out, tx -> audit.catatEkspor(tx, "paket", ket, rincian));
        return baris;
    }

    /** A district template: the file's name and its bytes. */
    public record Templat(String namaBerkas, byte[] isi) {
        /** Reads a template file the user chose. */
        public static Templat baca(Path berkas) {
            try {
                return new Templat(berkas.getFileName().toString(), Files.readAllBytes(berkas));
            } catch (IOException e) {
                throw new KesosException(Messages.get("templat.tidakTerbaca", berkas, e.getMessage()), e);
            }
        }
    }

    /** Writes the recap to {@code out}: built-in layout, or filled into a district template; Excel or PDF. */
    public void ekspor(Jenis jenis, Opsi opsi, Format format, Templat templat, Path out, Kemajuan kemajuan) {
        Laporan lap = susun(jenis, opsi);
        tulis(lap, format, templat, out, kemajuan);
        if (jenis.berisiNama()) {
            catatEkspor(jenis, opsi, format, templat, lap, out);
        }
    }

    /**
     * A list of names left the program: the change history records who, when, which list, how many rows and
     * the file. No export of names goes unrecorded: when the record cannot be written, the file is removed again
     * and the failure reported.
     */
    private void catatEkspor(Jenis jenis, Opsi opsi, Format format, Templat templat, Laporan lap, Path out) {
        long baris = lap.lembar().stream().mapToLong(Lembar::perkiraanBaris).filter(n -> n > 0).sum();
        String berkas = out.getFileName().toString();
        Map<String, Object> rincian = new LinkedHashMap<>();
        rincian.put("jenis", Messages.getId(jenis.labelKey()));
        rincian.put("tahun", opsi.tahun());
        rincian.put("format", templat != null ? "templat " + templat.namaBerkas() : format.name().toLowerCase(Locale.ROOT));
        rincian.put("baris", baris);
        rincian.put("berkas", berkas);
        rincian.put("disamarkan", opsi.samarkan());
        if (jenis == Jenis.BNBA_PMKS) {
            rincian.put("jenis_disembunyikan", opsi.sembunyikanSensitif() ? pmks.jenis().stream().filter(j -> j.sensitif())
                    .map(j -> j.singkatan()).collect(java.util.stream.Collectors.joining(", ")) : null);
        }
        String ket = Messages.getId("riwayat.eksporKet", Messages.getId(jenis.labelKey()), String.valueOf(opsi.tahun()), baris, berkas);
        catat(out, tx -> audit.catatEkspor(tx, jenis.kode(), ket, rincian));
    }

    private void catat(Path out, java.util.function.Consumer<DSLContext> catatan) {
        catatEkspor(dsl, audit, out, catatan);
    }

    /** Records an export; when the record cannot be written, the file is removed again and the failure reported. */
    public static void catatEkspor(DSLContext dsl, id.kesos.core.audit.AuditLog audit, Path out, java.util.function.Consumer<DSLContext> catatan) {
        try {
            new id.kesos.core.audit.Penulis(dsl, audit).tulisJejak(catatan);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(out);
            } catch (IOException ignored) {
                // the failure below is what the user sees
            }
            throw e;
        }
    }

    /** Writes an already built recap (the preview's) to {@code out}, through a temporary file. */
    public void tulis(Laporan lap, Format format, Templat templat, Path out, Kemajuan kemajuan) {
        tulisLaporan(lap, format, templat, out, kemajuan);
    }

    /** Writes a recap of any issuer (a kecamatan's, a Dinas's kabupaten recap) to {@code out}, through a temporary file. */
    public static void tulisLaporan(Laporan lap, Format format, Templat templat, Path out, Kemajuan kemajuan) {
        Kemajuan k = kemajuan == null ? Kemajuan.DIAM : kemajuan;
        if (templat != null && format == Format.PDF) {
            throw new KesosException(Messages.get("rekap.templatBukanPdf"));
        }
        Berkas.tulisAman(out, k, os -> {
            if (templat != null) {
                TemplatLaporan.isi(lap, templat.isi(), templat.namaBerkas(), os, k);
            } else if (format == Format.PDF) {
                PdfLaporan.tulis(lap, os, k);
            } else {
                ExcelLaporan.tulis(lap, os, k);
            }
        });
    }

    /** The district template stored for {@code jenis}, if the office has chosen one. */
    public Optional<Templat> templat(Jenis jenis) {
        return dsl.select(TEMPLAT_REKAP.NAMA_BERKAS, TEMPLAT_REKAP.ISI).from(TEMPLAT_REKAP).where(TEMPLAT_REKAP.JENIS.eq(jenis.kode()))
                .fetchOptional(r -> new Templat(r.value1(), r.value2()));
    }

    /**
     * Stores {@code templat} as the district's layout of {@code jenis}, after checking it against this
     * year's recap (an unknown placeholder is refused with its cell). Replaces the one stored before.
     */
    public void pasangTemplat(Jenis jenis, Templat templat) {
        audit.sesi().wajib(id.kesos.core.audit.Peran.Hak.TULIS);
        TemplatLaporan.periksa(templat.isi(), templat.namaBerkas(), susun(jenis, Opsi.tahun(LocalDate.now().getYear())));
        dsl.transaction(c -> {
            DSLContext t = c.dsl();
            t.deleteFrom(TEMPLAT_REKAP).where(TEMPLAT_REKAP.JENIS.eq(jenis.kode())).execute();
            t.insertInto(TEMPLAT_REKAP).set(TEMPLAT_REKAP.JENIS, jenis.kode()).set(TEMPLAT_REKAP.NAMA_BERKAS, templat.namaBerkas())
                    .set(TEMPLAT_REKAP.ISI, templat.isi()).execute();
        });
    }

    /** Goes back to the built-in layout of {@code jenis}. */
    public void hapusTemplat(Jenis jenis) {
        audit.sesi().wajib(id.kesos.core.audit.Peran.Hak.TULIS);
        dsl.deleteFrom(TEMPLAT_REKAP).where(TEMPLAT_REKAP.JENIS.eq(jenis.kode())).execute();
    }

    /** The placeholders a template of {@code jenis} may use (this year's recap). */
    public List<String> placeholder(Jenis jenis) {
        return TemplatLaporan.placeholder(susun(jenis, Opsi.tahun(LocalDate.now().getYear())));
    }

    /** The built-in Excel layout, the options as given (kept for callers that only choose year, status and paper). */
    public void ekspor(Jenis jenis, int tahun, boolean termasukUsulan, Kertas kertas, Path out) {
        ekspor(jenis, Opsi.tahun(tahun).denganUsulan(termasukUsulan).denganKertas(kertas), Format.XLSX, null, out, Kemajuan.DIAM);
    }
}
