package id.kesos.core.pmks;

import static id.kesos.core.db.jooq.Tables.BANTUAN;
import static id.kesos.core.db.jooq.Tables.DESA;
import static id.kesos.core.db.jooq.Tables.JENIS_PMKS;
import static id.kesos.core.db.jooq.Tables.KELOMPOK;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;
import static id.kesos.core.db.jooq.Tables.PMKS_STATUS_RIWAYAT;

import id.kesos.core.db.jooq.tables.records.PmksRecord;
import id.kesos.core.penduduk.JenisKelamin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Reads the PMKS register; every list is a query with paging, never the whole table. */
final class PmksRepository {
    private final DSLContext dsl;

    public PmksRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every NIK in the register with its person's id (for an import: which rows are people already known). */
    Map<String, Long> pendudukPerNik() {
        Map<String, Long> m = new HashMap<>();
        dsl.select(PENDUDUK.NIK, PENDUDUK.ID).from(PENDUDUK).where(PENDUDUK.NIK.isNotNull()).forEach(r -> m.put(r.value1(), r.value2()));
        return m;
    }

    Map<Long, String> kkPerOrang() {
        Map<Long, String> m = new HashMap<>();
        dsl.select(PENDUDUK.ID, PENDUDUK.NO_KK).from(PENDUDUK).where(PENDUDUK.NO_KK.isNotNull()).forEach(r -> m.put(r.value1(), r.value2()));
        return m;
    }

    /**
     * People without a NIK by "normalised name|birth date|desa" (an import matches its rows without NIK so);
     * a key two people share maps to -1: such a row must not be matched by guess.
     */
    Map<String, Long> pendudukTanpaNik() {
        Map<String, Long> m = new HashMap<>();
        dsl.select(PENDUDUK.NAMA_NORMAL, PENDUDUK.TANGGAL_LAHIR, PENDUDUK.DESA_KODE, PENDUDUK.ID).from(PENDUDUK).where(PENDUDUK.NIK.isNull())
                .forEach(r -> m.merge(r.value1() + "|" + r.value2() + "|" + r.value3(), r.value4(), (a, b) -> -1L));
        return m;
    }

    /** "person id|type|year" of every entry not deleted (for an import: which rows are already registered). */
    java.util.Set<String> kunciEntri() {
        java.util.Set<String> s = new java.util.HashSet<>();
        dsl.select(PMKS.PENDUDUK_ID, PMKS.JENIS_KODE, PMKS.TAHUN).from(PMKS).where(PMKS.HAPUS_TOKEN.eq(0L)).and(PMKS.PENDUDUK_ID.isNotNull())
                .forEach(r -> s.add(r.value1() + "|" + r.value2() + "|" + r.value3()));
        return s;
    }

    public List<JenisPmks> jenis() {
        return dsl.selectFrom(JENIS_PMKS).orderBy(JENIS_PMKS.NOMOR).fetch(r -> new JenisPmks(r.getKode(), r.getNomor(), r.getNama(),
                r.getSingkatan(), r.getSatuan(), r.getUsiaMin(), r.getUsiaMax(), r.getKelompokSpm(), r.getSensitif()));
    }

    /** Register entries that are not deleted. */
    public int jumlahAktif() {
        // all rows (H2 knows this without reading) less the few deleted ones (a short index range)
        return dsl.fetchCount(PMKS) - dsl.fetchCount(PMKS, PMKS.HAPUS_TOKEN.gt(0L));
    }

    private static final Field<String> NAMA = DSL.coalesce(PENDUDUK.NAMA, KELOMPOK.NAMA_KELOMPOK).as("nama_tampil");
    private static final Field<String> DESA_KODE = DSL.coalesce(PENDUDUK.DESA_KODE, KELOMPOK.DESA_KODE).as("desa_tampil");

    /**
     * The first page of the whole register by name, straight from the database (H2 walks the name
     * index and stops early): what the PMKS page shows at once, before the search index is built.
     */
    public List<Long> idHalamanPertama(int limit) {
        List<Long> out = new java.util.ArrayList<>();
        int offset = 0;
        while (out.size() < limit) {
            // people in name order (the name index), then their active entries; no join for H2 to plan badly
            List<Long> orang = dsl.select(PENDUDUK.ID).from(PENDUDUK).orderBy(PENDUDUK.NAMA_NORMAL, PENDUDUK.ID)
                    .limit(limit * 2).offset(offset).fetch(PENDUDUK.ID);
            if (orang.isEmpty()) {
                break;
            }
            Map<Long, List<Long>> entri = new HashMap<>();
            // deleted entries are skipped here, not in SQL: with hapus_token in WHERE, H2 takes the wrong index
            dsl.select(PMKS.ID, PMKS.PENDUDUK_ID, PMKS.HAPUS_TOKEN).from(PMKS).where(PMKS.PENDUDUK_ID.in(orang)).orderBy(PMKS.ID)
                    .forEach(r -> {
                        if (r.value3() == 0L) {
                            entri.computeIfAbsent(r.value2(), k -> new java.util.ArrayList<>()).add(r.value1());
                        }
                    });
            for (Long o : orang) {
                for (Long e : entri.getOrDefault(o, List.of())) {
                    if (out.size() < limit) {
                        out.add(e);
                    }
                }
            }
            offset += orang.size();
        }
        return out;
    }

