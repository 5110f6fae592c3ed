package id.kesos.core.rekap;

import static id.kesos.core.db.jooq.Tables.BANTUAN;
import static id.kesos.core.db.jooq.Tables.DESA;
import static id.kesos.core.db.jooq.Tables.JENIS_PMKS;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;

import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.ProgramBantuan;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.rekap.AngkaPmks.Sel;
import id.kesos.core.rekap.Lembar.Rata;
import id.kesos.core.wilayah.Wilayah;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The PMKS recaps as sheets: per desa, per type, by name by address (BNBA), and the SPM groups. */
final class RekapPmks {
    private RekapPmks() {
    }

    /** What the PMKS recaps read: the office, the types, the counts, the options. */
    record Data(ProfilKantor profil, List<JenisPmks> jenis, AngkaPmks angka, RekapService.Opsi opsi) {
    }

    static String judulTahun(ProfilKantor p, RekapService.Opsi o) {
        return Laporan.judulTahun(p, o.tahun(), o.termasukUsulan());
    }

    private static String nomor(JenisPmks j) {
        return String.format("%02d", j.nomor());
    }

    /**
     * Rows: every desa/kelurahan in Kemendagri code order (zero rows included); for each type L | P |
     * Jml (and KK for types counted in families); then Jumlah L | Jumlah P | Total; a JUMLAH row.
     */
    static Lembar perDesa(Data d) {
        Lembar s = new Lembar("Rekap PMKS per desa")
                .judul("REKAPITULASI DATA PMKS/PPKS PER DESA/KELURAHAN", judulTahun(d.profil(), d.opsi()))
                .nomorDanNama("Desa/Kelurahan", 22);
        for (JenisPmks j : d.jenis()) {
            String n = nomor(j);
            List<String> kunci = new ArrayList<>(List.of("l_" + n, "p_" + n, "jml_" + n));
            List<String> bawah = new ArrayList<>(List.of("L", "P", "Jml"));
            if (j.perKk()) {
                kunci.add("kk_" + n);
                bawah.add("KK");
            }
            s.grup(j.nomor() + ". " + j.nama(), kunci, bawah, 5, false);
        }
        s.grup("JUMLAH", List.of("l", "p", "total"), List.of("L", "P", "Total"), 7, true);
        List<Object[]> isi = new ArrayList<>();
        long no = 0;
        for (Wilayah w : d.profil().desa()) {
            List<Object> r = new ArrayList<>(List.of(++no, w.nama()));
            long l = 0;
            long p = 0;
            long jml = 0;
            for (JenisPmks j : d.jenis()) {
                Sel x = d.angka().sel(w.kode(), j.kode());
                r.addAll(List.of(x.l(), x.p(), x.jumlah()));
                if (j.perKk()) {
                    r.add(x.kk());
                }
                l += x.l();
                p += x.p();
                jml += x.jumlah();
            }
            r.addAll(List.of(l, p, jml));
            isi.add(r.toArray());
        }
        s.isi(isi);
        if (d.angka().adaKelompok()) {
            s.catatan("Catatan: kelompok (Komunitas Adat Terpencil, Kelompok Minoritas) dihitung pada Jml dan KK tanpa rincian L/P.");
        }
        return s;
    }

    /**
     * Rows: the 26 types in official order: No | Jenis PMKS | L | P | Jumlah | KK, and with
     * {@code rincianDesa} one column per desa; a JUMLAH row.
     */
    static Lembar perJenis(Data d) {
        boolean rinci = d.opsi().rincianDesa();
        Lembar s = new Lembar("Rekap PMKS per jenis")
                .judul("REKAPITULASI DATA PMKS/PPKS PER JENIS", judulTahun(d.profil(), d.opsi()))
                .nomorDanNama("Jenis PMKS/PPKS", rinci ? 40 : 58)
                .grup("Jumlah Jiwa", List.of("l", "p", "jumlah"), List.of("L", "P", "Jumlah"), rinci ? 7 : 11, false)
                .kolom("kk", "KK", rinci ? 7 : 11, Rata.KANAN, true);
        List<Wilayah> desa = d.profil().desa();
        if (rinci) {
            s.grup("Jumlah Jiwa per Desa/Kelurahan", desa.stream().map(w -> "desa_" + w.kode().replace(".", "")).toList(),
                    desa.stream().map(Wilayah::nama).toList(), 9, false);
        } else {
            s.tegak();
        }
        List<Object[]> isi = new ArrayList<>();
        for (JenisPmks j : d.jenis()) {
            Sel x = d.angka().jenis(j.kode());
            List<Object> r = new ArrayList<>(List.of((long) j.nomor(), j.nama(), x.l(), x.p(), x.jumlah()));
            r.add(j.perKk() ? (Object) x.kk() : "-");
            if (rinci) {
                for (Wilayah w : desa) {
                    r.add(d.angka().sel(w.kode(), j.kode()).jumlah());
                }
            }
            isi.add(r.toArray());
        }
        return s.isi(isi);
    }

