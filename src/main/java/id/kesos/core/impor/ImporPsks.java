package id.kesos.core.impor;

import id.kesos.core.KesosException;
import id.kesos.core.Kemajuan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.audit.Penulis;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.psks.Bentuk;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.psks.Legalitas;
import id.kesos.core.psks.Pendampingan;
import id.kesos.core.psks.Pendidikan;
import id.kesos.core.psks.Psks;
import id.kesos.core.psks.PsksService;
import id.kesos.core.validasi.Pesan;
import id.kesos.core.wilayah.Wilayah;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Brings a list of social-welfare pillars into the PSKS register: the Kemensos verification form
 * (Model B.1.1: a title block, the "petunjuk pengisian" code lists, a two-row merged header, a
 * column-number row, one person a row, codes and labels mixed) or a plain list of pillars with a type
 * column (persons and institutions). As the PMKS import: a preview that writes nothing, each row added,
 * skipped (blank, totals and signatures, a repeated header, twice in the file, already registered) or
 * rejected with its reason (the checks of the PSKS form), then one transaction with the history row.
 */
public final class ImporPsks {
    static final String REGISTER = "psks";
    private static final Pattern TAHUN = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern ANGKA = Pattern.compile("\\d{1,5}");
    /** The values lists write for education, certificate and programmes (data: id/kesos/impor/nilai-psks.txt). */
    private static final Map<String, List<String>> NILAI = KolomPmks.daftar("nilai-psks.txt");

    private final DSLContext dsl;
    private final AuditLog audit;
    private final PsksService psks;
    private final Supplier<List<Wilayah>> desa;
    private final ImporRepository repo;

    public ImporPsks(DSLContext dsl, AuditLog audit, PsksService psks, Supplier<List<Wilayah>> desa) {
        this.dsl = dsl;
        this.audit = audit;
        this.psks = psks;
        this.desa = desa;
        this.repo = new ImporRepository(dsl);
    }

    /** The sheet (null: the first with a recognisable header), the type for a list without a type column (a B.1.1 form is one type). */
    public record Opsi(String lembar, String jenis, Map<Integer, KolomPsks> peta, Map<String, String> desaTerima) {
        public Opsi {
            peta = peta == null ? null : Map.copyOf(peta);
            desaTerima = desaTerima == null ? Map.of() : Map.copyOf(desaTerima);
        }

        public static Opsi bawaan() {
            return new Opsi(null, null, null, null);
        }

        public Opsi denganLembar(String l) {
            return new Opsi(l, jenis, peta, desaTerima);
        }

        public Opsi denganJenis(String j) {
            return new Opsi(lembar, j, peta, desaTerima);
        }
    }

    /** The preview: {@code baris} = added + skipped + rejected. */
    public record Pratinjau(Path berkas, String hash, String lembar, Kepala<KolomPsks> kepala, int baris, List<Psks> tambah,
            int lewatKosong, int lewatJumlah, int lewatKepala, int lewatGanda, int lewatTerdaftar, List<Tolakan> tolak,
            List<ImporPmks.SaranDesa> saranDesa, List<String> peringatan, Optional<RiwayatImpor> pernah) implements PratinjauImpor {
    }

