package id.kesos.core.rekap;

import static id.kesos.core.db.jooq.Tables.KELOMPOK;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;

import id.kesos.core.pmks.StatusPmks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The counts behind the PMKS recaps, per desa and type: men, women, people of groups (KAT, Kelompok
 * Minoritas, whose sex is not recorded), families. An entry counts when it is in the register (not
 * deleted), of the year, and of a counted status.
 */
public final class AngkaPmks {
    /**
     * One cell group: L, P, people of groups, families (distinct No. KK, each counted in one desa only; a group's
     * families).
     */
    public record Sel(long l, long p, long jiwaKelompok, long kk) {
        public static final Sel NOL = new Sel(0, 0, 0, 0);

        public long jumlah() {
            return l + p + jiwaKelompok;
        }

        Sel tambah(Sel o) {
            return new Sel(l + o.l, p + o.p, jiwaKelompok + o.jiwaKelompok, kk + o.kk);
        }
    }

    private final Map<String, Map<String, Sel>> perDesa = new HashMap<>();

    private AngkaPmks() {
    }

    /** Reads the counts of {@code tahun} for entries whose status is one of {@code status}. */
    public static AngkaPmks baca(DSLContext dsl, int tahun, List<StatusPmks> status) {
        AngkaPmks a = new AngkaPmks();
        List<String> kode = status.stream().map(StatusPmks::kode).toList();
        var jk = PENDUDUK.JENIS_KELAMIN;
        dsl.select(PENDUDUK.DESA_KODE, PMKS.JENIS_KODE, DSL.count().filterWhere(jk.eq("L")), DSL.count().filterWhere(jk.eq("P")))
                .from(PMKS).join(PENDUDUK).on(PENDUDUK.ID.eq(PMKS.PENDUDUK_ID))
                .where(PMKS.HAPUS_TOKEN.eq(0L)).and(PMKS.TAHUN.eq((short) tahun)).and(PMKS.STATUS.in(kode))
                .groupBy(PENDUDUK.DESA_KODE, PMKS.JENIS_KODE)
                .forEach(r -> a.tambah(r.value1(), r.value2(), new Sel(r.value3(), r.value4(), 0, 0)));
        // families: each No. KK once per type in the kecamatan, in the desa where most of its counted members live
        // (on a tie the first desa in code order), so the desa rows add up to the kecamatan's number of families
        Map<String, String> desaKk = new HashMap<>();
        Map<String, Integer> anggota = new HashMap<>();
        dsl.select(PMKS.JENIS_KODE, PMKS.KK_KELUARGA, PENDUDUK.DESA_KODE, DSL.count())
                .from(PMKS).join(PENDUDUK).on(PENDUDUK.ID.eq(PMKS.PENDUDUK_ID))
                .where(PMKS.HAPUS_TOKEN.eq(0L)).and(PMKS.TAHUN.eq((short) tahun)).and(PMKS.STATUS.in(kode)).and(PMKS.KK_KELUARGA.isNotNull())
                .groupBy(PMKS.JENIS_KODE, PMKS.KK_KELUARGA, PENDUDUK.DESA_KODE)
                .forEach(r -> {
                    String k = r.value1() + "|" + r.value2();
                    String ada = desaKk.get(k);
                    int n = r.value4();
                    if (ada == null || n > anggota.get(k) || n == anggota.get(k) && r.value3().compareTo(ada) < 0) {
                        desaKk.put(k, r.value3());
                        anggota.put(k, n);
                    }
                });
        desaKk.forEach((k, desa) -> a.tambah(desa, k.substring(0, k.indexOf('|')), new Sel(0, 0, 0, 1)));
        dsl.select(KELOMPOK.DESA_KODE, PMKS.JENIS_KODE, DSL.sum(KELOMPOK.JUMLAH_JIWA), DSL.sum(KELOMPOK.JUMLAH_KK))
                .from(PMKS).join(KELOMPOK).on(KELOMPOK.ID.eq(PMKS.KELOMPOK_ID))
                .where(PMKS.HAPUS_TOKEN.eq(0L)).and(PMKS.TAHUN.eq((short) tahun)).and(PMKS.STATUS.in(kode))
                .groupBy(KELOMPOK.DESA_KODE, PMKS.JENIS_KODE)
                .forEach(r -> a.tambah(r.value1(), r.value2(), new Sel(0, 0, r.value3().longValue(), r.value4().longValue())));
        return a;
    }

    private void tambah(String desa, String jenis, Sel s) {
        perDesa.computeIfAbsent(desa, k -> new HashMap<>()).merge(jenis, s, Sel::tambah);
    }

    public Sel sel(String desa, String jenis) {
        return perDesa.getOrDefault(desa, Map.of()).getOrDefault(jenis, Sel.NOL);
    }

    /** The type's total over the kecamatan. */
    public Sel jenis(String jenis) {
        Sel s = Sel.NOL;
        for (Map<String, Sel> m : perDesa.values()) {
            s = s.tambah(m.getOrDefault(jenis, Sel.NOL));
        }
        return s;
    }

    /** Every non-empty cell: desa code, type code, counts (a package carries them to the Dinas). */
    public void tiap(TiapSel tiap) {
        perDesa.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(d -> d.getValue().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).forEach(j -> tiap.sel(d.getKey(), j.getKey(), j.getValue())));
    }

    /** Receives one cell of {@link #tiap}. */
    @FunctionalInterface
    public interface TiapSel {
        void sel(String desa, String jenis, Sel sel);
    }

    public boolean adaKelompok() {
        return perDesa.values().stream().flatMap(m -> m.values().stream()).anyMatch(s -> s.jiwaKelompok() > 0);
    }
}
