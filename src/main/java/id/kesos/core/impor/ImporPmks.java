package id.kesos.core.impor;

import id.kesos.core.KesosException;
import id.kesos.core.Kemajuan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.audit.Penulis;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.PendudukService;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.EntriValidator;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.Pesan;
import id.kesos.core.wilayah.Wilayah;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Brings an office's PMKS spreadsheet or a Dinas BNBA (DTKS/DTSEN) into the register. First a preview
 * that writes nothing: every row below the header is added, skipped (blank, a totals row, a repeated
 * header, a duplicate within the file, already in the register) or rejected (row, column and reason);
 * then the accepted rows are written in one transaction with the import's history row. A row is checked
 * with the same validators as the forms; a file imported before is recognised by its content.
 */
public final class ImporPmks {
    static final String REGISTER = "pmks";
    private static final java.util.regex.Pattern HUBUNGAN = java.util.regex.Pattern.compile("[1-8]");
    private static final java.util.regex.Pattern DESIL = java.util.regex.Pattern.compile("10|[1-9]");
    private static final java.util.regex.Pattern JUMLAH_ART = java.util.regex.Pattern.compile("\\d{1,2}");

    private final DSLContext dsl;
    private final AuditLog audit;
    private final PmksService pmks;
    private final Supplier<List<Wilayah>> desa;
    private final ImporRepository repo;

    public ImporPmks(DSLContext dsl, AuditLog audit, PmksService pmks, Supplier<List<Wilayah>> desa) {
        this.dsl = dsl;
        this.audit = audit;
        this.pmks = pmks;
        this.desa = desa;
        this.repo = new ImporRepository(dsl);
    }

    /**
     * What the user chose: the sheet (null: the first with a recognisable header), the type for rows
     * without a type column (null: the file must have one), the data year, the source recorded.
     */
    public record Opsi(String lembar, String jenis, int tahun, SumberData sumber, boolean perbarui, Map<Integer, KolomPmks> peta,
            Map<String, String> desaTerima) {
        public Opsi {
            peta = peta == null ? null : Map.copyOf(peta);
            desaTerima = desaTerima == null ? Map.of() : Map.copyOf(desaTerima);
        }

        public Opsi(String lembar, String jenis, int tahun, SumberData sumber, boolean perbarui) {
            this(lembar, jenis, tahun, sumber, perbarui, null, null);
        }

        public static Opsi bawaan() {
            return new Opsi(null, null, LocalDate.now().getYear(), SumberData.LAINNYA, false);
        }

        public Opsi denganLembar(String l) {
            return new Opsi(l, jenis, tahun, sumber, perbarui, peta, desaTerima);
        }

        public Opsi denganJenis(String j) {
            return new Opsi(lembar, j, tahun, sumber, perbarui, peta, desaTerima);
        }

        public Opsi denganTahun(int t) {
            return new Opsi(lembar, jenis, t, sumber, perbarui, peta, desaTerima);
        }

        public Opsi denganSumber(SumberData s) {
            return new Opsi(lembar, jenis, tahun, s, perbarui, peta, desaTerima);
        }

        /**
         * A row whose person already has its type in its year: {@code true} writes the file's values over the
         * register's (a blank cell keeps what is stored), {@code false} skips it.
         */
        public Opsi denganPerbarui(boolean p) {
            return new Opsi(lembar, jenis, tahun, sumber, p, peta, desaTerima);
        }

        /** The user's reading of the columns (column index to known column; a column left out is not read), null: as recognised. */
        public Opsi denganPeta(Map<Integer, KolomPmks> p) {
            return new Opsi(lembar, jenis, tahun, sumber, perbarui, p, desaTerima);
        }

        /** Desa names of the file the user confirmed as a suggested desa: the text as in the file, to the desa's code. */
        public Opsi denganDesaTerima(Map<String, String> d) {
            return new Opsi(lembar, jenis, tahun, sumber, perbarui, peta, d);
        }
    }

    /** A desa name of the file close to one of the kecamatan's, on {@code baris} rows: the user confirms it, or corrects the file. */
    public record SaranDesa(String teks, Wilayah saran, int baris) {
    }

