package id.kesos.core.rekap;

import static id.kesos.core.db.jooq.Tables.RAPAT;
import static id.kesos.core.db.jooq.Tables.RAPAT_PESERTA;
import static id.kesos.core.db.jooq.Tables.RAPAT_TINDAK_LANJUT;

import id.kesos.core.cetak.TanggalIndonesia;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.rapat.JenisRapat;
import id.kesos.core.rapat.StatusTindakLanjut;
import id.kesos.core.rekap.Lembar.Rata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Rekap rapat dan tindak lanjut: the meetings of the year with their attendance, and their follow-ups with status. */
final class RekapRapat {
    private RekapRapat() {
    }

    private static String judulTahun(ProfilKantor p, int tahun) {
        return Laporan.judulTahun(p, tahun, false);
    }

    static List<Lembar> susun(DSLContext dsl, ProfilKantor p, int tahun, LocalDate hariIni) {
        LocalDate awal = LocalDate.of(tahun, 1, 1);
        LocalDate akhir = LocalDate.of(tahun, 12, 31);
        Lembar rapat = new Lembar(Messages.dok("dok.rapat.lembar"))
                .judul(Messages.dok("dok.rapat.judul"), judulTahun(p, tahun))
                .kolom("no", Messages.dok("dok.kolom.no"), 5, Rata.TENGAH, false)
                .kolom("tanggal", Messages.dok("dok.rapat.tanggal"), 18, Rata.KIRI, false)
                .kolom("jenis", Messages.dok("dok.rapat.jenis"), 20, Rata.KIRI, false)
                .kolom("judul", Messages.dok("dok.rapat.acara"), 40, Rata.KIRI, false)
                .kolom("tempat", Messages.dok("dok.rapat.tempat"), 22, Rata.KIRI, false)
                .kolom("status", Messages.dok("dok.rapat.statusNotula"), 10, Rata.TENGAH, false)
                .grup(Messages.dok("dok.rapat.kehadiran"), List.of("hadir", "izin", "tanpa_keterangan", "undangan"),
                        List.of(Messages.dok("dok.rapat.hadir"), Messages.dok("dok.rapat.izin"), Messages.dok("dok.rapat.tanpaKet"), Messages.dok("dok.kolom.jumlah")), 8, false)
                .grup(Messages.dok("dok.tl.uraian"), List.of("tl", "tl_selesai"), List.of(Messages.dok("dok.kolom.jumlah"), Messages.dok("dok.rapat.selesai")), 8, false);
        var peserta = RAPAT_PESERTA.KEHADIRAN;
        var tl = DSL.select(RAPAT_TINDAK_LANJUT.RAPAT_ID, DSL.count().as("n"),
                        DSL.count().filterWhere(RAPAT_TINDAK_LANJUT.STATUS.eq(StatusTindakLanjut.SELESAI.kode())).as("selesai"))
                .from(RAPAT_TINDAK_LANJUT).groupBy(RAPAT_TINDAK_LANJUT.RAPAT_ID).asTable("t");
        var hadir = DSL.select(RAPAT_PESERTA.RAPAT_ID, DSL.count().filterWhere(peserta.eq("hadir")).as("hadir"),
                        DSL.count().filterWhere(peserta.eq("izin")).as("izin"),
                        DSL.count().filterWhere(peserta.eq("tanpa_keterangan")).as("tk"), DSL.count().as("semua"))
                .from(RAPAT_PESERTA).groupBy(RAPAT_PESERTA.RAPAT_ID).asTable("h");
        List<Object[]> isi = new ArrayList<>();
        long[] no = {0};
        dsl.select(RAPAT.TANGGAL, RAPAT.JENIS, RAPAT.JUDUL, RAPAT.TEMPAT, RAPAT.STATUS,
                        hadir.field("hadir", Integer.class), hadir.field("izin", Integer.class), hadir.field("tk", Integer.class),
                        hadir.field("semua", Integer.class), tl.field("n", Integer.class), tl.field("selesai", Integer.class))
                .from(RAPAT).leftJoin(hadir).on(hadir.field(RAPAT_PESERTA.RAPAT_ID).eq(RAPAT.ID))
                .leftJoin(tl).on(tl.field(RAPAT_TINDAK_LANJUT.RAPAT_ID).eq(RAPAT.ID))
                .where(RAPAT.TANGGAL.between(awal, akhir))
                .orderBy(RAPAT.TANGGAL, RAPAT.ID)
                .forEach(r -> isi.add(new Object[] {++no[0], TanggalIndonesia.tanggal(r.value1()),
                    Messages.getId(JenisRapat.valueOf(r.value2().toUpperCase(Locale.ROOT)).labelKey()), teks(r.value3()), teks(r.value4()),
                    Messages.getId("final".equals(r.value5()) ? "rapat.status.final" : "rapat.status.draft"), n(r.value6()), n(r.value7()), n(r.value8()), n(r.value9()), n(r.value10()),
                    n(r.value11())}));
        rapat.isi(isi);

        Lembar tindak = new Lembar(Messages.dok("dok.tl.lembar"))
                .judul(Messages.dok("dok.tl.judul"), judulTahun(p, tahun))
                .kolom("no", Messages.dok("dok.kolom.no"), 5, Rata.TENGAH, false)
                .kolom("rapat", Messages.dok("dok.tl.rapat"), 30, Rata.KIRI, false)
                .kolom("uraian", Messages.dok("dok.tl.uraian"), 44, Rata.KIRI, false)
                .kolom("penanggung_jawab", Messages.dok("dok.tl.penanggungJawab"), 22, Rata.KIRI, false)
                .kolom("batas_waktu", Messages.dok("dok.tl.batasWaktu"), 18, Rata.KIRI, false)
                .kolom("status", Messages.dok("dok.kolom.status"), 12, Rata.TENGAH, false)
                .kolom("catatan", Messages.dok("dok.tl.keterangan"), 30, Rata.KIRI, false)
                .hitungBaris(Messages.dok("dok.satuan.tindakLanjut"));
        List<Object[]> isiTl = new ArrayList<>();
        Map<StatusTindakLanjut, Long> perStatus = new EnumMap<>(StatusTindakLanjut.class);
        long[] lewat = {0};
        no[0] = 0;
        dsl.select(RAPAT.TANGGAL, RAPAT.JUDUL, RAPAT_TINDAK_LANJUT.URAIAN, RAPAT_TINDAK_LANJUT.PENANGGUNG_JAWAB,
                        RAPAT_TINDAK_LANJUT.BATAS_WAKTU, RAPAT_TINDAK_LANJUT.STATUS, RAPAT_TINDAK_LANJUT.CATATAN)
                .from(RAPAT_TINDAK_LANJUT).join(RAPAT).on(RAPAT.ID.eq(RAPAT_TINDAK_LANJUT.RAPAT_ID))
                .where(RAPAT.TANGGAL.between(awal, akhir))
                .orderBy(RAPAT.TANGGAL, RAPAT.ID, RAPAT_TINDAK_LANJUT.URUTAN)
                .forEach(r -> {
                    StatusTindakLanjut st = StatusTindakLanjut.dariKode(r.value6());
                    perStatus.merge(st, 1L, Long::sum);
                    boolean terlambat = st != StatusTindakLanjut.SELESAI && r.value5() != null && r.value5().isBefore(hariIni);
                    if (terlambat) {
                        lewat[0]++;
                    }
                    isiTl.add(new Object[] {++no[0], teks(r.value2()) + " (" + TanggalIndonesia.tanggal(r.value1()) + ")", r.value3(),
                        teks(r.value4()), r.value5() == null ? "" : TanggalIndonesia.tanggal(r.value5()) + (terlambat ? Messages.dok("dok.tl.lewat") : ""),
                        Messages.getId(st.labelKey()), teks(r.value7())});
                });
        StringBuilder ringkas = new StringBuilder(Messages.dok("dok.tl.ringkasStatus"));
        for (StatusTindakLanjut st : StatusTindakLanjut.values()) {
            ringkas.append(Messages.getId(st.labelKey())).append(" ").append(perStatus.getOrDefault(st, 0L)).append("; ");
        }
        ringkas.append(Messages.dok("dok.tl.ringkasLewat", String.valueOf(lewat[0])));
        tindak.isi(isiTl).catatan(ringkas.toString());
        return List.of(rapat, tindak);
    }

    private static long n(Integer i) {
        return i == null ? 0 : i;
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
