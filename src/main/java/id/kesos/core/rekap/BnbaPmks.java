package id.kesos.core.rekap;

import static id.kesos.core.db.jooq.Tables.BANTUAN;
import static id.kesos.core.db.jooq.Tables.KELOMPOK;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;

import id.kesos.core.i18n.Messages;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.ProgramBantuan;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.rekap.Lembar.Rata;
import id.kesos.core.wilayah.Wilayah;
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
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * BNBA PMKS (by name by address): one sheet per type, or one sheet (all types, or the type filter).
 * NIK and No. KK are text. The rows are read while the file is written, in one pass over the register,
 * packed one string each and sorted here (H2 would hold them as tens of objects per row, or sort on
 * disk), so a quarter of a million rows take seconds and fit a small heap; the sheets of a per-type
 * file share that read. Sensitive types are left out when asked
 * (their counts stay in the recaps).
 */
final class BnbaPmks {
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final DSLContext dsl;
    private final RekapPmks.Data d;
    private final Map<String, String> namaJenis;
    private final Map<String, String> status = new HashMap<>();
    private final Map<String, String> namaDesa;
    /** What a per-type file's sheets share while it is written: the sorted entries and the year's aid. */
    private record Bacaan(List<Entri> entri, Map<Long, String> bantuan) {
    }

    private Bacaan terbaca;

    private BnbaPmks(DSLContext dsl, RekapPmks.Data d) {
        this.dsl = dsl;
        this.d = d;
        this.namaJenis = d.jenis().stream().collect(Collectors.toMap(JenisPmks::kode, JenisPmks::nama));
        for (StatusPmks st : StatusPmks.values()) {
            status.put(st.kode(), Messages.getId(st.labelKey()));
        }
        this.namaDesa = d.profil().desa().stream().collect(Collectors.toMap(Wilayah::kode, Wilayah::nama));
    }

    /** The register without its search index: one sequential pass instead of a lookup per row. */
    private static Table<?> pmksSekaligus() {
        return DSL.table("{0} USE INDEX ()", PMKS);
    }

    static List<Lembar> susun(DSLContext dsl, RekapPmks.Data d) {
        RekapService.Opsi o = d.opsi();
        BnbaPmks b = new BnbaPmks(dsl, d);
        Map<String, Integer> perJenis = new LinkedHashMap<>();
        // people's entries (groups are counted in the recaps, not listed by name): all entries, read from the
        // search index alone (a fraction of a second), less the groups' few
        dsl.select(PMKS.JENIS_KODE, DSL.count()).from(PMKS).where(RekapPmks.dihitung(o)).groupBy(PMKS.JENIS_KODE)
                .forEach(r -> perJenis.put(r.value1(), r.value2()));
        List<Long> kelompok = dsl.select(KELOMPOK.ID).from(KELOMPOK).fetch(KELOMPOK.ID);
        if (!kelompok.isEmpty()) {
            // looked up by group (the groups are few; a join would visit every entry)
            dsl.select(PMKS.JENIS_KODE, DSL.count()).from(PMKS).where(PMKS.KELOMPOK_ID.in(kelompok)).and(RekapPmks.dihitung(o))
                    .groupBy(PMKS.JENIS_KODE)
                    .forEach(r -> perJenis.merge(r.value1(), -r.value2(), Integer::sum));
        }
        List<JenisPmks> jenis = d.jenis().stream()
                .filter(j -> o.jenisKode() == null || j.kode().equals(o.jenisKode()))
                .filter(j -> !(o.sembunyikanSensitif() && j.sensitif())).toList();
        String disembunyikan = d.jenis().stream().filter(j -> o.sembunyikanSensitif() && j.sensitif())
                .filter(j -> o.jenisKode() == null || j.kode().equals(o.jenisKode()))
                .map(JenisPmks::nama).collect(Collectors.joining(", "));
        List<Lembar> out = new ArrayList<>();
        if (o.lembarPerJenis() && o.jenisKode() == null) {
            List<JenisPmks> ada = jenis.stream().filter(j -> perJenis.getOrDefault(j.kode(), 0) > 0).toList();
            List<String> kodeSemua = ada.stream().map(JenisPmks::kode).toList();
            for (JenisPmks j : ada) {
                out.add(b.lembar(Messages.dok("dok.bnba.lembarJenis", RekapPmks.nomor(j), j.singkatan()),
                        Messages.dok("dok.bnba.judulJenis", j.nama().toUpperCase(Locale.ROOT)), perJenis.get(j.kode()), false)
                        .isi((batas, tiap) -> b.bacaJenis(j.kode(), kodeSemua, batas, tiap)));
            }
        }
        if (out.isEmpty()) {
            String judul = o.jenisKode() != null && jenis.size() == 1 ? Messages.dok("dok.bnba.judulJenis", jenis.getFirst().nama()
                    .toUpperCase(Locale.ROOT)) : Messages.dok("dok.bnba.judul");
            List<String> kode = jenis.stream().map(JenisPmks::kode).toList();
            // one sheet of several types lists a person once per type: it says how many people that is as well
            long orang = kode.isEmpty() ? 0 : dsl.select(DSL.countDistinct(PMKS.PENDUDUK_ID)).from(PMKS).where(RekapPmks.dihitung(o))
                    .and(PMKS.PENDUDUK_ID.isNotNull()).and(PMKS.JENIS_KODE.in(kode)).fetchOne(0, Long.class);
            out.add(b.lembar(Messages.dok("dok.bnba.lembar"), judul, jenis.stream().mapToLong(j -> perJenis.getOrDefault(j.kode(), 0)).sum(),
                    kode.size() != 1)
                    .jumlahOrang(orang)
                    .isi((batas, tiap) -> b.bacaSemua(kode, batas, tiap)));
        }
        if (!disembunyikan.isEmpty()) {
            for (Lembar l : out) {
                l.catatan(Messages.dok("dok.bnba.sensitif", disembunyikan));
            }
        }
        if (o.samarkan()) {
            for (Lembar l : out) {
                l.catatan(Messages.dok("dok.samaran"));
            }
        }
        return out;
    }