    /**
     * The preview: what would be added, skipped and rejected, and why. {@code baris} counts every row
     * below the header; it always equals added + skipped + rejected (nothing disappears).
     */
    public record Pratinjau(Path berkas, String hash, String lembar, Kepala<KolomPmks> kepala, int baris, List<PmksService.BarisImpor> tambah,
            PmksService.Pembaruan perbarui, int lewatKosong, int lewatJumlah, int lewatKepala, int lewatGanda, int lewatTerdaftar,
            List<Tolakan> tolak, List<SaranDesa> saranDesa, List<String> peringatan, Optional<RiwayatImpor> pernah) implements PratinjauImpor {
        /** Rows that change what the register holds (with {@link Opsi#perbarui}). */
        @Override
        public int diperbarui() {
            return perbarui.baris();
        }
    }

    /** What an import did. */
    public record Hasil(int baris, int ditambah, int diperbarui, int dilewati, int ditolak, RiwayatImpor riwayat) {
    }

    public List<RiwayatImpor> riwayat() {
        return repo.semua();
    }

    /** The sheets of a workbook (one, named after the file, for a .csv). */
    public List<String> lembar(Path berkas) {
        return PembacaTabel.buka(berkas).lembar();
    }

    /** Reads the file and decides every row; writes nothing. */
    public Pratinjau pratinjau(Path berkas, Opsi opsi, Kemajuan kemajuan) {
        if (desa.get().isEmpty()) {
            throw new KesosException(Messages.get("demo.belumSetup"));
        }
        String hash = hash(berkas);
        PembacaTabel r = PembacaTabel.buka(berkas);
        PenilaiBaris.Temuan<KolomPmks> t = PenilaiBaris.cari(r, berkas, opsi.lembar(), KolomPmks::dari);
        String lembar = t.lembar();
        Kepala<KolomPmks> kepala = t.kepala();
        if (opsi.peta() != null) {
            kepala = kepala.denganKolom(opsi.peta());
        }
        if (kepala.indeks(KolomPmks.NAMA) < 0) {
            throw new KesosException(Messages.get("impor.tanpaNama", berkas.getFileName()));
        }
        String jenisJudul = null;
        if (kepala.indeks(KolomPmks.JENIS) < 0 && opsi.jenis() == null) {
            // a list of one type says it in its title ("DAFTAR NAMA DAN ALAMAT (BNBA) ANAK BALITA TELANTAR"), as the
            // app's own per-type BNBA does: that type, said in the preview, unless the user picks another
            JenisPmks j = NilaiImpor.PencocokJenis.dariJudul(pmks.jenis(), t.judul()).orElseThrow(
                    () -> new KesosException(Messages.get("impor.tanpaJenis", berkas.getFileName())));
            opsi = opsi.denganJenis(j.kode());
            jenisJudul = Messages.get("impor.jenisDariJudul", j.nama(), j.kode());
        }
        Penilai p = new Penilai(berkas, kepala, opsi, kemajuan);
        if (jenisJudul != null) {
            p.peringatan.add(jenisJudul);
        }
        SaluranBaris.baca(r, lembar, p::nilai);
        return new Pratinjau(berkas, hash, lembar, kepala, p.baris, List.copyOf(p.tambah),
                new PmksService.Pembaruan(List.copyOf(p.orangBaru.values()), List.copyOf(p.entriBaru), p.diperbarui), p.kosong, p.jumlah,
                p.kepalaUlang, p.ganda,
                p.terdaftarJumlah, List.copyOf(p.tolak), List.copyOf(p.saran.values()), List.copyOf(p.peringatan), repo.denganHash(REGISTER, hash));
    }

    /** Writes the preview's accepted rows and its history row in one transaction: all of them, or none. */
    public Hasil jalankan(Pratinjau p, Kemajuan kemajuan) {
        Penulis penulis = new Penulis(dsl, audit);
        RiwayatImpor r = new RiwayatImpor(0, REGISTER, p.berkas().getFileName().toString(), p.hash(), p.lembar(), audit.pengguna(), null,
                p.baris(), p.tambah().size(), p.diperbarui(), p.dilewati(), p.tolak().size());
        long id = penulis.tulis(tx -> {
            pmks.perbaruiDi(tx, p.perbarui());
            pmks.imporDi(tx, p.tambah(), kemajuan);
            long riwayat = ImporRepository.catat(tx, r);
            // Batal up to here rolls everything back; after it the commit goes on and is reported as done
            kemajuan.tanpaBatal();
            return riwayat;
        });
        pmks.sesudahImpor();
        RiwayatImpor tersimpan = repo.denganId(id).orElse(r);
        return new Hasil(p.baris(), p.tambah().size(), p.diperbarui(), p.dilewati(), p.tolak().size(), tersimpan);
    }

