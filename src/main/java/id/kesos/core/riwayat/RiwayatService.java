package id.kesos.core.riwayat;

import static id.kesos.core.db.jooq.Tables.AUDIT_LOG;
import static id.kesos.core.db.jooq.Tables.BANTUAN;
import static id.kesos.core.db.jooq.Tables.JENIS_PMKS;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;
import static id.kesos.core.db.jooq.Tables.PSKS;
import static id.kesos.core.db.jooq.Tables.WILAYAH;

import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.jooq.tables.records.AuditLogRecord;
import id.kesos.core.i18n.Messages;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The change history ("Riwayat perubahan") as people read it: the audit rows newest first, filtered by
 * user, date range, register and person, a page at a time; each change with its fields under their
 * Indonesian names, old and new value side by side, and what it concerns (the person, the meeting, the
 * export) in words.
 *
 * <p>Pages are cut by id (keyset): a page reads its own rows and no more, however long the history. A date
 * range becomes a range of ids through the index on {@code waktu} (rows are numbered in the order they were
 * written, so the ids of a day follow each other).
 */
public final class RiwayatService {
    /** The parts of the data a change belongs to, with the tables audited under each. */
    public enum Register {
        PMKS("riwayat.register.pmks", "penduduk", "pmks", "kelompok", "bantuan"),
        PSKS("riwayat.register.psks", "psks", "jenis_psks"),
        RAPAT("riwayat.register.rapat", "rapat", "rapat_tindak_lanjut", "perangkat_desa"),
        KANTOR("riwayat.register.kantor", "kantor", "pengaturan", "pengguna"),
        EKSPOR("riwayat.register.ekspor", "ekspor");

        private final String labelKey;
        private final List<String> tabel;

        Register(String labelKey, String... tabel) {
            this.labelKey = labelKey;
            this.tabel = List.of(tabel);
        }

        public String label() {
            return Messages.get(labelKey);
        }

        public String kode() {
            return name().toLowerCase(Locale.ROOT);
        }

        public List<String> tabel() {
            return tabel;
        }

        /** The register of an audited table; null for a table no register lists. */
        public static Register dariTabel(String tabel) {
            for (Register r : values()) {
                if (r.tabel.contains(tabel)) {
                    return r;
                }
            }
            return null;
        }

        public static Register dariKode(String s) {
            for (Register r : values()) {
                if (r.kode().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return r;
                }
            }
            return null;
        }
    }

    /** What to show: each part null for all. {@code pendudukId}: the changes of one person and their entries. */
    public record Filter(String pengguna, LocalDate dari, LocalDate sampai, Register register, Long pendudukId) {
        public static final Filter SEMUA = new Filter(null, null, null, null, null);

        public Filter denganPengguna(String p) {
            return new Filter(p == null || p.isBlank() ? null : p.strip(), dari, sampai, register, pendudukId);
        }

        public Filter denganTanggal(LocalDate d, LocalDate s) {
            return new Filter(pengguna, d, s, register, pendudukId);
        }

        public Filter denganRegister(Register r) {
            return new Filter(pengguna, dari, sampai, r, pendudukId);
        }

        public Filter denganPenduduk(Long id) {
            return new Filter(pengguna, dari, sampai, register, id);
        }
    }

    /** One field of a change: its Indonesian name, the value before and after (null: none), and whether it changed. */
    public record Isian(String kunci, String kolom, String lama, String baru, boolean berubah) {
    }

    /**
     * One change: when, who, in which register, what was done ({@link AuditLog.Aksi}), what it concerns in
     * words, its fields, and for an export its line.
     */
    public record Perubahan(long id, OffsetDateTime waktu, String pengguna, Register register, String tabel, String barisId,
            AuditLog.Aksi aksi, String subjek, List<Isian> isian, String keterangan) {

        /** The fields that changed (all given ones for an addition, the old ones for a removal). */
        public List<Isian> yangBerubah() {
            return isian.stream().filter(Isian::berubah).toList();
        }

        /** A line for the list: the changed fields' names, or the export's line. */
        public String ringkasan() {
            if (aksi == AuditLog.Aksi.EKSPOR) {
                return keterangan == null ? "" : keterangan;
            }
            if (aksi != AuditLog.Aksi.UBAH) {
                return Messages.get(aksi == AuditLog.Aksi.TAMBAH ? "riwayat.ringkasanTambah" : "riwayat.ringkasanHapus");
            }
            List<String> k = yangBerubah().stream().map(Isian::kolom).toList();
            return k.isEmpty() ? Messages.get("riwayat.ringkasanSama") : String.join(", ", k);
        }
    }

