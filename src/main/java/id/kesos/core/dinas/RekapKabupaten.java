package id.kesos.core.dinas;

import id.kesos.core.KesosException;
import id.kesos.core.Kemajuan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.rekap.FormatPaket;
import id.kesos.core.rekap.Laporan;
import id.kesos.core.rekap.Lembar;
import id.kesos.core.rekap.Lembar.Rata;
import id.kesos.core.rekap.Penandatangan;
import id.kesos.core.rekap.RekapService;
import id.kesos.core.validasi.TahunData;
import id.kesos.core.wilayah.Wilayah;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The kabupaten recaps of a Dinas Sosial, over the active package of each kecamatan for the year: per kecamatan x 26
 * types, per type, SPM per kecamatan, PSKS per kecamatan, and the kabupaten BNBA (streamed). Every number is the sum
 * of the kecamatan's own recap numbers as its package carried them. A kecamatan that has not sent is on its row with
 * "-" and named under the table, never shown as zeros.
 */
public final class RekapKabupaten {
    /** The kabupaten recaps, with the names the command line uses. */
    public enum Jenis {
        REKAP_KABUPATEN("dinas.rekap.kabupaten"), REKAP_KABUPATEN_JENIS("dinas.rekap.jenis"), REKAP_SPM_KABUPATEN("dinas.rekap.spm"),
        REKAP_PSKS_KABUPATEN("dinas.rekap.psks"), BNBA_KABUPATEN("dinas.rekap.bnba");

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

        public static Jenis dariKode(String s) {
            for (Jenis j : values()) {
                if (j.kode().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return j;
                }
            }
            return null;
        }
    }

    /** What is marked for a kecamatan without a package (in every number cell of its row). */
    public static final String BELUM = "-";
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final DSLContext dsl;
    private final DinasService dinas;
    private final AuditLog audit;
    private final List<JenisPmks> jenisPmks;
    private final List<JenisPsks> jenisPsks;

    RekapKabupaten(DSLContext dsl, DinasService dinas, AuditLog audit, List<JenisPmks> jenisPmks, List<JenisPsks> jenisPsks) {
        this.dsl = dsl;
        this.dinas = dinas;
        this.audit = audit;
        this.jenisPmks = jenisPmks;
        this.jenisPsks = jenisPsks;
    }

    /** The year's kecamatan in code order with their active packages (null: not sent). */
    private record Dasar(ProfilDinas profil, int tahun, List<DinasService.StatusKecamatan> status) {
        List<DinasService.StatusKecamatan> terkirim() {
            return status.stream().filter(DinasService.StatusKecamatan::terkirim).toList();
        }

        String judulTahun() {
            return Messages.dok("dok.kab.judulTahun", profil.kabupaten().nama().toUpperCase(Locale.ROOT), String.valueOf(tahun));
        }
    }

    private Dasar dasar(int tahun) {
        if (!TahunData.sah(tahun)) {
            throw new KesosException(TahunData.pesan(tahun));
        }
        return new Dasar(dinas.profilWajib(), tahun, dinas.status(tahun));
    }

    /** Builds recap {@code jenis} of {@code tahun} on {@code kertas} (null: A4). */
    public Laporan susun(Jenis jenis, int tahun, Kertas kertas) {
        Dasar d = dasar(tahun);
        Lembar l = switch (jenis) {
            case REKAP_KABUPATEN -> perKecamatan(d);
            case REKAP_KABUPATEN_JENIS -> perJenis(d);
            case REKAP_SPM_KABUPATEN -> spm(d);
            case REKAP_PSKS_KABUPATEN -> psks(d);
            case BNBA_KABUPATEN -> bnba(d);
        };
        catatanBelum(d, l);
        return new Laporan(Messages.getId(jenis.labelKey()), tahun, d.profil().penerbit(), LocalDate.now(), kertas == null ? Kertas.A4 : kertas,
                Penandatangan.KASI, List.of(l));
    }