    /**
     * The list's columns, 165 characters in all: on A4 landscape the PDF's text is 7.5 pt and the workbook prints at
     * 80 %; names, places and addresses wrap in their cells rather than widen the table.
     */
    private Lembar lembar(String nama, String judul, long perkiraan, boolean denganJenis) {
        Lembar l = new Lembar(nama).judul(judul, RekapPmks.judulTahun(d.profil(), d.opsi()))
                .kolom("no", Messages.dok("dok.kolom.no"), 6, Rata.TENGAH, false)
                .kolom("nik", Messages.dok("dok.kolom.nik"), 17, Rata.KIRI, false)
                .kolom("no_kk", Messages.dok("dok.kolom.noKk"), 17, Rata.KIRI, false)
                .kolom("nama", Messages.dok("dok.kolom.nama"), 20, Rata.KIRI, false)
                .kolom("ttl", Messages.dok("dok.kolom.ttl"), 18, Rata.KIRI, false)
                .kolom("jk", Messages.dok("dok.kolom.lp"), 4, Rata.TENGAH, false)
                .kolom("alamat", Messages.dok("dok.kolom.alamat"), 20, Rata.KIRI, false)
                .kolom("rt", Messages.dok("dok.kolom.rt"), 4, Rata.TENGAH, false)
                .kolom("rw", Messages.dok("dok.kolom.rw"), 4, Rata.TENGAH, false)
                .kolom("desa", Messages.dok("dok.kolom.desa"), 13, Rata.KIRI, false);
        if (denganJenis) {
            // a sheet of one type has it in its title, not on every row (an import reads it from there)
            l.kolom("jenis", Messages.dok("dok.kolom.jenisPmks"), 18, Rata.KIRI, false);
        }
        return l
                .kolom("status", Messages.dok("dok.kolom.status"), 11, Rata.TENGAH, false)
                .kolom("bantuan", Messages.dok("dok.bnba.kolomBantuan", String.valueOf(d.opsi().tahun())), 13, Rata.KIRI, false)
                .hitungBaris(Messages.dok("dok.satuan.jiwa"))
                .perkiraanBaris(perkiraan);
    }

    /** One listed entry: its sort key and its cells packed in one string (a quarter of a million rows fit in tens of MB). */
    private record Entri(String kunci, String isi) {
    }

    private static final char PISAH = '\u0001';

    /** A NIK or No. KK as the list shows it: masked when the options say so. */
    private String nomor(String n) {
        return d.opsi().samarkan() ? id.kesos.core.validasi.Samaran.nomor(n) : n;
    }
    private static final java.util.Comparator<Entri> URUT = java.util.Comparator.comparing(Entri::kunci);

