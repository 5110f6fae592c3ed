package id.kesos.core.kantor;

import static id.kesos.core.db.jooq.Tables.DESA;
import static id.kesos.core.db.jooq.Tables.KANTOR;
import static id.kesos.core.db.jooq.Tables.PENGATURAN;
import static id.kesos.core.db.jooq.Tables.WILAYAH;

import id.kesos.core.KesosException;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.i18n.Messages;
import id.kesos.core.validasi.NipValidator;
import id.kesos.core.validasi.Teks;
import id.kesos.core.wilayah.Tingkat;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.core.wilayah.WilayahService;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** Reads and saves the office profile; saving also sets the desa/kelurahan list of the kecamatan. */
public final class KantorService {
    private static final int ID = 1;
    private static final String KUNCI_KERTAS = "kertas";
    private static final String KUNCI_SAMARKAN = "ekspor.samarkan";

    private final DSLContext dsl;
    private final WilayahService wilayah;
    private final KantorValidator validator;
    private final AuditLog audit;
    private final id.kesos.core.audit.Penulis penulis;

    public KantorService(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.wilayah = new WilayahService(dsl);
        this.validator = new KantorValidator(wilayah);
        this.audit = audit;
        this.penulis = new id.kesos.core.audit.Penulis(dsl, audit);
    }

    public KantorValidator validator() {
        return validator;
    }

    /** True once the first-run setup has been completed. */
    public boolean sudahDiatur() {
        return dsl.fetchExists(KANTOR);
    }

    public Optional<Kantor> muat() {
        return dsl.selectFrom(KANTOR).where(KANTOR.ID.eq(ID)).fetchOptional(r -> new Kantor(r.getKodeKecamatan(),
                r.getNamaCamat(), r.getNipCamat(), r.getPangkatCamat(), r.getNamaKasie(), r.getNipKasie(),
                r.getPangkatKasie(), r.getAlamat(), r.getKodePos(), r.getTelepon(), r.getEmail(), r.getLogo(),
                r.getVersion()));
    }

    /** The profile with region names and desa, or empty before the first-run setup. */
    public Optional<ProfilKantor> profil() {
        return muat().map(k -> {
            String kec = k.kodeKecamatan();
            Wilayah kecamatan = wilayah.cari(kec).orElseThrow();
            Wilayah kabupaten = wilayah.cari(kec.substring(0, 5)).orElseThrow();
            Wilayah provinsi = wilayah.cari(kec.substring(0, 2)).orElseThrow();
            List<Wilayah> desa = dsl.selectFrom(DESA).orderBy(DESA.KODE)
                    .fetch(r -> new Wilayah(r.getKode(), r.getNama(), Tingkat.of(r.getTingkat())));
            return new ProfilKantor(k, provinsi, kabupaten, kecamatan, desa);
        });
    }

    /**
     * Validates and saves the profile in one transaction. {@code k.version()} must be the version
     * that was loaded (0 for the first save); if another window saved in between, nothing is
     * written and the user is told to reload.
     */
    public Kantor simpan(Kantor input) {
        audit.sesi().wajib(id.kesos.core.audit.Peran.Hak.PENGATURAN);
        Kantor k = normalisasi(input);
        validator.periksa(k).wajibSah();
        return penulis.tulis(tx -> {
            try {
                return simpanDi(tx, k);
            } catch (IntegrityConstraintViolationException e) {
                if (e.getCause() instanceof java.sql.SQLException s && s.getErrorCode()
                        == org.h2.api.ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1) {
                    throw new KesosException(Messages.get("kantor.desaDipakai"), e);
                }
                throw e;
            }
        });
    }

    private Kantor simpanDi(DSLContext tx, Kantor k) {
        if (adaDinas(tx)) {
            throw new KesosException(Messages.get("dinas.folderDinas"));
        }
        Optional<Kantor> lama = new KantorService(tx, audit).muatUntukUbah();
        int versionLama = lama.map(Kantor::version).orElse(0);
        if (versionLama != k.version()) {
            throw new KesosException(Messages.get("kantor.konflik"));
        }
        Kantor baru = k.withVersion(versionLama + 1);
        Map<Field<?>, Object> nilai = new LinkedHashMap<>();
        nilai.put(KANTOR.KODE_KECAMATAN, baru.kodeKecamatan());
        nilai.put(KANTOR.NAMA_CAMAT, baru.namaCamat());
        nilai.put(KANTOR.NIP_CAMAT, baru.nipCamat());
        nilai.put(KANTOR.PANGKAT_CAMAT, baru.pangkatCamat());
        nilai.put(KANTOR.NAMA_KASIE, baru.namaKasie());
        nilai.put(KANTOR.NIP_KASIE, baru.nipKasie());
        nilai.put(KANTOR.PANGKAT_KASIE, baru.pangkatKasie());
        nilai.put(KANTOR.ALAMAT, baru.alamat());
        nilai.put(KANTOR.KODE_POS, baru.kodePos());
        nilai.put(KANTOR.TELEPON, baru.telepon());
        nilai.put(KANTOR.EMAIL, baru.email());
        nilai.put(KANTOR.LOGO, baru.logo());
        nilai.put(KANTOR.VERSION, baru.version());
        nilai.put(KANTOR.DIUBAH_PADA, OffsetDateTime.now());
        tx.insertInto(KANTOR).set(KANTOR.ID, ID).set(nilai).onDuplicateKeyUpdate().set(nilai).execute();
        boolean kecamatanBerubah = lama.map(l -> !l.kodeKecamatan().equals(baru.kodeKecamatan())).orElse(true);
        if (kecamatanBerubah) {
            isiDesa(tx, baru.kodeKecamatan());
        }
        audit.catat(tx, "kantor", String.valueOf(ID), lama.isPresent() ? AuditLog.Aksi.UBAH : AuditLog.Aksi.TAMBAH,
                lama.map(Kantor::auditValues).orElse(null), baru.auditValues());
        return baru;
    }