    /** A page: its changes and whether older ones follow. */
    public record Halaman(List<Perubahan> baris, boolean adaBerikutnya) {
        /** The id the next (older) page starts below; null for an empty page. */
        public Long akhir() {
            return baris.isEmpty() ? null : baris.getLast().id();
        }
    }

    private final DSLContext dsl;
    private final ZoneId zona;

    public RiwayatService(DSLContext dsl) {
        this(dsl, ZoneId.systemDefault());
    }

    RiwayatService(DSLContext dsl, ZoneId zona) {
        this.dsl = dsl;
        this.zona = zona;
    }

    /** Up to {@code n} changes matching {@code f}, newest first, older than the change {@code sebelumId} (null: from the newest). */
    public Halaman halaman(Filter f, Long sebelumId, int n) {
        Condition c = syarat(f);
        if (c == null) {
            return new Halaman(List.of(), false);
        }
        if (sebelumId != null) {
            c = c.and(AUDIT_LOG.ID.lt(sebelumId));
        }
        List<AuditLogRecord> r = dsl.selectFrom(AUDIT_LOG).where(c).orderBy(AUDIT_LOG.ID.desc()).limit(n + 1).fetch();
        boolean lagi = r.size() > n;
        List<AuditLogRecord> isi = lagi ? r.subList(0, n) : r;
        return new Halaman(baca(isi), lagi);
    }

    /** Every change matching {@code f}, newest first, handed over a page at a time (for the command line's list). */
    public void semua(Filter f, Consumer<Perubahan> tiap) {
        Long sebelum = null;
        while (true) {
            Halaman h = halaman(f, sebelum, 500);
            h.baris().forEach(tiap);
            if (!h.adaBerikutnya()) {
                return;
            }
            sebelum = h.akhir();
        }
    }

    /** The users the history names, in alphabetical order (for the filter's list). */
    public List<String> pengguna() {
        return dsl.selectDistinct(AUDIT_LOG.PENGGUNA).from(AUDIT_LOG).orderBy(AUDIT_LOG.PENGGUNA).fetch(AUDIT_LOG.PENGGUNA);
    }

    /** The person registered with {@code nik}, for the person filter. */
    public Optional<Long> pendudukDenganNik(String nik) {
        String n = nik == null ? "" : nik.replaceAll("[^0-9]", "");
        return dsl.select(PENDUDUK.ID).from(PENDUDUK).where(PENDUDUK.NIK.eq(n)).fetchOptional(PENDUDUK.ID);
    }

    /** The condition of {@code f}; null when nothing can match (a date range without a change in it). */
    private Condition syarat(Filter f) {
        Condition c = DSL.trueCondition();
        if (f.pengguna() != null) {
            c = c.and(AUDIT_LOG.PENGGUNA.eq(f.pengguna()));
        }
        if (f.register() != null) {
            c = c.and(f.register() == Register.EKSPOR ? AUDIT_LOG.AKSI.eq(AuditLog.Aksi.EKSPOR.kode())
                    : kolomTabel(f.register()).in(f.register().tabel()).and(AUDIT_LOG.AKSI.ne(AuditLog.Aksi.EKSPOR.kode())));
        }
        if (f.dari() != null) {
            OffsetDateTime a = f.dari().atStartOfDay(zona).toOffsetDateTime();
            // the first row written on or after the day, found through the index on waktu; the rows before it are older
            Long pertama = dsl.select(AUDIT_LOG.ID).from(AUDIT_LOG).where(AUDIT_LOG.WAKTU.ge(a)).orderBy(AUDIT_LOG.WAKTU, AUDIT_LOG.ID)
                    .limit(1).fetchOne(AUDIT_LOG.ID);
            if (pertama == null) {
                return null;
            }
            c = c.and(AUDIT_LOG.ID.ge(pertama)).and(AUDIT_LOG.WAKTU.ge(a));
        }
        if (f.sampai() != null) {
            OffsetDateTime b = f.sampai().plusDays(1).atStartOfDay(zona).toOffsetDateTime();
            Long terakhir = dsl.select(AUDIT_LOG.ID).from(AUDIT_LOG).where(AUDIT_LOG.WAKTU.lt(b))
                    .orderBy(AUDIT_LOG.WAKTU.desc(), AUDIT_LOG.ID.desc()).limit(1).fetchOne(AUDIT_LOG.ID);
            if (terakhir == null) {
                return null;
            }
            c = c.and(AUDIT_LOG.ID.le(terakhir)).and(AUDIT_LOG.WAKTU.lt(b));
        }
        if (f.pendudukId() != null) {
            long p = f.pendudukId();
            // the person's own row and the rows of their entries, aid and pillar records, each looked up by its id
            Condition orang = AUDIT_LOG.TABEL.eq("penduduk").and(AUDIT_LOG.BARIS_ID.eq(String.valueOf(p)));
            orang = orang.or(baris("pmks", dsl.select(PMKS.ID).from(PMKS).where(PMKS.PENDUDUK_ID.eq(p)).fetch(PMKS.ID)));
            orang = orang.or(baris("bantuan", dsl.select(BANTUAN.ID).from(BANTUAN).where(BANTUAN.PENDUDUK_ID.eq(p)).fetch(BANTUAN.ID)));
            orang = orang.or(baris("psks", dsl.select(PSKS.ID).from(PSKS).where(PSKS.PENDUDUK_ID.eq(p)).fetch(PSKS.ID)));
            c = c.and(orang);
        }
        return c;
    }