    /** Reads the file and decides every row; writes nothing. */
    public Pratinjau pratinjau(Path berkas, Opsi opsi, Kemajuan kemajuan) {
        if (desa.get().isEmpty()) {
            throw new KesosException(Messages.get("demo.belumSetup"));
        }
        String hash = ImporPmks.hash(berkas);
        PembacaTabel r = PembacaTabel.buka(berkas);
        PenilaiBaris.Temuan<KolomPsks> t = PenilaiBaris.cari(r, berkas, opsi.lembar(), KolomPsks::dari);
        Kepala<KolomPsks> kepala = opsi.peta() == null ? t.kepala() : t.kepala().denganKolom(opsi.peta());
        if (kepala.indeks(KolomPsks.NAMA) < 0) {
            throw new KesosException(Messages.get("impor.tanpaNama", berkas.getFileName()));
        }
        if (kepala.indeks(KolomPsks.JENIS) < 0 && opsi.jenis() == null) {
            throw new KesosException(Messages.get("impor.psks.tanpaJenis", berkas.getFileName()));
        }
        Penilai p = new Penilai(berkas, kepala, opsi, kemajuan);
        SaluranBaris.baca(r, t.lembar(), p::nilai);
        return new Pratinjau(berkas, hash, t.lembar(), kepala, p.baris, List.copyOf(p.tambah), p.kosong, p.jumlah, p.kepalaUlang, p.ganda,
                p.terdaftarJumlah, List.copyOf(p.tolak), List.copyOf(p.saran.values()), List.copyOf(p.peringatan),
                repo.denganHash(REGISTER, hash));
    }

    /** Writes the preview's accepted rows and its history row in one transaction: all of them, or none. */
    public ImporPmks.Hasil jalankan(Pratinjau p, Kemajuan kemajuan) {
        kemajuan.periksa();
        RiwayatImpor r = new RiwayatImpor(0, REGISTER, p.berkas().getFileName().toString(), p.hash(), p.lembar(), audit.pengguna(), null,
                p.baris(), p.tambah().size(), 0, p.dilewati(), p.tolak().size());
        List<Psks> tersimpan = new ArrayList<>();
        long id = new Penulis(dsl, audit).tulis(tx -> {
            tersimpan.clear();
            tersimpan.addAll(psks.imporDi(tx, p.tambah()));
            long riwayat = ImporRepository.catat(tx, r);
            // Batal up to here rolls everything back; after it the commit goes on and is reported as done
            kemajuan.tanpaBatal();
            return riwayat;
        });
        psks.sesudahImpor(tersimpan);
        return new ImporPmks.Hasil(p.baris(), p.tambah().size(), 0, p.dilewati(), p.tolak().size(), repo.denganId(id).orElse(r));
    }

    /** The value of {@code jenis} (an enum of PSKS values) a list's text means, by the names in nilai-psks.txt. */
    static <E extends Enum<E>> E nilaiDaftar(Class<E> jenis, String awalan, String teks) {
        String n = KolomPmks.normal(teks);
        for (E e : jenis.getEnumConstants()) {
            if (NILAI.getOrDefault(awalan + e.name(), List.of()).contains(n)) {
                return e;
            }
        }
        return null;
    }

    private final class Penilai extends PenilaiBaris<KolomPsks> {
        private final Opsi opsi;
        private final NilaiImpor.PencocokDesa pencocokDesa;
        private final NilaiImpor.Pencocok<JenisPsks> pencocokJenis;
        private final Set<String> dilihat = new HashSet<>();
        final List<Psks> tambah = new ArrayList<>();

        Penilai(Path berkas, Kepala<KolomPsks> k, Opsi opsi, Kemajuan kemajuan) {
            super(berkas, k, KolomPsks.class, KolomPsks::dari, KolomPsks.NIK, kemajuan);
            this.opsi = opsi;
            psks.siapkanValidasi();
            this.pencocokDesa = new NilaiImpor.PencocokDesa(desa.get());
            opsi.desaTerima().forEach(pencocokDesa::terima);
            this.pencocokJenis = new NilaiImpor.Pencocok<>(psks.jenis(), JenisPsks::kode, JenisPsks::nama, JenisPsks::singkatan, Map.of(),
                    "^PSKS\\s*");
        }