    /** The SPM groups in the order of PP 2/2018 art. 10, with their labels. */
    static final Map<String, String> KELOMPOK_SPM = new LinkedHashMap<>();

    static {
        KELOMPOK_SPM.put("anak_telantar", "Anak Telantar");
        KELOMPOK_SPM.put("lansia_telantar", "Lanjut Usia Telantar");
        KELOMPOK_SPM.put("disabilitas_telantar", "Penyandang Disabilitas Telantar");
        KELOMPOK_SPM.put("tuna_sosial", "Tuna Sosial (Gelandangan, Pengemis, Tuna Susila)");
        KELOMPOK_SPM.put("korban_bencana", "Korban Bencana Alam dan Sosial");
    }

    private static Condition dihitung(RekapService.Opsi o) {
        List<String> status = o.termasukUsulan() ? List.of(StatusPmks.TERVERIFIKASI.kode(), StatusPmks.USULAN.kode())
                : List.of(StatusPmks.TERVERIFIKASI.kode());
        return PMKS.HAPUS_TOKEN.eq(0L).and(PMKS.TAHUN.eq((short) o.tahun())).and(PMKS.STATUS.in(status));
    }

    /** People who received any aid dated in the year. */
    private static Condition dibantu(int tahun) {
        return DSL.exists(DSL.selectOne().from(BANTUAN).where(BANTUAN.PENDUDUK_ID.eq(PENDUDUK.ID))
                .and(BANTUAN.TANGGAL.between(LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31))));
    }

    /**
     * Rekap SPM: per group, the people counted (each person once per group, L | P | Jumlah) and how
     * many of them received aid dated in the year; the rest are not yet served.
     */
    static Lembar spm(DSLContext dsl, Data d) {
        Lembar s = new Lembar("Rekap SPM")
                .judul("REKAPITULASI PENERIMA LAYANAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG SOSIAL",
                        judulTahun(d.profil(), d.opsi()))
                .nomorDanNama("Kelompok SPM", 34)
                .kolom("jenis", "Jenis PMKS/PPKS", 26, Rata.KIRI, false)
                .grup("Jumlah (jiwa)", List.of("l", "p", "jumlah"), List.of("L", "P", "Jumlah"), 8, false)
                .grup("Menerima bantuan tahun " + d.opsi().tahun(), List.of("dibantu_l", "dibantu_p", "dibantu"),
                        List.of("L", "P", "Jumlah"), 8, false)
                .kolom("belum", "Belum menerima bantuan", 11, Rata.KANAN, true)
                .tegak();
        var jk = PENDUDUK.JENIS_KELAMIN;
        Map<String, long[]> angka = new LinkedHashMap<>();
        dsl.select(JENIS_PMKS.KELOMPOK_SPM,
                        DSL.countDistinct(PENDUDUK.ID).filterWhere(jk.eq("L")), DSL.countDistinct(PENDUDUK.ID).filterWhere(jk.eq("P")),
                        DSL.countDistinct(PENDUDUK.ID).filterWhere(jk.eq("L").and(dibantu(d.opsi().tahun()))),
                        DSL.countDistinct(PENDUDUK.ID).filterWhere(jk.eq("P").and(dibantu(d.opsi().tahun()))))
                .from(PMKS).join(PENDUDUK).on(PENDUDUK.ID.eq(PMKS.PENDUDUK_ID)).join(JENIS_PMKS).on(JENIS_PMKS.KODE.eq(PMKS.JENIS_KODE))
                .where(dihitung(d.opsi())).and(JENIS_PMKS.KELOMPOK_SPM.isNotNull())
                .groupBy(JENIS_PMKS.KELOMPOK_SPM)
                .forEach(r -> angka.put(r.value1(), new long[] {r.value2(), r.value3(), r.value4(), r.value5()}));
        List<Object[]> isi = new ArrayList<>();
        long no = 0;
        for (Map.Entry<String, String> k : KELOMPOK_SPM.entrySet()) {
            long[] a = angka.getOrDefault(k.getKey(), new long[4]);
            String jenis = d.jenis().stream().filter(j -> k.getKey().equals(j.kelompokSpm())).map(j -> j.nomor() + ". " + j.singkatan())
                    .collect(Collectors.joining(", "));
            isi.add(new Object[] {++no, k.getValue(), jenis, a[0], a[1], a[0] + a[1], a[2], a[3], a[2] + a[3], a[0] + a[1] - a[2] - a[3]});
        }
        return s.isi(isi)
                .catatan("Catatan: setiap orang dihitung satu kali per kelompok; \"menerima bantuan\" = tercatat menerima bantuan apa pun "
                        + "(PKH, BPNT, BLT, permakanan, ASPD, bantuan daerah, lainnya) bertanggal dalam tahun " + d.opsi().tahun() + ".");
    }

    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /**
     * BNBA (by name by address): one sheet per type, or one sheet for the type filter. NIK and No. KK
     * as text. Rows are streamed from the database when the file is written. Sensitive types are left
     * out when asked (their counts stay in the recaps).
     */
    static List<Lembar> bnba(DSLContext dsl, Data d) {
        RekapService.Opsi o = d.opsi();
        Map<String, Integer> perJenis = new LinkedHashMap<>();
        dsl.select(PMKS.JENIS_KODE, DSL.count()).from(PMKS).join(PENDUDUK).on(PENDUDUK.ID.eq(PMKS.PENDUDUK_ID))
                .where(dihitung(o)).groupBy(PMKS.JENIS_KODE)
                .forEach(r -> perJenis.put(r.value1(), r.value2()));
        List<JenisPmks> jenis = d.jenis().stream()
                .filter(j -> o.jenisKode() == null || j.kode().equals(o.jenisKode()))
                .filter(j -> !(o.sembunyikanSensitif() && j.sensitif())).toList();
        String disembunyikan = d.jenis().stream().filter(j -> o.sembunyikanSensitif() && j.sensitif())
                .filter(j -> o.jenisKode() == null || j.kode().equals(o.jenisKode()))
                .map(JenisPmks::nama).collect(Collectors.joining(", "));
        List<Lembar> out = new ArrayList<>();
        if (o.lembarPerJenis()) {
            for (JenisPmks j : jenis) {
                if (perJenis.getOrDefault(j.kode(), 0) > 0 || o.jenisKode() != null) {
                    out.add(lembarBnba(dsl, d, List.of(j), "PMKS-" + nomor(j) + " " + j.singkatan(),
                            "DAFTAR NAMA DAN ALAMAT (BNBA) " + j.nama().toUpperCase(Locale.ROOT), perJenis.getOrDefault(j.kode(), 0)));
                }
            }
        }
        if (out.isEmpty()) {
            String judul = o.jenisKode() != null && jenis.size() == 1 ? "DAFTAR NAMA DAN ALAMAT (BNBA) " + jenis.getFirst().nama()
                    .toUpperCase(Locale.ROOT) : "DAFTAR NAMA DAN ALAMAT (BNBA) PMKS/PPKS";
            out.add(lembarBnba(dsl, d, jenis, "BNBA PMKS", judul, jenis.stream().mapToLong(j -> perJenis.getOrDefault(j.kode(), 0)).sum()));
        }
        if (!disembunyikan.isEmpty()) {
            for (Lembar l : out) {
                l.catatan("Jenis sensitif tidak dicantumkan namanya (jumlahnya tetap pada rekap): " + disembunyikan + ".");
            }
        }
        return out;
    }

    private static Lembar lembarBnba(DSLContext dsl, Data d, List<JenisPmks> jenis, String nama, String judul, long perkiraan) {
        Lembar s = new Lembar(nama).judul(judul, judulTahun(d.profil(), d.opsi()))
                .kolom("no", "No", 7, Rata.TENGAH, false)
                .kolom("nik", "NIK", 19, Rata.KIRI, false)
                .kolom("no_kk", "No. KK", 19, Rata.KIRI, false)
                .kolom("nama", "Nama", 28, Rata.KIRI, false)
                .kolom("ttl", "Tempat, Tgl Lahir", 24, Rata.KIRI, false)
                .kolom("jk", "L/P", 5, Rata.TENGAH, false)
                .kolom("alamat", "Alamat", 28, Rata.KIRI, false)
                .kolom("rt", "RT", 5, Rata.TENGAH, false)
                .kolom("rw", "RW", 5, Rata.TENGAH, false)
                .kolom("desa", "Desa/Kelurahan", 18, Rata.KIRI, false)
                .kolom("jenis", "Jenis PMKS/PPKS", 24, Rata.KIRI, false)
                .kolom("status", "Status", 14, Rata.TENGAH, false)
                .kolom("bantuan", "Bantuan " + d.opsi().tahun(), 18, Rata.KIRI, false)
                .hitungBaris("jiwa")
                .perkiraanBaris(perkiraan);
        Map<String, String> namaJenis = d.jenis().stream().collect(Collectors.toMap(JenisPmks::kode, JenisPmks::nama));
        Map<String, String> status = new LinkedHashMap<>();
        for (StatusPmks st : StatusPmks.values()) {
            status.put(st.kode(), Messages.getId(st.labelKey()));
        }
        Map<String, String> program = new LinkedHashMap<>();
        for (ProgramBantuan p : ProgramBantuan.values()) {
            program.put(p.kode(), Messages.getId(p.labelKey()));
        }
        int tahun = d.opsi().tahun();
        var bantuan = DSL.select(BANTUAN.PENDUDUK_ID, DSL.listAggDistinct(BANTUAN.PROGRAM, ",").withinGroupOrderBy(BANTUAN.PROGRAM).as("program"))
                .from(BANTUAN).where(BANTUAN.TANGGAL.between(LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31)))
                .groupBy(BANTUAN.PENDUDUK_ID).asTable("b");
        List<String> kode = jenis.stream().map(JenisPmks::kode).toList();
        return s.isi((batas, tiap) -> {
            try (Cursor<? extends Record> c = dsl.select(PENDUDUK.NIK, PENDUDUK.NO_KK, PENDUDUK.NAMA, PENDUDUK.TEMPAT_LAHIR, PENDUDUK.TANGGAL_LAHIR,
                            PENDUDUK.JENIS_KELAMIN, PENDUDUK.ALAMAT, PENDUDUK.RT, PENDUDUK.RW, DESA.NAMA, PMKS.JENIS_KODE, PMKS.STATUS,
                            bantuan.field("program", String.class))
                    .from(PMKS).join(PENDUDUK).on(PENDUDUK.ID.eq(PMKS.PENDUDUK_ID)).join(DESA).on(DESA.KODE.eq(PENDUDUK.DESA_KODE))
                    .leftJoin(bantuan).on(bantuan.field(BANTUAN.PENDUDUK_ID).eq(PENDUDUK.ID))
                    .where(dihitung(d.opsi())).and(PMKS.JENIS_KODE.in(kode))
                    .orderBy(PENDUDUK.DESA_KODE, PMKS.JENIS_KODE, PENDUDUK.NAMA_NORMAL, PMKS.ID)
                    .limit(batas).fetchSize(2000).fetchLazy()) {
                long no = 0;
                for (Record r : c) {
                    LocalDate lahir = r.get(PENDUDUK.TANGGAL_LAHIR);
                    String tempat = r.get(PENDUDUK.TEMPAT_LAHIR);
                    String ttl = (tempat == null ? "" : tempat) + (lahir == null ? "" : (tempat == null ? "" : ", ") + TGL.format(lahir));
                    String prog = r.get("program", String.class);
                    String bantuanTeks = prog == null ? "" : java.util.Arrays.stream(prog.split(",")).map(p -> program.getOrDefault(p, p))
                            .collect(Collectors.joining(", "));
                    tiap.accept(new Object[] {++no, teks(r.get(PENDUDUK.NIK)), teks(r.get(PENDUDUK.NO_KK)), r.get(PENDUDUK.NAMA), ttl,
                        r.get(PENDUDUK.JENIS_KELAMIN), teks(r.get(PENDUDUK.ALAMAT)), teks(r.get(PENDUDUK.RT)), teks(r.get(PENDUDUK.RW)),
                        r.get(DESA.NAMA), namaJenis.get(r.get(PMKS.JENIS_KODE)), status.get(r.get(PMKS.STATUS)), bantuanTeks});
                }
            }
        });
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