    /** Above this many changes a register is read down the primary key; below, through its index. */
    static final int REGISTER_BESAR = 5000;

    /**
     * How a register's changes are found. A large one (most of the history) is read as a filter down the primary key:
     * through the (tabel, baris_id) index every one of its changes would be sorted for each page (84 ms a page at
     * 100,000). A small one is read through the index: down the primary key, the whole history would be read to find
     * its few (190 ms). The count comes from the index alone.
     */
    private org.jooq.Field<String> kolomTabel(Register r) {
        int n = dsl.fetchCount(dsl.selectOne().from(AUDIT_LOG).where(AUDIT_LOG.TABEL.in(r.tabel())).limit(REGISTER_BESAR));
        return n < REGISTER_BESAR ? AUDIT_LOG.TABEL : DSL.lower(AUDIT_LOG.TABEL);
    }

    private static Condition baris(String tabel, List<Long> id) {
        if (id.isEmpty()) {
            return DSL.falseCondition();
        }
        return AUDIT_LOG.TABEL.eq(tabel).and(AUDIT_LOG.BARIS_ID.in(id.stream().map(String::valueOf).toList()));
    }

    /** The page's rows in words: names of the people, types and desa they mention looked up once for the page. */
    private List<Perubahan> baca(List<AuditLogRecord> rows) {
        List<Map<String, String>> lama = new ArrayList<>();
        List<Map<String, String>> baru = new ArrayList<>();
        Set<Long> orang = new HashSet<>();
        Set<String> desa = new HashSet<>();
        for (AuditLogRecord r : rows) {
            Map<String, String> l = Nilai.parse(r.getNilaiLama());
            Map<String, String> b = Nilai.parse(r.getNilaiBaru());
            lama.add(l);
            baru.add(b);
            for (Map<String, String> m : List.of(l, b)) {
                Long pid = angka(m.get("penduduk_id"));
                if (pid != null) {
                    orang.add(pid);
                }
                for (Map.Entry<String, String> e : m.entrySet()) {
                    if (e.getKey().endsWith("desa_kode") && e.getValue() != null) {
                        desa.add(e.getValue());
                    }
                }
            }
        }
        Map<Long, String> nama = orang.isEmpty() ? Map.of()
                : dsl.select(PENDUDUK.ID, PENDUDUK.NAMA).from(PENDUDUK).where(PENDUDUK.ID.in(orang)).fetchMap(PENDUDUK.ID, PENDUDUK.NAMA);
        Map<String, String> namaDesa = desa.isEmpty() ? Map.of()
                : dsl.select(WILAYAH.KODE, WILAYAH.NAMA).from(WILAYAH).where(WILAYAH.KODE.in(desa)).fetchMap(WILAYAH.KODE, WILAYAH.NAMA);
        Map<String, String> jenis = new HashMap<>();
        if (rows.stream().anyMatch(r -> r.getTabel().equals("pmks"))) {
            dsl.select(JENIS_PMKS.KODE, JENIS_PMKS.SINGKATAN).from(JENIS_PMKS).forEach(j -> jenis.put(j.value1(), j.value2()));
        }
        List<Perubahan> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            AuditLogRecord r = rows.get(i);
            AuditLog.Aksi aksi = aksi(r.getAksi());
            Map<String, String> l = lama.get(i);
            Map<String, String> b = baru.get(i);
            List<Isian> isian = new ArrayList<>();
            Set<String> kunci = new LinkedHashSet<>(b.keySet());
            kunci.addAll(l.keySet());
            for (String k : kunci) {
                String vl = tampil(k, l.get(k), nama, namaDesa);
                String vb = tampil(k, b.get(k), nama, namaDesa);
                boolean berubah = switch (aksi) {
                    case TAMBAH, EKSPOR -> vb != null;
                    case HAPUS -> vl != null;
                    case UBAH -> !Objects.equals(vl, vb);
                };
                isian.add(new Isian(k, Nilai.kolom(k), aksi == AuditLog.Aksi.TAMBAH || aksi == AuditLog.Aksi.EKSPOR ? null : vl,
                        aksi == AuditLog.Aksi.HAPUS ? null : vb, berubah));
            }
            Register reg = aksi == AuditLog.Aksi.EKSPOR ? Register.EKSPOR : Register.dariTabel(r.getTabel());
            out.add(new Perubahan(r.getId(), r.getWaktu(), r.getPengguna(), reg, r.getTabel(), r.getBarisId(), aksi,
                    subjek(r, l, b, nama, jenis), List.copyOf(isian), r.getKeterangan()));
        }
        return out;
    }

    private static AuditLog.Aksi aksi(String kode) {
        for (AuditLog.Aksi a : AuditLog.Aksi.values()) {
            if (a.kode().equals(kode)) {
                return a;
            }
        }
        return AuditLog.Aksi.UBAH;
    }

    /** A value as people read it: dates dd-mm-yyyy, yes/no, a person or desa by name. */
    private static String tampil(String kunci, String v, Map<Long, String> nama, Map<String, String> desa) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (kunci.equals("penduduk_id")) {
            Long id = angka(v);
            String n = id == null ? null : nama.get(id);
            return n == null ? v : n;
        }
        if (kunci.endsWith("desa_kode")) {
            String n = desa.get(v);
            return n == null ? v : n + " (" + v + ")";
        }
        if (kunci.equals("status")) {
            id.kesos.core.pmks.StatusPmks st = id.kesos.core.pmks.StatusPmks.dariKode(v);
            if (st != null) {
                return Messages.get(st.labelKey());
            }
        }
        if (kunci.equals("hubungan_keluarga")) {
            Long k = angka(v);
            if (k != null) {
                return id.kesos.core.penduduk.HubunganKeluarga.dari(k.intValue()).map(h -> h.teks()).orElse(v);
            }
        }
        return Nilai.tampil(v);
    }

    /** What a change concerns, in words: the person (and type), the pillar, the meeting, the export. */
    private static String subjek(AuditLogRecord r, Map<String, String> l, Map<String, String> b, Map<Long, String> nama,
            Map<String, String> jenis) {
        Map<String, String> v = b.isEmpty() ? l : b;
        String tabel = r.getTabel();
        String s = switch (tabel) {
            case "ekspor" -> Messages.get("riwayat.subjekEkspor", v.getOrDefault("jenis", r.getBarisId()));
            case "kantor" -> Messages.get("riwayat.subjekKantor");
            case "pengaturan" -> Messages.get("riwayat.subjekPengaturan", Nilai.kolom("pengaturan." + r.getBarisId()));
            case "pmks", "bantuan" -> {
                Long pid = angka(v.get("penduduk_id"));
                String orang = pid == null ? v.getOrDefault("nama_kelompok", null) : nama.get(pid);
                String j = v.get("jenis_kode") == null ? v.get("program") : jenis.getOrDefault(v.get("jenis_kode"), v.get("jenis_kode"));
                yield (orang == null ? "" : orang) + (j == null ? "" : (orang == null ? "" : " \u00b7 ") + j)
                        + (v.get("tahun") == null ? "" : " " + v.get("tahun"));
            }
            default -> firstNonNull(v.get("nama"), v.get("nama_kelompok"), v.get("judul"), v.get("nama_camat"), v.get("uraian"));
        };
        if (s == null || s.isBlank()) {
            s = Nilai.kolomTabel(tabel) + " " + r.getBarisId();
        }
        return s;
    }

    private static String firstNonNull(String... s) {
        for (String x : s) {
            if (x != null && !x.isBlank()) {
                return x;
            }
        }
        return null;
    }

    private static Long angka(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