    /** Whether the folder is a Dinas Sosial's; a file of a schema before the Dinas mode (a migration test's) is none. */
    private static boolean adaDinas(DSLContext tx) {
        try {
            return tx.fetchExists(id.kesos.core.db.jooq.Tables.DINAS);
        } catch (org.jooq.exception.DataAccessException e) {
            return false;
        }
    }

    private Optional<Kantor> muatUntukUbah() {
        dsl.selectOne().from(KANTOR).where(KANTOR.ID.eq(ID)).forUpdate().fetch();
        return muat();
    }

    /** Replaces the desa table with the desa/kelurahan of {@code kodeKecamatan}, in code order. */
    private static void isiDesa(DSLContext tx, String kodeKecamatan) {
        tx.deleteFrom(DESA).execute();
        tx.insertInto(DESA, DESA.KODE, DESA.NAMA, DESA.TINGKAT)
                .select(tx.select(WILAYAH.KODE, WILAYAH.NAMA, WILAYAH.TINGKAT).from(WILAYAH)
                        .where(WILAYAH.INDUK.eq(kodeKecamatan))
                        .and(WILAYAH.TINGKAT.in(Tingkat.DESA.kode(), Tingkat.KELURAHAN.kode())))
                .execute();
    }

    private static Kantor normalisasi(Kantor k) {
        return new Kantor(Teks.bersih(k.kodeKecamatan()), Teks.bersih(k.namaCamat()), NipValidator.normalisasi(k.nipCamat()),
                Teks.bersih(k.pangkatCamat()), Teks.bersih(k.namaKasie()), NipValidator.normalisasi(k.nipKasie()),
                Teks.bersih(k.pangkatKasie()), Teks.bersih(k.alamat()), Teks.bersih(k.kodePos()), Teks.bersih(k.telepon()),
                Teks.bersih(k.email()), k.logo() == null || k.logo().length == 0 ? null : k.logo(), k.version());
    }

    /** The paper the office prints on (Pengaturan); A4 until chosen. */
    public id.kesos.core.cetak.Kertas kertas() {
        return pengaturan(KUNCI_KERTAS).map(id.kesos.core.cetak.Kertas::dariKode).orElse(id.kesos.core.cetak.Kertas.A4);
    }

    public void setKertas(id.kesos.core.cetak.Kertas k) {
        simpanPengaturan(KUNCI_KERTAS, k.kode());
    }

    /** Whether name lists mask NIK and No. KK unless chosen otherwise for one export (Pengaturan); not for a new office. */
    public boolean samarkanEkspor() {
        return pengaturan(KUNCI_SAMARKAN).map(Boolean::parseBoolean).orElse(false);
    }

    public void setSamarkanEkspor(boolean samarkan) {
        simpanPengaturan(KUNCI_SAMARKAN, String.valueOf(samarkan));
    }

    private java.util.Optional<String> pengaturan(String kunci) {
        return dsl.select(PENGATURAN.NILAI).from(PENGATURAN).where(PENGATURAN.KUNCI.eq(kunci)).fetchOptional(PENGATURAN.NILAI);
    }

    /** Stores one setting, audited with its old value; an unchanged value writes nothing. */
    private void simpanPengaturan(String kunci, String nilai) {
        audit.sesi().wajib(id.kesos.core.audit.Peran.Hak.PENGATURAN);
        penulis.tulis(tx -> {
            String lama = tx.select(PENGATURAN.NILAI).from(PENGATURAN).where(PENGATURAN.KUNCI.eq(kunci)).fetchOptional(PENGATURAN.NILAI)
                    .orElse(null);
            if (nilai.equals(lama)) {
                return null;
            }
            tx.mergeInto(PENGATURAN).using(DSL.selectOne()).on(PENGATURAN.KUNCI.eq(kunci))
                    .whenMatchedThenUpdate().set(PENGATURAN.NILAI, nilai)
                    .whenNotMatchedThenInsert(PENGATURAN.KUNCI, PENGATURAN.NILAI).values(kunci, nilai).execute();
            audit.catat(tx, "pengaturan", kunci, lama == null ? AuditLog.Aksi.TAMBAH : AuditLog.Aksi.UBAH,
                    lama == null ? null : Map.of("nilai", lama), Map.of("nilai", nilai));
            return null;
        });
    }
}
