package id.kesos.core.rekap;

import id.kesos.core.i18n.Messages;
import static id.kesos.core.db.jooq.Tables.BANTUAN;
import static id.kesos.core.db.jooq.Tables.JENIS_PMKS;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;

import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.rekap.AngkaPmks.Sel;
import id.kesos.core.rekap.Lembar.Rata;
import id.kesos.core.wilayah.Wilayah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The PMKS recaps as sheets: per desa, per type, and the SPM groups (the name list is {@link BnbaPmks}). */
final class RekapPmks {
    private RekapPmks() {
    }

    /** What the PMKS recaps read: the office, the types, the counts, the options. */
    record Data(ProfilKantor profil, List<JenisPmks> jenis, AngkaPmks angka, RekapService.Opsi opsi) {
    }

    static String judulTahun(ProfilKantor p, RekapService.Opsi o) {
        return Laporan.judulTahun(p, o.tahun(), o.termasukUsulan());
    }

    static String nomor(JenisPmks j) {
        return String.format("%02d", j.nomor());
    }

    /**
     * Rows: every desa/kelurahan in Kemendagri code order (zero rows included); for each type L | P |
     * Jml (and KK for types counted in families); then Jumlah L | Jumlah P | Total; a JUMLAH row.
     */
    static Lembar perDesa(Data d) {
        Lembar s = new Lembar(Messages.dok("dok.rekapDesa.lembar"))
                .judul(Messages.dok("dok.rekapDesa.judul"), judulTahun(d.profil(), d.opsi()))
                .nomorDanNama(Messages.dok("dok.kolom.desa"), 22);
        s.grupJenisPmks(d.jenis());
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
        if (d.jenis().stream().anyMatch(JenisPmks::perKk)) {
            s.catatan(Messages.dok("dok.rekap.catatanKk"));
        }
        if (d.angka().adaKelompok()) {
            s.catatan(Messages.dok("dok.rekapDesa.catatanKelompok"));
        }
        return s;
    }

    /**
     * Rows: the 26 types in official order: No | Jenis PMKS | L | P | Jumlah | KK, and with
     * {@code rincianDesa} one column per desa; a JUMLAH row.
     */
    static Lembar perJenis(Data d) {
        boolean rinci = d.opsi().rincianDesa();
        Lembar s = new Lembar(Messages.dok("dok.rekapJenis.lembar"))
                .judul(Messages.dok("dok.rekapJenis.judul"), judulTahun(d.profil(), d.opsi()))
                .nomorDanNama(Messages.dok("dok.kolom.jenisPmks"), rinci ? 40 : 58)
                .grup(Messages.dok("dok.rekapJenis.jumlahJiwa"), List.of("l", "p", "jumlah"), List.of(Messages.dok("dok.kolom.l"), Messages.dok("dok.kolom.p"),
                        Messages.dok("dok.kolom.jumlah")), rinci ? 7 : 11, false)
                .kolom("kk", Messages.dok("dok.kolom.kk"), rinci ? 7 : 11, Rata.KANAN, true);
        List<Wilayah> desa = d.profil().desa();
        if (rinci) {
            s.grup(Messages.dok("dok.rekapJenis.jiwaPerDesa"), desa.stream().map(w -> "desa_" + w.kode().replace(".", "")).toList(),
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
        if (d.jenis().stream().anyMatch(JenisPmks::perKk)) {
            s.catatan(Messages.dok("dok.rekap.catatanKk"));
        }
        return s.isi(isi);
    }

    /** The SPM groups in the order of PP 2/2018 art. 10, with their labels. */
    static final Map<String, String> KELOMPOK_SPM = new LinkedHashMap<>();

    static {
        KELOMPOK_SPM.put("anak_telantar", Messages.dok("dok.spm.anakTelantar"));
        KELOMPOK_SPM.put("lansia_telantar", Messages.dok("dok.spm.lansiaTelantar"));
        KELOMPOK_SPM.put("disabilitas_telantar", Messages.dok("dok.spm.disabilitasTelantar"));
        KELOMPOK_SPM.put("tuna_sosial", Messages.dok("dok.spm.tunaSosial"));
        KELOMPOK_SPM.put("korban_bencana", Messages.dok("dok.spm.korbanBencana"));
    }

    /** The statuses an entry counts with under the options: verified, and proposed too when asked. */
    static List<StatusPmks> status(RekapService.Opsi o) {
        return o.termasukUsulan() ? List.of(StatusPmks.TERVERIFIKASI, StatusPmks.USULAN) : List.of(StatusPmks.TERVERIFIKASI);
    }

    static Condition dihitung(RekapService.Opsi o) {
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
        Lembar s = new Lembar(Messages.dok("dok.spm.lembar"))
                .judul(Messages.dok("dok.spm.judul"),
                        judulTahun(d.profil(), d.opsi()))
                .nomorDanNama(Messages.dok("dok.spm.kelompok"), 34)
                .kolom("jenis", Messages.dok("dok.kolom.jenisPmks"), 26, Rata.KIRI, false)
                .grup(Messages.dok("dok.spm.jumlahJiwa"), List.of("l", "p", "jumlah"), List.of(Messages.dok("dok.kolom.l"), Messages.dok("dok.kolom.p"), Messages.dok("dok.kolom.jumlah")),
                        8, false)
                .grup(Messages.dok("dok.spm.menerima", String.valueOf(d.opsi().tahun())), List.of("dibantu_l", "dibantu_p", "dibantu"),
                        List.of(Messages.dok("dok.kolom.l"), Messages.dok("dok.kolom.p"), Messages.dok("dok.kolom.jumlah")), 8, false)
                .kolom("belum", Messages.dok("dok.spm.belum"), 11, Rata.KANAN, true)
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
                .catatan(Messages.dok("dok.spm.catatan", String.valueOf(d.opsi().tahun())));
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