    static String hash(Path berkas) {
        try (InputStream in = Files.newInputStream(berkas)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new KesosException(Messages.get("impor.tidakTerbaca", berkas.getFileName(), e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decides the rows one by one as they stream past. */
    private final class Penilai extends PenilaiBaris<KolomPmks> {
        private final Opsi opsi;
        private final NilaiImpor.PencocokDesa pencocokDesa;
        private final NilaiImpor.PencocokJenis pencocokJenis;
        private final EntriValidator entri;
        private final PmksService.Terdaftar terdaftar;
        private final Set<String> dilihat = new HashSet<>();
        final List<PmksService.BarisImpor> tambah = new ArrayList<>();
        /** With {@link Opsi#perbarui}: the people whose stored values the file changes (the last of their rows' values), by id. */
        final Map<Long, Penduduk> orangBaru = new java.util.LinkedHashMap<>();
        final List<EntriPmks> entriBaru = new ArrayList<>();
        int diperbarui;
        /** The stored No. KK of registered people, read when the first row of one comes by. */
        private Map<Long, String> kkTersimpan;

        private Map<Long, String> kkTersimpan() {
            if (kkTersimpan == null) {
                kkTersimpan = pmks.kkOrang();
            }
            return kkTersimpan;
        }

        Penilai(Path berkas, Kepala<KolomPmks> k, Opsi opsi, Kemajuan kemajuan) {
            super(berkas, k, KolomPmks.class, KolomPmks::dari, KolomPmks.NIK, kemajuan);
            this.opsi = opsi;
            pmks.siapkanValidasi();
            this.pencocokDesa = new NilaiImpor.PencocokDesa(desa.get());
            opsi.desaTerima().forEach(pencocokDesa::terima);
            this.pencocokJenis = new NilaiImpor.PencocokJenis(pmks.jenis());
            // the form's entry rules; a row's person has no id yet, so its one-entry-per-year check is the
            // import's own "already registered" count below, read once for the whole file
            this.entri = pmks.entriValidator();
            this.terdaftar = pmks.terdaftar();
        }

        @Override
        void putuskan(BarisMentah r) {
            NilaiImpor.Nomor nik = NilaiImpor.nomor(sel(r, KolomPmks.NIK));
            if (nik.rusak()) {
                tolak(r, KolomPmks.NIK, nik.pesan(kolomNama(KolomPmks.NIK)));
                return;
            }
            NilaiImpor.Nomor kk = NilaiImpor.nomor(sel(r, KolomPmks.NO_KK));
            if (kk.rusak()) {
                tolak(r, KolomPmks.NO_KK, kk.pesan(kolomNama(KolomPmks.NO_KK)));
                return;
            }
            Lahir l = lahir(r, KolomPmks.TEMPAT_LAHIR, KolomPmks.TANGGAL_LAHIR, KolomPmks.TTL);
            if (l.ditolak()) {
                return;
            }
            Kelamin k = kelamin(r, KolomPmks.JENIS_KELAMIN);
            if (k.ditolak()) {
                return;
            }
            String tempat = l.tempat();
            LocalDate lahir = l.tanggal();
            JenisKelamin jk = k.nilai();
            Wilayah desaRow = desa(r, KolomPmks.DESA, pencocokDesa);
            if (desaRow == null) {
                return;
            }
            String jenisTeks = teks(r, KolomPmks.JENIS);
            Optional<JenisPmks> j = jenisTeks.isEmpty() ? Optional.ofNullable(opsi.jenis()).flatMap(pmks::jenis)
                    : pencocokJenis.cocok(jenisTeks);
            if (j.isEmpty()) {
                tolak(r, KolomPmks.JENIS, Messages.get("impor.jenisTidakDikenal", kolomNama(KolomPmks.JENIS), jenisTeks.isEmpty() ? "-" : jenisTeks));
                return;
            }
            String rt = teks(r, KolomPmks.RT);
            String rw = teks(r, KolomPmks.RW);
            String rtRw = teks(r, KolomPmks.RT_RW);
            if (!rtRw.isEmpty() && rt.isEmpty() && rw.isEmpty()) {
                String[] bagian = rtRw.split("[/\\-]");
                rt = bagian[0].strip();
                rw = bagian.length > 1 ? bagian[1].strip() : "";
            }
            Integer hubungan = null;
            String hub = teks(r, KolomPmks.HUBUNGAN);
            if (!hub.isEmpty()) {
                if (!HUBUNGAN.matcher(hub).matches()) {
                    tolak(r, KolomPmks.HUBUNGAN, Messages.get("impor.hubunganTakTerbaca", kolomNama(KolomPmks.HUBUNGAN), hub));
                    return;
                }
                hubungan = Integer.parseInt(hub);
            }
            String ket = teks(r, KolomPmks.KETERANGAN);
            String desil = teks(r, KolomPmks.DESIL);
            if (!desil.isEmpty()) {
                if (!DESIL.matcher(desil).matches()) {
                    tolak(r, KolomPmks.DESIL, Messages.get("impor.desilSalah", kolomNama(KolomPmks.DESIL), desil));
                    return;
                }
                // DTSEN's welfare decile is kept with the entry, where the list's users read it
                String catat = Messages.getId("impor.desilKeterangan", desil);
                ket = ket.isEmpty() ? catat : ket + "; " + catat;
            }
            Penduduk p = PendudukService.normalisasi(new Penduduk(null, nik.kosong() ? null : nik.nilai(), kk.kosong() ? null : kk.nilai(),
                    teks(r, KolomPmks.NAMA), tempat, lahir, jk, teks(r, KolomPmks.ALAMAT), teks(r, KolomPmks.DUSUN), rt, rw, desaRow.kode(),
                    teks(r, KolomPmks.NAMA_IBU), hubungan, teks(r, KolomPmks.TELEPON), null, 0));
            Integer anggota = null;
            String art = teks(r, KolomPmks.JUMLAH_ART);
            if (!art.isEmpty()) {
                if (!JUMLAH_ART.matcher(art).matches()) {
                    tolak(r, KolomPmks.JUMLAH_ART, Messages.get("impor.jumlahArtSalah", kolomNama(KolomPmks.JUMLAH_ART), art));
                    return;
                }
                anggota = Integer.parseInt(art);
            }
            EntriPmks e = pmks.normalisasi(new EntriPmks(null, null, null, j.get().kode(), opsi.tahun(), StatusPmks.USULAN, null, opsi.sumber(),
                    null, null, null, ket.isEmpty() ? null : ket, null, anggota, 0), p);
            String kunci = p.nik() != null ? p.nik() + "|" + e.jenisKode() + "|" + e.tahun()
                    : KolomPmks.normal(p.nama()) + "|" + p.tanggalLahir() + "|" + p.desaKode() + "|" + e.jenisKode() + "|" + e.tahun();
            Long pid = p.nik() == null ? terdaftar.tanpaNik(p.nama(), p.tanggalLahir(), p.desaKode()) : terdaftar.pendudukPerNik().get(p.nik());
            if (pid != null && pid < 0) {
                tolak(r, KolomPmks.NAMA, Messages.get("impor.tanpaNikGanda", p.nama()));
                return;
            }
            if (pid != null && !opsi.perbarui()) {
                // a registered person's new type counts under their stored No. KK: the file may not say another
                String kkLama = kkTersimpan().get(pid);
                if (kkLama != null && p.noKk() != null && !kkLama.equals(p.noKk())) {
                    tolak(r, KolomPmks.NO_KK, Messages.get("impor.kkBeda", kolomNama(KolomPmks.NO_KK), p.noKk(), kkLama));
                    return;
                }
                if (kkLama != null && p.noKk() == null) {
                    p = p.denganNoKk(kkLama);
                    e = pmks.normalisasi(e, p);
                }
            }
            if (terdaftar.adaEntri(pid, e.jenisKode(), e.tahun())) {
                // registered: skipped, or with "update" the file's values over the stored ones, checked as merged
                // (a blank cell of the file keeps the stored value, so the row alone need not be complete)
                if (!dilihat.add(kunci)) {
                    ganda++;
                } else if (opsi.perbarui()) {
                    perbarui(r, pid, p, e);
                } else {
                    terdaftarJumlah++;
                }
                return;
            }
            HasilValidasi h = pmks.validator().periksa(p);
            entri.periksa(e, p, h);
            if (!h.sah()) {
                Pesan pertama = h.errors().getFirst();
                tolak(r, kolomDari(pertama.field()), pertama.teks());
                return;
            }
            if (!dilihat.add(kunci)) {
                ganda++;
                return;
            }
            peringatan(r, h.teksPeringatan());
            Penduduk orang = pid == null ? p : new Penduduk(pid, p.nik(), p.noKk(), p.nama(), p.tempatLahir(), p.tanggalLahir(),
                    p.jenisKelamin(), p.alamat(), p.dusun(), p.rt(), p.rw(), p.desaKode(), p.namaIbu(), p.hubunganKeluarga(), p.telepon(),
                    p.catatan(), p.version());
            tambah.add(new PmksService.BarisImpor(orang, e));
        }

        /**
         * A row of a person and type already registered in its year, with "update": the file's values over
         * the stored ones (a blank cell keeps what is stored), checked as the form checks an edit; a row that
         * changes nothing is skipped as registered.
         */
        private void perbarui(BarisMentah r, long pid, Penduduk dariBerkas, EntriPmks dariBerkasEntri) {
            Penduduk lama = orangBaru.get(pid);
            if (lama == null) {
                lama = pmks.orang().penduduk(pid).orElseThrow();
            }
            EntriPmks entriLama = pmks.entri(pid, dariBerkasEntri.jenisKode(), dariBerkasEntri.tahun()).orElseThrow();
            Penduduk baru = gabung(lama, dariBerkas);
            EntriPmks entri = new EntriPmks(entriLama.id(), entriLama.pendudukId(), entriLama.kelompokId(), entriLama.jenisKode(),
                    entriLama.tahun(), entriLama.status(), entriLama.alasanStatus(), entriLama.sumber(), entriLama.tanggalPendataan(),
                    entriLama.petugasPendata(), entriLama.petugasPsksId(), atau(dariBerkasEntri.keterangan(), entriLama.keterangan()),
                    atau(dariBerkasEntri.kkKeluarga(), entriLama.kkKeluarga()), atau(dariBerkasEntri.jumlahAnggota(), entriLama.jumlahAnggota()),
                    entriLama.version());
            if (baru.equals(lama) && entri.equals(entriLama)) {
                terdaftarJumlah++;
                return;
            }
            HasilValidasi h = pmks.validator().periksa(baru);
            this.entri.periksa(entri, baru, h);
            if (!h.sah()) {
                Pesan pertama = h.errors().getFirst();
                tolak(r, kolomDari(pertama.field()), pertama.teks());
                return;
            }
            peringatan(r, h.teksPeringatan());
            if (!baru.equals(lama)) {
                orangBaru.put(pid, baru);
            }
            if (!entri.equals(entriLama)) {
                entriBaru.add(entri);
            }
            diperbarui++;
        }

        /** The file's value where it has one, else the stored one. */
        private static <T> T atau(T berkas, T tersimpan) {
            return berkas == null ? tersimpan : berkas;
        }

        private static Penduduk gabung(Penduduk lama, Penduduk b) {
            return new Penduduk(lama.id(), atau(b.nik(), lama.nik()), atau(b.noKk(), lama.noKk()), atau(b.nama(), lama.nama()),
                    atau(b.tempatLahir(), lama.tempatLahir()), atau(b.tanggalLahir(), lama.tanggalLahir()),
                    atau(b.jenisKelamin(), lama.jenisKelamin()), atau(b.alamat(), lama.alamat()), atau(b.dusun(), lama.dusun()),
                    atau(b.rt(), lama.rt()), atau(b.rw(), lama.rw()), atau(b.desaKode(), lama.desaKode()), atau(b.namaIbu(), lama.namaIbu()),
                    atau(b.hubunganKeluarga(), lama.hubunganKeluarga()), atau(b.telepon(), lama.telepon()), lama.catatan(), lama.version());
        }

        /** The file's column a validator's field came from. */
        private KolomPmks kolomDari(Enum<?> field) {
            String n = field.name();
            return switch (n) {
                case "JENIS_KELAMIN" -> KolomPmks.JENIS_KELAMIN;
                case "HUBUNGAN_KELUARGA" -> KolomPmks.HUBUNGAN;
                case "JENIS", "TAHUN" -> KolomPmks.JENIS;
                case "KK_KELUARGA" -> KolomPmks.NO_KK;
                case "JUMLAH_ANGGOTA" -> KolomPmks.JUMLAH_ART;
                case "KETERANGAN" -> KolomPmks.KETERANGAN;
                default -> {
                    try {
                        yield KolomPmks.valueOf(n);
                    } catch (IllegalArgumentException x) {
                        yield null;
                    }
                }
            };
        }
    }
}