    /** Writes recap {@code jenis} to {@code out}; the kabupaten BNBA, a list of names, is recorded in the change history. */
    public void ekspor(Jenis jenis, int tahun, Kertas kertas, RekapService.Format format, RekapService.Templat templat, Path out,
            Kemajuan kemajuan) {
        Laporan lap = susun(jenis, tahun, kertas);
        RekapService.tulisLaporan(lap, format, templat, out, kemajuan);
        if (jenis == Jenis.BNBA_KABUPATEN) {
            long baris = lap.lembar().getFirst().perkiraanBaris();
            Map<String, Object> rincian = new LinkedHashMap<>();
            rincian.put("jenis", Messages.getId(jenis.labelKey()));
            rincian.put("tahun", tahun);
            rincian.put("baris", baris);
            rincian.put("berkas", out.getFileName().toString());
            String ket = Messages.getId("riwayat.eksporKet", Messages.getId(jenis.labelKey()), String.valueOf(tahun), baris,
                    out.getFileName().toString());
            RekapService.catatEkspor(dsl, audit, out, tx -> audit.catatEkspor(tx, jenis.kode(), ket, rincian));
        }
    }

    /** Under the table: the kecamatan without a package, and the counting rule of those that sent. */
    private void catatanBelum(Dasar d, Lembar l) {
        List<String> belum = d.status().stream().filter(s -> !s.terkirim()).map(s -> s.kecamatan().nama()).toList();
        if (!belum.isEmpty()) {
            l.catatan(Messages.dok("dok.kab.belum", String.valueOf(belum.size()), String.valueOf(d.status().size()), String.valueOf(d.tahun()),
                    String.join(", ", belum)));
        }
        List<String> semua = d.terkirim().stream().filter(s -> s.paket().status().equals("semua")).map(s -> s.kecamatan().nama()).toList();
        if (!semua.isEmpty()) {
            l.catatan(Messages.dok("dok.kab.usulan", String.join(", ", semua)));
        }
    }

    /** The cell under "Paket": the date of the package, or that none came. */
    private static String kolomPaket(DinasService.StatusKecamatan s) {
        return s.terkirim() ? TGL.format(s.paket().dibuat().toLocalDate()) : Messages.dok("dok.kab.belumKirim");
    }

