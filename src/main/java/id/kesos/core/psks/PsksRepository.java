package id.kesos.core.psks;

import static id.kesos.core.db.jooq.Tables.DESA;
import static id.kesos.core.db.jooq.Tables.JENIS_PMKS;
import static id.kesos.core.db.jooq.Tables.JENIS_PSKS;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;
import static id.kesos.core.db.jooq.Tables.PSKS;
import static id.kesos.core.db.jooq.Tables.PSKS_DIKLAT;

import id.kesos.core.db.jooq.tables.records.PsksRecord;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.PendudukService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Reads the PSKS register. A kecamatan has hundreds of pillars, not hundreds of thousands: plain queries suffice. */
final class PsksRepository {
    /** The list never shows more than this many rows at once; the count says how many matched. */
    public static final int BATAS = 2000;

    private final DSLContext dsl;

    public PsksRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<JenisPsks> jenis() {
        return dsl.selectFrom(JENIS_PSKS).orderBy(JENIS_PSKS.NOMOR).fetch(r -> new JenisPsks(r.getKode(), r.getNomor(), r.getNama(),
                r.getSingkatan(), Bentuk.dariKode(r.getBentuk()), r.getResmi(), r.getUsiaMin(), r.getUsiaMax(),
                r.getSatuPerKecamatan(), r.getSatuPerDesa()));
    }

    public int jumlah() {
        return dsl.fetchCount(PSKS);
    }

    private static final Field<String> NAMA = DSL.coalesce(PENDUDUK.NAMA, PSKS.NAMA);
    private static final Field<String> NAMA_NORMAL = DSL.coalesce(PENDUDUK.NAMA_NORMAL, PSKS.NAMA_NORMAL);
    private static final Field<String> DESA_KODE = DSL.coalesce(PENDUDUK.DESA_KODE, PSKS.DESA_KODE);

    /** The rows matching {@code f}, by type then name, and the number of all matches. */
    public HasilCari cari(FilterPsks f) {
        return cari(f, BATAS);
    }

    /** As {@link #cari(FilterPsks)}, at most {@code batas} rows (a recap reads them all). */
    public HasilCari cari(FilterPsks f, int batas) {
        Condition c = kondisi(f);
        int total = dsl.fetchCount(DSL.select(PSKS.ID).from(PSKS).leftJoin(PENDUDUK).on(PENDUDUK.ID.eq(PSKS.PENDUDUK_ID)).where(c));
        List<BarisPsks> baris = dsl.select(PSKS.ID, PSKS.PENDUDUK_ID, PSKS.JENIS_KODE, JENIS_PSKS.SINGKATAN, JENIS_PSKS.BENTUK, NAMA,
                        PENDUDUK.NIK, PENDUDUK.JENIS_KELAMIN, DESA_KODE, DESA.NAMA, DSL.coalesce(PENDUDUK.TELEPON, PSKS.TELEPON),
                        PSKS.LEGALITAS, PSKS.AKTIF)
                .from(PSKS)
                .join(JENIS_PSKS).on(JENIS_PSKS.KODE.eq(PSKS.JENIS_KODE))
                .leftJoin(PENDUDUK).on(PENDUDUK.ID.eq(PSKS.PENDUDUK_ID))
                .leftJoin(DESA).on(DESA.KODE.eq(DESA_KODE))
                .where(c)
                .orderBy(JENIS_PSKS.NOMOR, NAMA_NORMAL, PSKS.ID)
                .limit(batas)
                .fetch(r -> new BarisPsks(r.value1(), r.value2(), r.value3(), r.value4(), Bentuk.dariKode(r.value5()), r.value6(),
                        r.value7(), JenisKelamin.dari(r.value8()), r.value9(), r.value10(), r.value11(), Legalitas.dariKode(r.value12()),
                        r.value13()));
        return new HasilCari(baris, total);
    }

    private static Condition kondisi(FilterPsks f) {
        List<Condition> c = new ArrayList<>();
        String t = f.teks() == null ? "" : f.teks().strip();
        if (!t.isEmpty()) {
            String digit = t.replaceAll("[\\s.'-]", "");
            if (digit.matches("\\d{4,16}")) {
                c.add(PENDUDUK.NIK.startsWith(digit).or(PSKS.NO_KK.startsWith(digit)));
            } else {
                String n = Penduduk.normalisasiNama(t);
                c.add(NAMA_NORMAL.contains(n).or(DSL.lower(PSKS.KETUA).contains(t.toLowerCase(Locale.ROOT))));
            }
        }
        if (f.jenisKode() != null) {
            c.add(PSKS.JENIS_KODE.eq(f.jenisKode()));
        }
        if (FilterPsks.KECAMATAN.equals(f.desaKode())) {
            c.add(DESA_KODE.isNull());
        } else if (f.desaKode() != null) {
            c.add(DESA_KODE.eq(f.desaKode()));
        }
        if (f.aktif() != null) {
            c.add(PSKS.AKTIF.eq(f.aktif()));
        }
        if (f.legalitas() != null) {
            c.add(PSKS.LEGALITAS.eq(f.legalitas().kode()));
        }
        return DSL.and(c);
    }

    public Optional<Psks> psks(long id) {
        return dsl.selectFrom(PSKS).where(PSKS.ID.eq(id)).fetchOptional().map(this::psks);
    }

