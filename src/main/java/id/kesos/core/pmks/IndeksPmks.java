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
    private final Map<Urutan, Urut> urut = new EnumMap<>(Urutan.class);
    private final Kode kode = new Kode();

    /**
     * The entries in one order, with fingerprints of each entry's text beside it, of the name and of the NIK and
     * No. KK apart: which letters and digits it has, and which pairs of them side by side (hashed into 64 bits). A
     * search word's fingerprint must be inside the entry's before the entry's strings are read at all: most entries
     * are ruled out by numbers read in sequence, instead of following three references each to text spread over
     * the heap, which was most of a search's time; a word of one letter or digit is decided by them alone.
     */
    record Urut(List<Item> item, long[] hurufNama, long[] pasanganNama, long[] hurufNomor, long[] pasanganNomor, long[] atribut) {
        static Urut dari(List<Item> item, Kode kode) {
            int n = item.size();
            long[] hn = new long[n];
            long[] pn = new long[n];
            long[] hk = new long[n];
            long[] pk = new long[n];
            long[] at = new long[n];
            for (int i = 0; i < n; i++) {
                Item it = item.get(i);
                at[i] = kode.atribut(it);
                hn[i] = IndeksPmks.huruf(it.namaNormal());
                pn[i] = IndeksPmks.pasangan(it.namaNormal());
                hk[i] = IndeksPmks.huruf(it.nik()) | IndeksPmks.huruf(it.kk());
                pk[i] = IndeksPmks.pasangan(it.nik()) | IndeksPmks.pasangan(it.kk());
            }
            return new Urut(item, hn, pn, hk, pk, at);
        }
    }

    /**
     * The filters' fields of an entry packed into one number (desa, type, SPM group, status, sex, aid, year), so a
     * filter compares numbers read in sequence instead of reading each entry: a small number per desa, type and SPM
     * group, given as they are first seen.
     */
    static final class Kode {
        private static final int DESA = 0;
        private static final int JENIS = 8;
        private static final int SPM = 16;
        private static final int STATUS = 24;
        private static final int JK = 28;
        private static final int BANTUAN = 30;
        private static final int TAHUN = 32;
        private final Map<String, Long> desa = new HashMap<>();
        private final Map<String, Long> jenis = new HashMap<>();
        private final Map<String, Long> spm = new HashMap<>();

        /** The number of {@code kode} in its field (0 for none); a kecamatan has far fewer than 255 desa, types or groups. */
        private static long nomor(Map<String, Long> bidang, String kode) {
            if (kode == null) {
                return 0;
            }
            Long n = bidang.get(kode);
            if (n == null) {
                if (bidang.size() >= 255) {
                    throw new IllegalStateException(kode);
                }
                n = bidang.size() + 1L;
                bidang.put(kode, n);
            }
            return n;
        }

        long atribut(Item it) {
            return nomor(desa, it.desa()) << DESA | nomor(jenis, it.jenis()) << JENIS | nomor(spm, it.spm()) << SPM
                    | (long) (it.status() == null ? 0 : it.status().ordinal() + 1) << STATUS
                    | (long) (it.jk() == null ? 0 : it.jk().ordinal() + 1) << JK | (it.bantuan() ? 1L : 0L) << BANTUAN
                    | (long) (it.tahun() & 0xFFFF) << TAHUN;
        }

        /** What the packed fields must equal under {@code [0]}, the mask {@code [1]}, for the filters of {@code f}. */
        long[] saring(FilterPmks f) {
            long nilai = 0;
            long mask = 0;
            if (f.desaKode() != null) {
                nilai |= nomor(desa, f.desaKode()) << DESA;
                mask |= 0xFFL << DESA;
            }
            if (f.jenisKode() != null) {
                nilai |= nomor(jenis, f.jenisKode()) << JENIS;
                mask |= 0xFFL << JENIS;
            }
            if (f.kelompokSpm() != null) {
                nilai |= nomor(spm, f.kelompokSpm()) << SPM;
                mask |= 0xFFL << SPM;
            }
            if (f.status() != null) {
                nilai |= (long) (f.status().ordinal() + 1) << STATUS;
                mask |= 0xFL << STATUS;
            }
            if (f.jk() != null) {
                nilai |= (long) (f.jk().ordinal() + 1) << JK;
                mask |= 0x3L << JK;
            }
            if (f.bantuan() != null) {
                nilai |= (f.bantuan() ? 1L : 0L) << BANTUAN;
                mask |= 1L << BANTUAN;
            }
            if (f.tahun() != null) {
                nilai |= (long) (f.tahun() & 0xFFFF) << TAHUN;
                mask |= 0xFFFFL << TAHUN;
            }
            return new long[] {nilai, mask};
        }
    }

    /**
     * A search made ready: what the name's fingerprint, the NIK's and KK's, and the two together must hold, and what
     * is left to test on the entry itself ({@code sisa}).
     */
    record Saring(long hurufNama, long pasanganNama, long hurufNomor, long pasanganNomor, long hurufSemua, long pasanganSemua,
            long atribut, long atributMask, Predicate<Item> sisa) {
        boolean lolos(Urut u, int j) {
            if ((u.atribut()[j] & atributMask) != atribut) {
                return false;
            }
            long hn = u.hurufNama()[j];
            long pn = u.pasanganNama()[j];
            long hk = u.hurufNomor()[j];
            long pk = u.pasanganNomor()[j];
            return (hn & hurufNama) == hurufNama && (pn & pasanganNama) == pasanganNama && (hk & hurufNomor) == hurufNomor
                    && (pk & pasanganNomor) == pasanganNomor && ((hn | hk) & hurufSemua) == hurufSemua
                    && ((pn | pk) & pasanganSemua) == pasanganSemua && sisa.test(u.item().get(j));
        }
    }

    /** The letters a-z and digits 0-9 of {@code t} (none for null), one bit each. */
    static long huruf(CharSequence t) {
        long m = 0;
        if (t == null) {
            return m;
        }
        for (int i = 0; i < t.length(); i++) {
            m |= bitHuruf(t.charAt(i));
        }
        return m;
    }

    private static long bitHuruf(char c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return 0;
    }

    /** The pairs of letters or digits side by side in {@code t}, hashed into 64 bits. */
    static long pasangan(CharSequence t) {
        long m = 0;
        if (t == null) {
            return m;
        }
        for (int i = 1; i < t.length(); i++) {
            char a = t.charAt(i - 1);
            char b = t.charAt(i);
            if (bitHuruf(a) != 0 && bitHuruf(b) != 0) {
                m |= 1L << ((a * 31 + b) & 63);
            }
        }
        return m;
    }

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

    /** Below this many entries a search runs on one thread: splitting it would cost more than it saves. */
    static final int PARALEL_MULAI = 20_000;
    /** The parts a large search is split into, taken by the cores as they come free. */
    private static final int BAGIAN = 16;

    /**
     * The ids of one page of matches, in list order, and the number of all matches. A large register is
     * searched in parts on every core (the common fork-join pool plus this thread); each part keeps at most
     * its first {@code offset + limit} matches, which is all the page can take from it.
     */
    public synchronized Halaman<Long> cari(FilterPmks f, Urutan u, boolean naik, int offset, int limit) {
        Urut ur = urut.computeIfAbsent(u, x -> Urut.dari(urutkan(x), kode));
        return cari(ur, saring(f, kode), naik, offset, limit, ur.item().size() < PARALEL_MULAI ? 1 : BAGIAN);
    }

    /** One page of the items of {@code ur} that pass {@code s}, the list cut into {@code bagian} parts searched side by side. */
    static Halaman<Long> cari(Urut ur, Saring s, boolean naik, int offset, int limit, int bagian) {
        List<Item> list = ur.item();
        int n = list.size();
        int simpan = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
        int[] jumlah = new int[bagian];
        int[][] posisi = new int[bagian][];
        java.util.stream.IntStream ruas = java.util.stream.IntStream.range(0, bagian);
        (bagian > 1 ? ruas.parallel() : ruas).forEach(b -> {
            int dari = (int) ((long) n * b / bagian);
            int sampai = (int) ((long) n * (b + 1) / bagian);
            int[] pos = new int[Math.min(simpan, 128)];
            int k = 0;
            for (int i = dari; i < sampai; i++) {
                if (s.lolos(ur, naik ? i : n - 1 - i)) {
                    if (k < simpan) {
                        if (k == pos.length) {
                            pos = java.util.Arrays.copyOf(pos, (int) Math.min(simpan, 2L * pos.length));
                        }
                        pos[k] = i;
                    }
                    k++;
                }
            }
            jumlah[b] = k;
            posisi[b] = pos;
        });
        List<Long> page = new ArrayList<>(Math.min(limit, 1000));
        int total = 0;
        for (int b = 0; b < bagian; b++) {
            int disimpan = Math.min(jumlah[b], simpan);
            for (int j = 0; j < disimpan && page.size() < limit; j++) {
                if (total + j >= offset) {
                    int i = posisi[b][j];
                    page.add(list.get(naik ? i : n - 1 - i).id());
                }
            }
            total += jumlah[b];
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

    /** The whole test of an entry against {@code f}: its text and every filter. */
    static Predicate<Item> predikat(FilterPmks f) {
        List<Predicate<Item>> ps = new ArrayList<>();
        teks(f, (jenis, kata, cocok, pasti) -> ps.add(cocok));
        lain(f, ps);
        return semua(ps);
    }

    /** {@code f} made ready for the fingerprints: the words and filters into them, the rest left to test on the entry. */
    static Saring saring(FilterPmks f, Kode kode) {
        long[] m = new long[6];
        List<Predicate<Item>> sisa = new ArrayList<>();
        teks(f, (jenis, kata, cocok, pasti) -> {
            m[2 * jenis] |= huruf(kata);
            m[2 * jenis + 1] |= pasangan(kata);
            if (!pasti) {
                sisa.add(cocok);
            }
        });
        if (f.hanyaId() != null) {
            sisa.add(it -> f.hanyaId().contains(it.id()));
        }
        long[] a = kode.saring(f);
        return new Saring(m[0], m[1], m[2], m[3], m[4], m[5], a[0], a[1], semua(sisa));
    }

    /** A typed word: where it must be (0 the name, 1 the NIK or No. KK, 2 either), its test, and whether the fingerprint alone decides it. */
    @FunctionalInterface
    private interface Kata {
        void terima(int jenis, String kata, Predicate<Item> cocok, boolean pasti);
    }

    /**
     * The typed text's words: a NIK or No. KK typed whole or in groups ("3604 3441 ...") is its beginning; else words
     * in any order, each a part of the name, or (a number of 3 digits or more) of the name, NIK or No. KK. A word of
     * one letter or digit is in the name exactly when the name's fingerprint has it.
     */
    private static void teks(FilterPmks f, Kata k) {
        String t = f.teks() == null ? "" : f.teks().strip();
        if (t.isEmpty()) {
            return;
        }
        String digits = t.replaceAll("[\\s.\\-']", "");
        if (digits.matches("\\d{3,16}")) {
            k.terima(1, digits, it -> it.nik() != null && it.nik().startsWith(digits) || it.kk() != null && it.kk().startsWith(digits), false);
            return;
        }
        for (String kata : Penduduk.normalisasiNama(t).split(" ")) {
            if (kata.isEmpty()) {
                continue;
            }
            if (kata.length() >= 3 && kata.chars().allMatch(Character::isDigit)) {
                k.terima(2, kata, it -> it.namaNormal().contains(kata) || it.nik() != null && it.nik().contains(kata)
                        || it.kk() != null && it.kk().contains(kata), false);
            } else {
                boolean satu = kata.length() == 1 && huruf(kata) != 0;
                k.terima(0, kata, it -> it.namaNormal().contains(kata), satu);
            }
        }
    }

    private static Predicate<Item> semua(List<Predicate<Item>> ps) {
        Predicate<Item>[] a = ps.toArray(new Predicate[0]);
        return it -> {
            for (Predicate<Item> p : a) {
                if (!p.test(it)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The filters other than the text. */
    private static void lain(FilterPmks f, List<Predicate<Item>> ps) {
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
    }
}