    /** One number per (kecamatan, key) read by {@code sql}: the active packages of the year only. */
    private Map<String, long[]> angka(String sql, int tahun, int n) {
        Map<String, long[]> out = new HashMap<>();
        dsl.resultQuery(sql, (short) tahun).forEach(r -> {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = ((Number) r.get(2 + i)).longValue();
            }
            out.put(r.get(0, String.class) + "|" + r.get(1, String.class), v);
        });
        return out;
    }

    private Lembar awal(Dasar d, String lembar, String judul) {
        return new Lembar(lembar).judul(judul, d.judulTahun())
                .nomorDanNama(Messages.dok("dok.kolom.kecamatan"), 18)
                .kolom("paket", Messages.dok("dok.kab.paket"), 11, Rata.TENGAH, false);
    }

    /** Rows: every kecamatan in code order; for each type L | P | Jml (and KK), then Jumlah L | P | Total; a JUMLAH row. */
    private Lembar perKecamatan(Dasar d) {
        Map<String, long[]> a = angka("SELECT p.kecamatan_kode, a.jenis_kode, SUM(a.l), SUM(a.p), SUM(a.jiwa_kelompok), SUM(a.kk) "
                + "FROM paket_angka a JOIN paket p ON p.id = a.paket_id WHERE p.aktif AND p.tahun = ? GROUP BY p.kecamatan_kode, a.jenis_kode",
                d.tahun(), 4);
        Lembar s = awal(d, Messages.dok("dok.kab.lembar"), Messages.dok("dok.kab.judul"));
        s.grupJenisPmks(jenisPmks);
        List<Object[]> isi = new ArrayList<>();
        long no = 0;
        for (DinasService.StatusKecamatan k : d.status()) {
            List<Object> r = new ArrayList<>(List.of(++no, k.kecamatan().nama(), kolomPaket(k)));
            long l = 0;
            long p = 0;
            long jml = 0;
            for (JenisPmks j : jenisPmks) {
                long[] x = a.getOrDefault(k.kecamatan().kode() + "|" + j.kode(), new long[4]);
                if (k.terkirim()) {
                    r.addAll(List.of(x[0], x[1], x[0] + x[1] + x[2]));
                    if (j.perKk()) {
                        r.add(x[3]);
                    }
                } else {
                    r.addAll(List.of(BELUM, BELUM, BELUM));
                    if (j.perKk()) {
                        r.add(BELUM);
                    }
                }
                l += x[0];
                p += x[1];
                jml += x[0] + x[1] + x[2];
            }
            r.addAll(k.terkirim() ? List.of(l, p, jml) : List.of(BELUM, BELUM, BELUM));
            isi.add(r.toArray());
        }
        s.isi(isi);
        s.catatan(Messages.dok("dok.rekap.catatanKk"));
        return s;
    }

    /** Rows: the 26 types; L | P | Jumlah | KK over the kecamatan that sent; a JUMLAH row. */
    private Lembar perJenis(Dasar d) {
        Map<String, long[]> a = angka("SELECT '', a.jenis_kode, SUM(a.l), SUM(a.p), SUM(a.jiwa_kelompok), SUM(a.kk) "
                + "FROM paket_angka a JOIN paket p ON p.id = a.paket_id WHERE p.aktif AND p.tahun = ? GROUP BY a.jenis_kode", d.tahun(), 4);
        Lembar s = new Lembar(Messages.dok("dok.kab.lembarJenis")).judul(Messages.dok("dok.kab.judulJenis"), d.judulTahun())
                .nomorDanNama(Messages.dok("dok.kolom.jenisPmks"), 58)
                .grup(Messages.dok("dok.rekapJenis.jumlahJiwa"), List.of("l", "p", "jumlah"), List.of(Messages.dok("dok.kolom.l"),
                        Messages.dok("dok.kolom.p"), Messages.dok("dok.kolom.jumlah")), 11, false)
                .kolom("kk", Messages.dok("dok.kolom.kk"), 11, Rata.KANAN, true)
                .tegak();
        List<Object[]> isi = new ArrayList<>();
        for (JenisPmks j : jenisPmks) {
            long[] x = a.getOrDefault("|" + j.kode(), new long[4]);
            isi.add(new Object[] {(long) j.nomor(), j.nama(), x[0], x[1], x[0] + x[1] + x[2], j.perKk() ? (Object) x[3] : "-"});
        }
        s.catatan(Messages.dok("dok.kab.terkirim", String.valueOf(d.terkirim().size()), String.valueOf(d.status().size())));
        return s.isi(isi).catatan(Messages.dok("dok.rekap.catatanKk"));
    }

    /** Rows: every kecamatan; per SPM group Jumlah | Menerima bantuan; a JUMLAH row. */
    private Lembar spm(Dasar d) {
        Map<String, long[]> a = angka("SELECT p.kecamatan_kode, s.kelompok, SUM(s.l), SUM(s.p), SUM(s.dibantu_l), SUM(s.dibantu_p) "
                + "FROM paket_spm s JOIN paket p ON p.id = s.paket_id WHERE p.aktif AND p.tahun = ? GROUP BY p.kecamatan_kode, s.kelompok",
                d.tahun(), 4);
        Lembar s = awal(d, Messages.dok("dok.kab.lembarSpm"), Messages.dok("dok.kab.judulSpm"));
        Map<String, String> kelompok = RekapService.kelompokSpm();
        for (Map.Entry<String, String> k : kelompok.entrySet()) {
            s.grup(k.getValue(), List.of(k.getKey(), k.getKey() + "_dibantu"), List.of(Messages.dok("dok.kolom.jumlah"),
                    Messages.dok("dok.kab.dibantu")), 9, false);
        }
        s.grup(Messages.dok("dok.jumlah"), List.of("jumlah", "dibantu"), List.of(Messages.dok("dok.kolom.jumlah"), Messages.dok("dok.kab.dibantu")),
                9, true);
        List<Object[]> isi = new ArrayList<>();
        long no = 0;
        for (DinasService.StatusKecamatan k : d.status()) {
            List<Object> r = new ArrayList<>(List.of(++no, k.kecamatan().nama(), kolomPaket(k)));
            long jml = 0;
            long bantu = 0;
            for (String g : kelompok.keySet()) {
                long[] x = a.getOrDefault(k.kecamatan().kode() + "|" + g, new long[4]);
                r.addAll(k.terkirim() ? List.of(x[0] + x[1], x[2] + x[3]) : List.of(BELUM, BELUM));
                jml += x[0] + x[1];
                bantu += x[2] + x[3];
            }
            r.addAll(k.terkirim() ? List.of(jml, bantu) : List.of(BELUM, BELUM));
            isi.add(r.toArray());
        }
        return s.isi(isi).catatan(Messages.dok("dok.kab.catatanSpm", String.valueOf(d.tahun())));
    }

    /** Rows: every kecamatan; columns: the PSKS types (orang or unit); a JUMLAH row. */
    private Lembar psks(Dasar d) {
        Map<String, long[]> a = angka("SELECT p.kecamatan_kode, s.jenis_kode, SUM(s.jumlah) "
                + "FROM paket_psks s JOIN paket p ON p.id = s.paket_id WHERE p.aktif AND p.tahun = ? GROUP BY p.kecamatan_kode, s.jenis_kode",
                d.tahun(), 1);
        Lembar s = awal(d, Messages.dok("dok.kab.lembarPsks"), Messages.dok("dok.kab.judulPsks"));
        List<JenisPsks> resmi = jenisPsks.stream().filter(JenisPsks::resmi).toList();
        List<String> kode = new ArrayList<>(resmi.stream().map(JenisPsks::kode).toList());
        for (JenisPsks j : resmi) {
            s.grup(j.singkatan(), List.of(j.kode().toLowerCase(Locale.ROOT).replace("-", "_")),
                    List.of(Messages.dok(j.bentuk().orang() ? "dok.satuan.orang" : "dok.satuan.unit")), 9, false);
        }
        boolean lain = a.keySet().stream().anyMatch(k -> k.endsWith("|" + FormatPaket.PILAR_LAIN));
        if (lain) {
            kode.add(FormatPaket.PILAR_LAIN);
            s.grup(Messages.dok("dok.kab.pilarLain"), List.of("pilar_lain"), List.of(Messages.dok("dok.kab.orangUnit")), 9, false);
        }
        List<Object[]> isi = new ArrayList<>();
        long no = 0;
        for (DinasService.StatusKecamatan k : d.status()) {
            List<Object> r = new ArrayList<>(List.of(++no, k.kecamatan().nama(), kolomPaket(k)));
            for (String j : kode) {
                r.add(k.terkirim() ? (Object) a.getOrDefault(k.kecamatan().kode() + "|" + j, new long[1])[0] : BELUM);
            }
            isi.add(r.toArray());
        }
        StringBuilder ket = new StringBuilder(Messages.dok("dok.psks.keterangan"));
        for (JenisPsks j : resmi) {
            ket.append(j.singkatan()).append(" = ").append(j.nama()).append("; ");
        }
        if (lain) {
            ket.append(Messages.dok("dok.kab.pilarLainKet"));
        }
        return s.isi(isi).catatan(ket.toString().strip());
    }

    /**
     * The kabupaten BNBA: every listed entry of the active packages, by kecamatan, desa, type and name; read from the
     * database while the file is written.
     */
    private Lembar bnba(Dasar d) {
        long n = dsl.fetchValue("SELECT COUNT(*) FROM paket_entri e JOIN paket p ON p.id = e.paket_id WHERE p.aktif AND p.tahun = ?",
                (short) d.tahun()) instanceof Number x ? x.longValue() : 0;
        Map<String, String> namaJenis = jenisPmks.stream().collect(Collectors.toMap(JenisPmks::kode, JenisPmks::nama));
        Map<String, String> status = new HashMap<>();
        for (StatusPmks st : StatusPmks.values()) {
            status.put(st.kode(), Messages.getId(st.labelKey()));
        }
        Map<String, String> namaKec = d.profil().kecamatan().stream().collect(Collectors.toMap(Wilayah::kode, Wilayah::nama));
        Map<String, String> namaDesa = new HashMap<>();
        dsl.resultQuery("SELECT kode, nama FROM wilayah WHERE kode LIKE ?", d.profil().kabupaten().kode() + ".%.%")
                .forEach(r -> namaDesa.put(r.get(0, String.class), r.get(1, String.class)));
        Lembar l = new Lembar(Messages.dok("dok.kab.lembarBnba")).judul(Messages.dok("dok.bnba.judul"), d.judulTahun())
                .kolom("no", Messages.dok("dok.kolom.no"), 6, Rata.TENGAH, false)
                .kolom("nik", Messages.dok("dok.kolom.nik"), 17, Rata.KIRI, false)
                .kolom("no_kk", Messages.dok("dok.kolom.noKk"), 17, Rata.KIRI, false)
                .kolom("nama", Messages.dok("dok.kolom.nama"), 20, Rata.KIRI, false)
                .kolom("ttl", Messages.dok("dok.kolom.ttl"), 18, Rata.KIRI, false)
                .kolom("jk", Messages.dok("dok.kolom.lp"), 4, Rata.TENGAH, false)
                .kolom("alamat", Messages.dok("dok.kolom.alamat"), 18, Rata.KIRI, false)
                .kolom("rt", Messages.dok("dok.kolom.rt"), 4, Rata.TENGAH, false)
                .kolom("rw", Messages.dok("dok.kolom.rw"), 4, Rata.TENGAH, false)
                .kolom("desa", Messages.dok("dok.kolom.desa"), 13, Rata.KIRI, false)
                .kolom("kecamatan", Messages.dok("dok.kolom.kecamatan"), 13, Rata.KIRI, false)
                .kolom("jenis", Messages.dok("dok.kolom.jenisPmks"), 18, Rata.KIRI, false)
                .kolom("status", Messages.dok("dok.kolom.status"), 11, Rata.TENGAH, false)
                .hitungBaris(Messages.dok("dok.satuan.jiwa"))
                .perkiraanBaris(n);
        int tahun = d.tahun();
        l.isi((batas, tiap) -> {
            var q = dsl.resultQuery("SELECT e.nik, e.no_kk, e.nama, e.tempat_lahir, e.tanggal_lahir, e.jenis_kelamin, e.alamat, e.rt, e.rw, "
                    + "e.desa_kode, p.kecamatan_kode, e.jenis_kode, e.status FROM paket_entri e JOIN paket p ON p.id = e.paket_id "
                    + "WHERE p.aktif AND p.tahun = ? ORDER BY p.kecamatan_kode, e.paket_id, e.no", (short) tahun);
            try (ResultSet r = q.fetchSize(2000).fetchResultSet()) {
                long no = 0;
                while (no < batas && r.next()) {
                    java.sql.Date lahir = r.getDate(5);
                    String tempat = r.getString(4);
                    String ttl = (tempat == null ? "" : tempat) + (lahir == null ? "" : (tempat == null ? "" : ", ") + TGL.format(lahir.toLocalDate()));
                    tiap.accept(new Object[] {++no, teks(r.getString(1)), teks(r.getString(2)), r.getString(3), ttl, teks(r.getString(6)),
                        teks(r.getString(7)), teks(r.getString(8)), teks(r.getString(9)), namaDesa.getOrDefault(r.getString(10), r.getString(10)),
                        namaKec.getOrDefault(r.getString(11), r.getString(11)), namaJenis.getOrDefault(r.getString(12), r.getString(12)),
                        status.getOrDefault(r.getString(13), r.getString(13))});
                }
            } catch (SQLException e) {
                throw new DataAccessException(e.getMessage(), e);
            }
        });
        l.catatan(Messages.dok("dok.kab.bnbaSensitif"));
        return l;
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