    Psks psks(PsksRecord r) {
        Penduduk o = r.getPendudukId() == null ? null
                : dsl.selectFrom(PENDUDUK).where(PENDUDUK.ID.eq(r.getPendudukId())).fetchOptional(PendudukService::dari).orElse(null);
        List<Diklat> diklat = dsl.selectFrom(PSKS_DIKLAT).where(PSKS_DIKLAT.PSKS_ID.eq(r.getId())).orderBy(PSKS_DIKLAT.URUTAN)
                .fetch(d -> new Diklat(d.getNamaDiklat(), d.getPenyelenggara(), d.getTahun() == null ? null : d.getTahun().intValue()));
        return new Psks(r.getId(), r.getJenisKode(), o, r.getNama(), r.getNoKk(), r.getAlamat(), r.getDesaKode(), r.getTelepon(),
                r.getEmail(), r.getPendidikan() == null ? null : Pendidikan.dariKode(r.getPendidikan()), angka(r.getMulaiAktif()),
                r.getNomorSk(), Legalitas.dariKode(r.getLegalitas()), Pendampingan.baca(r.getPendampingan()), diklat, r.getKetua(),
                angka(r.getTahunBerdiri()), r.getAktaNotaris(), r.getNomorTandaDaftar(),
                r.getKlasifikasi() == null ? null : Klasifikasi.dariKode(r.getKlasifikasi()), r.getJumlahPengurus(),
                r.getJumlahAnggota(), r.getBidang(), r.getNarahubung(), r.getDukungan(), r.getUraian(), r.getAktif(),
                r.getNonaktifTanggal(), r.getNonaktifAlasan(), r.getCatatan(), r.getVersion());
    }

    private static Integer angka(Short s) {
        return s == null ? null : s.intValue();
    }

    /** The PSKS types of a person: "PSM (aktif)", for the record's "also registered as" line. */
    public List<Peran> peranOrang(long pendudukId) {
        return dsl.select(PSKS.ID, JENIS_PSKS.NAMA, JENIS_PSKS.SINGKATAN, PSKS.AKTIF).from(PSKS).join(JENIS_PSKS)
                .on(JENIS_PSKS.KODE.eq(PSKS.JENIS_KODE)).where(PSKS.PENDUDUK_ID.eq(pendudukId)).orderBy(JENIS_PSKS.NOMOR)
                .fetch(r -> new Peran(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The PMKS types a person holds (not deleted), e.g. "Fakir Miskin 2026". */
    public List<String> pmksOrang(long pendudukId) {
        return dsl.select(JENIS_PMKS.NAMA, PMKS.TAHUN).from(PMKS).join(JENIS_PMKS).on(JENIS_PMKS.KODE.eq(PMKS.JENIS_KODE))
                .where(PMKS.PENDUDUK_ID.eq(pendudukId)).and(PMKS.HAPUS_TOKEN.eq(0L)).orderBy(PMKS.TAHUN.desc(), JENIS_PMKS.NOMOR)
                .fetch(r -> r.value1() + " " + r.value2());
    }

    /** Active records of a type other than {@code kecuali}; with {@code desa} set, only that desa ("" = kecamatan level). */
    public List<String> aktifSejenis(String jenisKode, String desa, Long kecuali) {
        Condition c = PSKS.JENIS_KODE.eq(jenisKode).and(PSKS.AKTIF.isTrue());
        if (kecuali != null) {
            c = c.and(PSKS.ID.ne(kecuali));
        }
        if (desa != null) {
            c = c.and(desa.isEmpty() ? DESA_KODE.isNull() : DESA_KODE.eq(desa));
        }
        return dsl.select(NAMA).from(PSKS).leftJoin(PENDUDUK).on(PENDUDUK.ID.eq(PSKS.PENDUDUK_ID)).where(c).orderBy(PSKS.ID)
                .fetch(NAMA);
    }

    /** A record of the same type with the same name in the same place (institutions, families, businesses). */
    public List<String> namaSama(String jenisKode, String nama, String desa, Long kecuali) {
        Condition c = PSKS.JENIS_KODE.eq(jenisKode).and(PSKS.NAMA_NORMAL.eq(Penduduk.normalisasiNama(nama)))
                .and(desa == null ? PSKS.DESA_KODE.isNull() : PSKS.DESA_KODE.eq(desa));
        if (kecuali != null) {
            c = c.and(PSKS.ID.ne(kecuali));
        }
        return dsl.select(PSKS.NAMA).from(PSKS).where(c).fetch(PSKS.NAMA);
    }

    /** Pillars who are persons, active or not (a form offers the active ones and keeps a past choice shown). */
    public List<RingkasPsks> pilihanOrang() {
        return dsl.select(PSKS.ID, PENDUDUK.NAMA, JENIS_PSKS.SINGKATAN, DESA.NAMA, PSKS.AKTIF).from(PSKS)
                .join(PENDUDUK).on(PENDUDUK.ID.eq(PSKS.PENDUDUK_ID))
                .join(JENIS_PSKS).on(JENIS_PSKS.KODE.eq(PSKS.JENIS_KODE))
                .leftJoin(DESA).on(DESA.KODE.eq(PENDUDUK.DESA_KODE))
                .orderBy(PENDUDUK.NAMA_NORMAL, JENIS_PSKS.NOMOR)
                .fetch(r -> new RingkasPsks(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** One pillar as a choice, active or not (a past petugas stays shown under their current name). */
    public Optional<RingkasPsks> ringkas(long id) {
        return dsl.select(PSKS.ID, NAMA, JENIS_PSKS.SINGKATAN, DESA.NAMA, PSKS.AKTIF).from(PSKS)
                .join(JENIS_PSKS).on(JENIS_PSKS.KODE.eq(PSKS.JENIS_KODE))
                .leftJoin(PENDUDUK).on(PENDUDUK.ID.eq(PSKS.PENDUDUK_ID))
                .leftJoin(DESA).on(DESA.KODE.eq(DESA_KODE))
                .where(PSKS.ID.eq(id))
                .fetchOptional(r -> new RingkasPsks(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