    /**
     * Every entry of {@code kode}, read in one pass over the register (no index lookup per row) and
     * sorted here: by type, desa, name when {@code jenisDulu}, else by desa, type, name.
     */
    private List<Entri> baca(List<String> kode, boolean jenisDulu) {
        List<Entri> out = new ArrayList<>();
        // the No. KK the entry is counted under: the person's, or, for a person without one, the family type's own
        var q = dsl.select(PENDUDUK.ID, PENDUDUK.NIK, DSL.coalesce(PENDUDUK.NO_KK, PMKS.KK_KELUARGA), PENDUDUK.NAMA, PENDUDUK.TEMPAT_LAHIR, PENDUDUK.TANGGAL_LAHIR,
                        PENDUDUK.JENIS_KELAMIN, PENDUDUK.ALAMAT, PENDUDUK.RT, PENDUDUK.RW, PENDUDUK.DESA_KODE, PMKS.JENIS_KODE, PMKS.STATUS,
                        PENDUDUK.NAMA_NORMAL, PMKS.ID)
                .from(pmksSekaligus()).join(PENDUDUK).on(PENDUDUK.ID.eq(PMKS.PENDUDUK_ID))
                .where(RekapPmks.dihitung(d.opsi())).and(kode.size() == 1 ? PMKS.JENIS_KODE.eq(kode.getFirst()) : PMKS.JENIS_KODE.in(kode));
        // plain JDBC rows: a quarter of a million jOOQ records would cost seconds
        try (ResultSet r = q.fetchSize(2000).fetchResultSet()) {
            StringBuilder k = new StringBuilder();
            StringBuilder v = new StringBuilder();
            while (r.next()) {
                String desa = r.getString(11);
                String jenis = r.getString(12);
                k.setLength(0);
                if (jenisDulu) {
                    k.append(jenis).append(PISAH).append(desa);
                } else {
                    k.append(desa).append(PISAH).append(jenis);
                }
                String id = Long.toString(r.getLong(15));
                k.append(PISAH).append(r.getString(14)).append(PISAH).append("0".repeat(19 - id.length())).append(id);
                v.setLength(0);
                java.sql.Date lahir = r.getDate(6);
                String tempat = r.getString(5);
                v.append(r.getLong(1)).append(PISAH).append(teks(nomor(r.getString(2)))).append(PISAH).append(teks(nomor(r.getString(3))))
                        .append(PISAH)
                        .append(r.getString(4)).append(PISAH)
                        .append(tempat == null ? "" : tempat).append(lahir == null ? "" : (tempat == null ? "" : ", ") + TGL.format(lahir.toLocalDate()))
                        .append(PISAH).append(r.getString(7)).append(PISAH).append(teks(r.getString(8))).append(PISAH)
                        .append(teks(r.getString(9))).append(PISAH).append(teks(r.getString(10))).append(PISAH).append(desa).append(PISAH)
                        .append(jenis).append(PISAH).append(r.getString(13));
                out.add(new Entri(k.toString(), v.toString()));
            }
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
        out.sort(URUT);
        return out;
    }

    /** One sheet for several types (or one); a preview asks for the first rows only. */
    private void bacaSemua(List<String> kode, int batas, Consumer<Object[]> tiap) {
        Map<Long, String> b = bantuan();
        long no = 0;
        for (Entri e : baca(kode, false)) {
            if (no == batas) {
                break;
            }
            tiap.accept(baris(e, ++no, b, kode.size() != 1));
        }
    }

    /**
     * The sheet of one type in a per-type file. Written in full, the sheets share one sorted read,
     * each taking its rows in turn, released after the last; a preview reads its type alone.
     */
    private void bacaJenis(String kode, List<String> kodeSemua, int batas, Consumer<Object[]> tiap) {
        if (batas != Integer.MAX_VALUE) {
            bacaSemua(List.of(kode), batas, tiap);
            return;
        }
        try {
            if (terbaca == null) {
                terbaca = new Bacaan(baca(kodeSemua, true), bantuan());
            }
            List<Entri> entri = terbaca.entri();
            String awal = kode + PISAH;
            int i = java.util.Collections.binarySearch(entri, new Entri(awal, ""), URUT);
            i = i < 0 ? -i - 1 : i;
            long no = 0;
            for (; i < entri.size() && entri.get(i).kunci().startsWith(awal); i++) {
                tiap.accept(baris(entri.get(i), ++no, terbaca.bantuan(), false));
            }
            if (kode.equals(kodeSemua.getLast())) {
                lepas();
            }
        } catch (RuntimeException e) {
            lepas(); // a cancelled or failed file keeps nothing in memory
            throw e;
        }
    }

    private void lepas() {
        terbaca = null;
    }

    private Object[] baris(Entri e, long no, Map<Long, String> b, boolean denganJenis) {
        String[] f = e.isi().split(String.valueOf(PISAH), -1);
        String desa = namaDesa.getOrDefault(f[9], f[9]);
        String bantu = b.getOrDefault(Long.parseLong(f[0]), "");
        return denganJenis ? new Object[] {no, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], desa, namaJenis.get(f[10]), status.get(f[11]), bantu}
                : new Object[] {no, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], desa, status.get(f[11]), bantu};
    }

    /** The aid programmes each person received in the year ("BPNT, PKH"). */
    private Map<Long, String> bantuan() {
        Map<String, String> program = new HashMap<>();
        for (ProgramBantuan p : ProgramBantuan.values()) {
            program.put(p.kode(), Messages.getId(p.labelKey()));
        }
        int tahun = d.opsi().tahun();
        Map<Long, TreeSet<String>> per = new HashMap<>();
        dsl.selectDistinct(BANTUAN.PENDUDUK_ID, BANTUAN.PROGRAM).from(BANTUAN)
                .where(BANTUAN.TANGGAL.between(LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31)))
                .forEach(r -> per.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(program.getOrDefault(r.value2(), r.value2())));
        Map<Long, String> out = new HashMap<>();
        per.forEach((k, v) -> out.put(k, String.join(", ", v)));
        return out;
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