    /** The list rows of the entries {@code ids}, in that order. */
    public List<BarisPmks> baris(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Field<Boolean> adaBantuan = DSL.field(DSL.exists(DSL.selectOne().from(BANTUAN).where(BANTUAN.PENDUDUK_ID.eq(PMKS.PENDUDUK_ID))));
        Map<Long, BarisPmks> byId = new HashMap<>();
        dsl.select(PMKS.ID, PMKS.PENDUDUK_ID, PMKS.KELOMPOK_ID, PENDUDUK.NIK, PENDUDUK.NO_KK, NAMA, PENDUDUK.JENIS_KELAMIN,
                        PENDUDUK.TANGGAL_LAHIR, DESA_KODE, DESA.NAMA, PMKS.JENIS_KODE, JENIS_PMKS.SINGKATAN, JENIS_PMKS.SENSITIF,
                        PMKS.TAHUN, PMKS.STATUS, adaBantuan)
                .from(PMKS)
                .leftJoin(PENDUDUK).on(PENDUDUK.ID.eq(PMKS.PENDUDUK_ID))
                .leftJoin(KELOMPOK).on(KELOMPOK.ID.eq(PMKS.KELOMPOK_ID))
                .join(JENIS_PMKS).on(JENIS_PMKS.KODE.eq(PMKS.JENIS_KODE))
                .join(DESA).on(DESA.KODE.eq(DSL.coalesce(PENDUDUK.DESA_KODE, KELOMPOK.DESA_KODE)))
                .where(PMKS.ID.in(ids))
                .forEach(r -> byId.put(r.get(PMKS.ID), new BarisPmks(r.get(PMKS.ID), r.get(PMKS.PENDUDUK_ID), r.get(PMKS.KELOMPOK_ID),
                        r.get(PENDUDUK.NIK), r.get(PENDUDUK.NO_KK), r.get(NAMA), jk(r.get(PENDUDUK.JENIS_KELAMIN)),
                        r.get(PENDUDUK.TANGGAL_LAHIR), r.get(DESA_KODE), r.get(DESA.NAMA), r.get(PMKS.JENIS_KODE),
                        r.get(JENIS_PMKS.SINGKATAN), r.get(JENIS_PMKS.SENSITIF), r.get(PMKS.TAHUN),
                        StatusPmks.dariKode(r.get(PMKS.STATUS)), Boolean.TRUE.equals(r.get(adaBantuan)))));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<EntriPmks> entri(long id) {
        return dsl.selectFrom(PMKS).where(PMKS.ID.eq(id)).and(PMKS.HAPUS_TOKEN.eq(0L)).fetchOptional(PmksRepository::entri);
    }

    public Optional<EntriPmks> entri(long pendudukId, String jenisKode, int tahun) {
        return dsl.selectFrom(PMKS).where(PMKS.PENDUDUK_ID.eq(pendudukId)).and(PMKS.JENIS_KODE.eq(jenisKode))
                .and(PMKS.TAHUN.eq((short) tahun)).and(PMKS.HAPUS_TOKEN.eq(0L)).fetchOptional(PmksRepository::entri);
    }

    public List<EntriPmks> entriPenduduk(long pendudukId) {
        return dsl.selectFrom(PMKS).where(PMKS.PENDUDUK_ID.eq(pendudukId)).and(PMKS.HAPUS_TOKEN.eq(0L))
                .orderBy(PMKS.TAHUN.desc(), PMKS.JENIS_KODE).fetch(PmksRepository::entri);
    }

    public Optional<Kelompok> kelompok(long id) {
        return dsl.selectFrom(KELOMPOK).where(KELOMPOK.ID.eq(id)).fetchOptional(r -> new Kelompok(r.getId(), r.getNamaKelompok(),
                r.getLokasi(), r.getDesaKode(), r.getJumlahKk(), r.getJumlahJiwa()));
    }

    public List<EntriPmks> entriKelompok(long kelompokId) {
        return dsl.selectFrom(PMKS).where(PMKS.KELOMPOK_ID.eq(kelompokId)).and(PMKS.HAPUS_TOKEN.eq(0L))
                .orderBy(PMKS.TAHUN.desc(), PMKS.JENIS_KODE).fetch(PmksRepository::entri);
    }

    public List<RiwayatStatus> riwayat(long entriId) {
        return dsl.selectFrom(PMKS_STATUS_RIWAYAT).where(PMKS_STATUS_RIWAYAT.PMKS_ID.eq(entriId)).orderBy(PMKS_STATUS_RIWAYAT.ID)
                .fetch(r -> new RiwayatStatus(r.getWaktu(), r.getPengguna(), StatusPmks.dariKode(r.getDari()),
                        StatusPmks.dariKode(r.getKe()), r.getAlasan()));
    }

    public List<Bantuan> bantuan(long pendudukId) {
        return dsl.selectFrom(BANTUAN).where(BANTUAN.PENDUDUK_ID.eq(pendudukId)).orderBy(BANTUAN.TANGGAL.desc())
                .fetch(r -> new Bantuan(r.getId(), r.getPendudukId(), ProgramBantuan.dariKode(r.getProgram()), r.getTanggal(),
                        r.getNilaiRupiah(), r.getBarang(), SumberDana.dariKode(r.getSumberDana()), r.getKeterangan()));
    }

    static EntriPmks entri(PmksRecord r) {
        return new EntriPmks(r.getId(), r.getPendudukId(), r.getKelompokId(), r.getJenisKode(), r.getTahun(),
                StatusPmks.dariKode(r.getStatus()), r.getAlasanStatus(), SumberData.dariKode(r.getSumberData()),
                r.getTanggalPendataan(), r.getPetugasPendata(), r.getPetugasPsksId(), r.getKeterangan(), r.getKkKeluarga(),
                r.getJumlahAnggota() == null ? null : r.getJumlahAnggota().intValue(), r.getVersion());
    }

    private static JenisKelamin jk(String s) {
        return s == null ? null : JenisKelamin.valueOf(s);
    }
}