        @Override
        void putuskan(BarisMentah r) {
            String jenisTeks = teks(r, KolomPsks.JENIS);
            Optional<JenisPsks> jenis = jenisTeks.isEmpty() ? Optional.ofNullable(opsi.jenis()).flatMap(psks::jenis)
                    : pencocokJenis.cocok(jenisTeks);
            if (jenis.isEmpty()) {
                tolak(r, KolomPsks.JENIS, Messages.get("impor.psks.jenisTidakDikenal", kolomNama(KolomPsks.JENIS),
                        jenisTeks.isEmpty() ? "-" : jenisTeks));
                return;
            }
            JenisPsks j = jenis.get();
            NilaiImpor.Nomor nik = NilaiImpor.nomor(sel(r, KolomPsks.NIK));
            if (nik.rusak()) {
                tolak(r, KolomPsks.NIK, nik.pesan(kolomNama(KolomPsks.NIK)));
                return;
            }
            // an institution without a desa works at the kecamatan level (as on the form); a person lives in one
            boolean tingkatKecamatan = teks(r, KolomPsks.DESA).isEmpty() && (j.bentuk() == Bentuk.LEMBAGA || j.bentuk() == Bentuk.BADAN_USAHA);
            Wilayah d = null;
            if (!tingkatKecamatan) {
                d = desa(r, KolomPsks.DESA, pencocokDesa);
                if (d == null) {
                    return;
                }
            }
            Psks.Builder b = Psks.baru(j.kode()).alamat(teks(r, KolomPsks.ALAMAT)).desaKode(d == null ? null : d.kode())
                    .telepon(teks(r, KolomPsks.TELEPON))
                    .email(teks(r, KolomPsks.EMAIL)).nomorSk(teks(r, KolomPsks.NOMOR_SK)).ketua(teks(r, KolomPsks.KETUA))
                    .bidang(teks(r, KolomPsks.BIDANG)).catatan(teks(r, KolomPsks.KETERANGAN));
            if (j.bentuk() == Bentuk.PERSEORANGAN) {
                Penduduk o = orang(r, nik, d);
                if (o == null) {
                    return;
                }
                b.orang(o);
                String pend = teks(r, KolomPsks.PENDIDIKAN);
                Pendidikan pendidikan = pend.isEmpty() ? null : nilaiDaftar(Pendidikan.class, "PENDIDIKAN_", pend);
                if (pendidikan == null && !pend.isEmpty()) {
                    tolak(r, KolomPsks.PENDIDIKAN, Messages.get("impor.psks.pendidikanSalah", kolomNama(KolomPsks.PENDIDIKAN), pend));
                    return;
                }
                b.pendidikan(pendidikan);
                String leg = teks(r, KolomPsks.LEGALITAS);
                Legalitas legalitas = leg.isEmpty() ? null : nilaiDaftar(Legalitas.class, "LEGALITAS_", leg);
                if (legalitas == null && !leg.isEmpty()) {
                    tolak(r, KolomPsks.LEGALITAS, Messages.get("impor.psks.legalitasSalah", kolomNama(KolomPsks.LEGALITAS), leg));
                    return;
                }
                b.legalitas(legalitas);
                Set<Pendampingan> damping = EnumSet.noneOf(Pendampingan.class);
                for (String bagian : teks(r, KolomPsks.PENDAMPINGAN).split("[,;/]|(?i)\\bdan\\b")) {
                    if (bagian.isBlank() || bagian.strip().equals("-")) {
                        continue;
                    }
                    Pendampingan p = nilaiDaftar(Pendampingan.class, "PENDAMPINGAN_", bagian);
                    if (p == null) {
                        tolak(r, KolomPsks.PENDAMPINGAN, Messages.get("impor.psks.pendampinganSalah", kolomNama(KolomPsks.PENDAMPINGAN),
                                bagian.strip()));
                        return;
                    }
                    damping.add(p);
                }
                b.pendampingan(damping);
            } else {
                b.nama(teks(r, KolomPsks.NAMA));
            }
            // each reading below rejects the row itself (-1) when its cell is wrong: the first one ends the row
            Integer mulai = tahun(r, KolomPsks.MULAI_AKTIF);
            if (mulai != null && mulai < 0) {
                return;
            }
            Integer berdiri = tahun(r, KolomPsks.TAHUN_BERDIRI);
            if (berdiri != null && berdiri < 0) {
                return;
            }
            Integer pengurus = angka(r, KolomPsks.JUMLAH_PENGURUS);
            if (pengurus != null && pengurus < 0) {
                return;
            }
            Integer anggota = angka(r, KolomPsks.JUMLAH_ANGGOTA);
            if (anggota != null && anggota < 0) {
                return;
            }
            Psks p = b.mulaiAktif(mulai).tahunBerdiri(berdiri).jumlahPengurus(pengurus).jumlahAnggota(anggota).build();
            String siapa = p.orang() != null
                    ? (p.orang().nik() != null ? p.orang().nik() : KolomPmks.normal(p.orang().nama()) + "|" + p.orang().tanggalLahir())
                    : KolomPmks.normal(p.nama()) + "|" + (d == null ? "" : d.kode());
            if (psks.terdaftar(p)) {
                terdaftarJumlah++;
                return;
            }
            PsksService.Pemeriksaan c = psks.periksa(p);
            if (!c.hasil().sah()) {
                Pesan pertama = c.hasil().errors().getFirst();
                tolak(r, kolom(pertama.field()), pertama.teks());
                return;
            }
            if (!dilihat.add(j.kode() + "|" + siapa)) {
                ganda++;
                return;
            }
            peringatan(r, c.hasil().teksPeringatan());
            tambah.add(c.psks());
        }

