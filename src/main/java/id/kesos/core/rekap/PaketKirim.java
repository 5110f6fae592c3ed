package id.kesos.core.rekap;

import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;

import id.kesos.core.Kemajuan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.rekap.FormatPaket.Data;
import id.kesos.core.wilayah.Wilayah;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Writes the package a kecamatan sends to its Dinas Sosial: the recaps a person reads (per desa, per type, SPM, PSKS,
 * the BNBA on one sheet), then the sheet "Paket" and the hidden data sheets of {@link FormatPaket} the Dinas's program
 * reads back. The numbers of the data sheets are those of the recaps in the same file (read from the same sheets), so
 * the kabupaten recap adds up what each kecamatan printed.
 */
final class PaketKirim {
    private PaketKirim() {
    }

    /** What was written: the row counts of the data sheets and the number of people listed. */
    record Hasil(Map<String, Long> baris, long orang, String sha256) {
    }

    /**
     * Writes the package of {@code laporan} (the five recaps of the year, already built with the package's options) to
     * {@code out}.
     */
    static Hasil tulis(DSLContext dsl, ProfilKantor profil, List<JenisPmks> jenisPmks, List<JenisPsks> jenisPsks, RekapService.Opsi o,
            List<Laporan> laporan, String versiApp, String versiSkema, OffsetDateTime dibuat, OutputStream out, Kemajuan k) throws IOException {
        // the data rows, collected before the workbook is written: the hash goes on the "Paket" sheet
        Map<Data, List<List<String>>> data = new LinkedHashMap<>();
        List<List<String>> angka = new ArrayList<>();
        AngkaPmks.baca(dsl, o.tahun(), RekapPmks.status(o)).tiap((desa, jenis, s) -> angka.add(List.of(desa, jenis, str(s.l()), str(s.p()),
                str(s.jiwaKelompok()), str(s.kk()))));
        data.put(FormatPaket.ANGKA, angka);
        data.put(FormatPaket.SPM, spm(laporan));
        data.put(FormatPaket.PSKS, psks(profil, jenisPsks, laporan));
        long[] orang = {0};
        data.put(FormatPaket.ENTRI, entri(dsl, jenisPmks, o, orang));

        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(FormatPaket.K_FORMAT, FormatPaket.FORMAT);
        meta.put(FormatPaket.K_KECAMATAN, profil.kecamatan().kode());
        meta.put(FormatPaket.K_NAMA_KECAMATAN, profil.kecamatan().nama());
        meta.put(FormatPaket.K_KABUPATEN, profil.kabupaten().kode());
        meta.put(FormatPaket.K_TAHUN, String.valueOf(o.tahun()));
        meta.put(FormatPaket.K_STATUS, o.termasukUsulan() ? "semua" : "terverifikasi");
        meta.put(FormatPaket.K_APP, versiApp);
        meta.put(FormatPaket.K_SKEMA, versiSkema);
        meta.put(FormatPaket.K_DIBUAT, dibuat.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        meta.put(FormatPaket.K_ORANG, str(orang[0]));
        Map<String, Long> baris = new LinkedHashMap<>();
        for (Data d : FormatPaket.DATA) {
            meta.put(d.kunciBaris(), str(data.get(d).size()));
            baris.put(d.nama(), (long) data.get(d).size());
        }
        FormatPaket.Sidik sidik = new FormatPaket.Sidik();
        meta.forEach((kunci, nilai) -> sidik.baris(FormatPaket.LEMBAR_PAKET, List.of(kunci, nilai)));
        for (Data d : FormatPaket.DATA) {
            sidik.baris(d.nama(), d.kolom());
            data.get(d).forEach(r -> sidik.baris(d.nama(), r));
        }
        String sha = sidik.hex();
        meta.put(FormatPaket.K_SHA, sha);

        ExcelLaporan.tulis(laporan, out, k, wb -> {
            Sheet p = wb.createSheet(FormatPaket.LEMBAR_PAKET);
            p.setColumnWidth(0, 20 * 256);
            p.setColumnWidth(1, 70 * 256);
            int r = 0;
            teks(p.createRow(r++), List.of(Messages.dok("dok.paket.judul")));
            teks(p.createRow(r++), List.of(Messages.dok("dok.paket.petunjuk")));
            r++;
            for (Map.Entry<String, String> e : meta.entrySet()) {
                teks(p.createRow(r++), List.of(e.getKey(), e.getValue()));
            }
            p.protectSheet("");
            for (Data d : FormatPaket.DATA) {
                Sheet s = wb.createSheet(d.nama());
                int n = 0;
                teks(s.createRow(n++), d.kolom());
                for (List<String> b : data.get(d)) {
                    teks(s.createRow(n++), b);
                }
                s.protectSheet("");
                wb.setSheetHidden(wb.getSheetIndex(s), true);
            }
        });
        return new Hasil(baris, orang[0], sha);
    }

    /** The Paket sheet's key/value rows start on this row (1-based), after the title, the note and a blank row. */
    static final int BARIS_META = 4;

    private static void teks(Row row, List<String> sel) {
        for (int i = 0; i < sel.size(); i++) {
            row.createCell(i).setCellValue(sel.get(i) == null ? "" : sel.get(i));
        }
    }

    private static String str(long n) {
        return Long.toString(n);
    }

    private static Laporan dari(List<Laporan> laporan, String lembar) {
        return laporan.stream().filter(l -> l.lembar().getFirst().nama().equals(lembar)).findFirst().orElseThrow();
    }

    private static List<Object[]> barisLembar(Lembar l) {
        List<Object[]> out = new ArrayList<>();
        l.isi().baca(Integer.MAX_VALUE, out::add);
        return out;
    }

    /** The SPM sheet's groups, in the order of {@link RekapPmks#KELOMPOK_SPM}: L, P, aided L, aided P. */
    private static List<List<String>> spm(List<Laporan> laporan) {
        List<Object[]> rows = barisLembar(dari(laporan, Messages.dok("dok.spm.lembar")).lembar().getFirst());
        List<String> kelompok = new ArrayList<>(RekapPmks.KELOMPOK_SPM.keySet());
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            out.add(List.of(kelompok.get(i), r[3].toString(), r[4].toString(), r[6].toString(), r[7].toString()));
        }
        return out;
    }

