package id.kesos.core.pmks;

import static id.kesos.core.db.jooq.Tables.BANTUAN;
import static id.kesos.core.db.jooq.Tables.JENIS_PMKS;
import static id.kesos.core.db.jooq.Tables.KELOMPOK;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;

import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * An in-memory index of the active register entries: what the list searches, filters and sorts
 * on, for a quarter of a million entries in milliseconds (H2 needs seconds for the same join).
 * Built by plain table scans; kept current by {@link #perbarui(long)} after every write of this
 * process; rebuilt by {@link #bangun} when the list is reloaded (edits of other windows).
 */
public final class IndeksPmks {
    /** What the list needs of one entry to search, filter and sort it. */
    record Item(long id, Long pendudukId, String nama, String namaNormal, String nik, String kk, String desa, String jenis,
            StatusPmks status, int tahun, JenisKelamin jk, String spm, boolean bantuan) {
    }

    private static final Comparator<Item> NAMA = Comparator.comparing(Item::namaNormal).thenComparingLong(Item::id);

    private final Map<String, String> spmPerJenis;
    private final Map<Long, Item> items = new HashMap<>();
    private final Map<Long, List<Long>> entriPerPenduduk = new HashMap<>();
    private final Map<Urutan, List<Item>> urut = new EnumMap<>(Urutan.class);

    private IndeksPmks(Map<String, String> spmPerJenis) {
        this.spmPerJenis = spmPerJenis;
    }

    /** A person as the index keeps them while it is built. */
    private record Orang(String nama, String namaNormal, String nik, String kk, String desa, JenisKelamin jk) {
    }

    /** Reads the whole register with plain table scans (H2 reads a table fastest without WHERE or JOIN). */
    public static IndeksPmks bangun(DSLContext dsl) {
        Map<String, String> spm = new HashMap<>();
        dsl.select(JENIS_PMKS.KODE, JENIS_PMKS.KELOMPOK_SPM).from(JENIS_PMKS).forEach(r -> spm.put(r.value1(), r.value2()));
        IndeksPmks ix = new IndeksPmks(spm);
        Set<Long> bantuan = new HashSet<>(dsl.selectDistinct(BANTUAN.PENDUDUK_ID).from(BANTUAN).fetch(BANTUAN.PENDUDUK_ID));
        Map<String, String> kanonik = new HashMap<>();
        dsl.connection(c -> {
            Map<Long, Orang> orang = new HashMap<>();
            try (var st = c.createStatement()) {
                st.setFetchSize(5000);
                try (var rs = st.executeQuery("SELECT id, nama, nama_normal, nik, no_kk, desa_kode, jenis_kelamin FROM penduduk")) {
                    while (rs.next()) {
                        orang.put(rs.getLong(1), new Orang(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                kanonik.computeIfAbsent(rs.getString(6), k -> k), JenisKelamin.valueOf(rs.getString(7))));
                    }
                }
                Map<Long, String[]> kelompok = new HashMap<>();
                try (var rs = st.executeQuery("SELECT id, nama_kelompok, desa_kode FROM kelompok")) {
                    while (rs.next()) {
                        kelompok.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
                try (var rs = st.executeQuery("SELECT id, penduduk_id, kelompok_id, jenis_kode, status, tahun, hapus_token FROM pmks")) {
                    while (rs.next()) {
                        if (rs.getLong(7) != 0L) {
                            continue;
                        }
                        long id = rs.getLong(1);
                        long pid = rs.getLong(2);
                        boolean adaOrang = !rs.wasNull();
                        String jenis = kanonik.computeIfAbsent(rs.getString(4), k -> k);
                        StatusPmks status = StatusPmks.dariKode(rs.getString(5));
                        int tahun = rs.getInt(6);
                        if (adaOrang) {
                            Orang o = orang.get(pid);
                            ix.tambah(new Item(id, pid, o.nama(), o.namaNormal(), o.nik(), o.kk(), o.desa(), jenis, status, tahun, o.jk(),
                                    spm.get(jenis), bantuan.contains(pid)));
                        } else {
                            String[] k = kelompok.get(rs.getLong(3));
                            ix.tambah(new Item(id, null, k[0], Penduduk.normalisasiNama(k[0]), null, null, k[1], jenis, status, tahun,
                                    null, spm.get(jenis), false));
                        }
                    }
                }
            }
        });
        return ix;
    }

    /** Re-reads one person's entries after a write (a few index lookups). */
    public synchronized void perbarui(DSLContext dsl, long pendudukId) {
        for (Long id : entriPerPenduduk.getOrDefault(pendudukId, List.of())) {
            items.remove(id);
        }
        entriPerPenduduk.remove(pendudukId);
        Record p = dsl.select(PENDUDUK.ID, PENDUDUK.NAMA, PENDUDUK.NAMA_NORMAL, PENDUDUK.NIK, PENDUDUK.NO_KK, PENDUDUK.DESA_KODE,
                PENDUDUK.JENIS_KELAMIN).from(PENDUDUK).where(PENDUDUK.ID.eq(pendudukId)).fetchOne();
        boolean bantuan = dsl.fetchExists(BANTUAN, BANTUAN.PENDUDUK_ID.eq(pendudukId));
        if (p != null) {
            dsl.select(PMKS.ID, PMKS.PENDUDUK_ID, PMKS.KELOMPOK_ID, PMKS.JENIS_KODE, PMKS.STATUS, PMKS.TAHUN, PMKS.HAPUS_TOKEN).from(PMKS)
                    .where(PMKS.PENDUDUK_ID.eq(pendudukId)).and(PMKS.HAPUS_TOKEN.eq(0L))
                    .forEach(r -> tambah(item(r, p, null, bantuan)));
        }
        urut.clear();
    }

    private Item item(Record e, Record p, Record k, boolean bantuan) {
        String jenis = e.get(PMKS.JENIS_KODE);
        if (p != null) {
            String jk = p.get(PENDUDUK.JENIS_KELAMIN);
            return new Item(e.get(PMKS.ID), p.get(PENDUDUK.ID), p.get(PENDUDUK.NAMA), p.get(PENDUDUK.NAMA_NORMAL), p.get(PENDUDUK.NIK),
                    p.get(PENDUDUK.NO_KK), p.get(PENDUDUK.DESA_KODE), jenis, StatusPmks.dariKode(e.get(PMKS.STATUS)), e.get(PMKS.TAHUN),
                    jk == null ? null : JenisKelamin.valueOf(jk), spmPerJenis.get(jenis), bantuan);
        }
        String nama = k == null ? "" : k.get(KELOMPOK.NAMA_KELOMPOK);
        return new Item(e.get(PMKS.ID), null, nama, Penduduk.normalisasiNama(nama), null, null, k == null ? null : k.get(KELOMPOK.DESA_KODE),
                jenis, StatusPmks.dariKode(e.get(PMKS.STATUS)), e.get(PMKS.TAHUN), null, spmPerJenis.get(jenis), false);
    }

    private void tambah(Item it) {
        items.put(it.id(), it);
        if (it.pendudukId() != null) {
            entriPerPenduduk.computeIfAbsent(it.pendudukId(), x -> new ArrayList<>(2)).add(it.id());
        }
    }

    public synchronized int jumlah() {
        return items.size();
    }

    /** The ids of one page of matches, in list order, and the number of all matches. */
    public synchronized Halaman<Long> cari(FilterPmks f, Urutan u, boolean naik, int offset, int limit) {
        List<Item> list = urut.computeIfAbsent(u, this::urutkan);
        Predicate<Item> p = predikat(f);
        List<Long> page = new ArrayList<>(Math.min(limit, 1000));
        int total = 0;
        int n = list.size();
        for (int i = 0; i < n; i++) {
            Item it = list.get(naik ? i : n - 1 - i);
            if (p.test(it)) {
                if (total >= offset && page.size() < limit) {
                    page.add(it.id());
                }
                total++;
            }
        }
        return new Halaman<>(page, offset, total);
    }

    /**
     * The floor of a search, for the benchmark: one pass over the same entries testing only the typed
     * text (no filters, no sorted order, no page), counting the matches.
     */
    public synchronized int pindaiPolos(String teks) {
        Predicate<Item> p = predikat(FilterPmks.SEMUA.withTeks(teks));
        int n = 0;
        for (Item it : items.values()) {
            if (p.test(it)) {
                n++;
            }
        }
        return n;
    }

    private List<Item> urutkan(Urutan u) {
        Comparator<Item> c = switch (u) {
            case NAMA -> NAMA;
            case NIK -> Comparator.comparing(Item::nik, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(NAMA);
            case DESA -> Comparator.comparing(Item::desa, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(NAMA);
            case JENIS -> Comparator.comparing(Item::jenis).thenComparing(NAMA);
            case TAHUN -> Comparator.comparingInt(Item::tahun).thenComparing(NAMA);
            case STATUS -> Comparator.comparing(Item::status).thenComparing(NAMA);
            case TANGGAL_LAHIR -> NAMA;
        };
        List<Item> l = new ArrayList<>(items.values());
        l.sort(c);
        return l;
    }

    static Predicate<Item> predikat(FilterPmks f) {
        List<Predicate<Item>> ps = new ArrayList<>();
        String t = f.teks() == null ? "" : f.teks().strip();
        if (!t.isEmpty()) {
            String digits = t.replaceAll("[\\s.\\-']", "");
            if (digits.matches("\\d{3,16}")) {
                ps.add(it -> it.nik() != null && it.nik().startsWith(digits) || it.kk() != null && it.kk().startsWith(digits));
            } else {
                String n = Penduduk.normalisasiNama(t);
                if (!n.isEmpty()) {
                    ps.add(it -> it.namaNormal().contains(n));
                }
            }
        }
        if (f.desaKode() != null) {
            ps.add(it -> f.desaKode().equals(it.desa()));
        }
        if (f.jenisKode() != null) {
            ps.add(it -> f.jenisKode().equals(it.jenis()));
        }
        if (f.status() != null) {
            ps.add(it -> it.status() == f.status());
        }
        if (f.tahun() != null) {
            ps.add(it -> it.tahun() == f.tahun());
        }
        if (f.jk() != null) {
            ps.add(it -> it.jk() == f.jk());
        }
        if (f.kelompokSpm() != null) {
            ps.add(it -> f.kelompokSpm().equals(it.spm()));
        }
        if (f.bantuan() != null) {
            ps.add(it -> it.bantuan() == f.bantuan());
        }
        if (f.hanyaId() != null) {
            ps.add(it -> f.hanyaId().contains(it.id()));
        }
        return it -> {
            for (Predicate<Item> p : ps) {
                if (!p.test(it)) {
                    return false;
                }
            }
            return true;
        };
    }
}