        /** The row's person (a pillar who is a person); null after rejecting the row. */
        private Penduduk orang(BarisMentah r, NilaiImpor.Nomor nik, Wilayah d) {
            Lahir l = lahir(r, KolomPsks.TEMPAT_LAHIR, KolomPsks.TANGGAL_LAHIR, KolomPsks.TTL);
            if (l.ditolak()) {
                return null;
            }
            Kelamin k = kelamin(r, KolomPsks.JENIS_KELAMIN);
            if (k.ditolak()) {
                return null;
            }
            return new Penduduk(null, nik.kosong() ? null : nik.nilai(), null, teks(r, KolomPsks.NAMA), l.tempat(), l.tanggal(), k.nilai(),
                    teks(r, KolomPsks.ALAMAT), null, null, null, d.kode(), null, null, teks(r, KolomPsks.TELEPON), null, 0);
        }

        /** A year column (a number, or a date's year); -1 after rejecting the row, null when blank. */
        private Integer tahun(BarisMentah r, KolomPsks kolom) {
            Sel s = sel(r, kolom);
            if (s.kosong()) {
                return null;
            }
            if (s.tanggal() != null) {
                return s.tanggal().getYear();
            }
            String t = s.teks().strip().replaceFirst("\\.0+$", "");
            if (TAHUN.matcher(t).matches()) {
                return Integer.parseInt(t);
            }
            Optional<LocalDate> tgl = NilaiImpor.tanggal(s);
            if (tgl.isPresent()) {
                return tgl.get().getYear();
            }
            tolak(r, kolom, Messages.get("impor.psks.tahunSalah", kolomNama(kolom), s.teks().strip()));
            return -1;
        }

        /** A count column; -1 after rejecting the row, null when blank. */
        private Integer angka(BarisMentah r, KolomPsks kolom) {
            String t = teks(r, kolom).replaceFirst("\\.0+$", "");
            if (t.isEmpty()) {
                return null;
            }
            if (!ANGKA.matcher(t).matches()) {
                tolak(r, kolom, Messages.get("impor.psks.angkaSalah", kolomNama(kolom), t));
                return -1;
            }
            return Integer.parseInt(t);
        }

        /** The file's column a check's field came from (the names are the same where the field is). */
        private KolomPsks kolom(Enum<?> field) {
            try {
                return KolomPsks.valueOf(field.name());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