    /** The PSKS sheet's counts: every desa in code order, then the kecamatan level, per type; zeros left out. */
    private static List<List<String>> psks(ProfilKantor profil, List<JenisPsks> jenis, List<Laporan> laporan) {
        List<Object[]> rows = barisLembar(dari(laporan, Messages.dok("dok.psks.lembar")).lembar().getFirst());
        List<String> desa = new ArrayList<>(profil.desa().stream().map(Wilayah::kode).toList());
        desa.add(FormatPaket.TINGKAT_KECAMATAN);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            // an office's own pillar types (pilar lain) are the Dinas's one column "Pilar lain"
            Map<String, Long> n = new LinkedHashMap<>();
            for (int j = 0; j < jenis.size(); j++) {
                n.merge(jenis.get(j).resmi() ? jenis.get(j).kode() : FormatPaket.PILAR_LAIN, ((Number) rows.get(i)[2 + j]).longValue(), Long::sum);
            }
            for (Map.Entry<String, Long> e : n.entrySet()) {
                if (e.getValue() > 0) {
                    out.add(List.of(desa.get(i), e.getKey(), str(e.getValue())));
                }
            }
        }
        return out;
    }

    /**
     * The by-name rows as the package's BNBA sheet lists them: people's entries (groups are counted, not listed), the
     * sensitive types left out when the options say so, in desa, type and name order.
     */
    private static List<List<String>> entri(DSLContext dsl, List<JenisPmks> jenis, RekapService.Opsi o, long[] orang) {
        List<String> kode = jenis.stream().filter(j -> !(o.sembunyikanSensitif() && j.sensitif())).map(JenisPmks::kode).toList();
        List<List<String>> out = new ArrayList<>();
        if (kode.isEmpty()) {
            return out;
        }
        var q = dsl.select(PENDUDUK.NIK, DSL.coalesce(PENDUDUK.NO_KK, PMKS.KK_KELUARGA), PENDUDUK.NAMA, PENDUDUK.TEMPAT_LAHIR,
                        PENDUDUK.TANGGAL_LAHIR, PENDUDUK.JENIS_KELAMIN, PENDUDUK.ALAMAT, PENDUDUK.RT, PENDUDUK.RW, PENDUDUK.DESA_KODE,
                        PMKS.JENIS_KODE, PMKS.STATUS, PENDUDUK.ID)
                .from(PMKS).join(PENDUDUK).on(PENDUDUK.ID.eq(PMKS.PENDUDUK_ID))
                .where(RekapPmks.dihitung(o)).and(PMKS.JENIS_KODE.in(kode))
                .orderBy(PENDUDUK.DESA_KODE, PMKS.JENIS_KODE, PENDUDUK.NAMA_NORMAL, PMKS.ID);
        java.util.Set<Long> id = new java.util.HashSet<>();
        try (ResultSet r = q.fetchSize(2000).fetchResultSet()) {
            while (r.next()) {
                java.sql.Date lahir = r.getDate(5);
                List<String> b = new ArrayList<>(12);
                for (int i = 1; i <= 12; i++) {
                    b.add(i == 5 ? (lahir == null ? "" : lahir.toLocalDate().toString()) : teks(r.getString(i)));
                }
                out.add(b);
                id.add(r.getLong(13));
            }
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
        orang[0] = id.size();
        return out;
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }

    /** The file's name: kecamatan code and name, year and the day it was made ("paket-36.04.34-bandung-2026-20261202.xlsx"). */
    static String namaBerkas(ProfilKantor p, int tahun, LocalDate hari) {
        String nama = p.kecamatan().nama().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "paket-" + p.kecamatan().kode() + "-" + nama + "-" + tahun + "-" + hari.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
    }
}
