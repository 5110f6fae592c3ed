package id.kesos.core.penduduk;

import static id.kesos.core.db.jooq.Tables.DESA;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.WILAYAH;

import id.kesos.core.KesosException;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.Sisipan;
import id.kesos.core.db.jooq.tables.records.AuditLogRecord;
import id.kesos.core.db.jooq.tables.records.PendudukRecord;
import id.kesos.core.i18n.Messages;
import id.kesos.core.validasi.Teks;
import id.kesos.core.wilayah.Tingkat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * People, stored once whatever registers they appear in (PMKS, PSKS): reading, cleaning,
 * validating and writing them. The registers call the write methods inside their own transaction.
 */
public final class PendudukService {
    private final DSLContext dsl;
    private final AuditLog audit;
    private final PendudukValidator validator;

    /** Region codes NIK checks need, read once; kept in memory so a form's check never reads the database. */
    private record KodeWilayah(Set<String> provinsi, Set<String> kabKec) {
    }

    private volatile KodeWilayah kodeWilayah;
    private volatile Set<String> desa;

    public PendudukService(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
        this.nik = new NikValidator(() -> kodeWilayah().provinsi(), kode -> kodeWilayah().kabKec().contains(kode));
        this.validator = new PendudukValidator(nik, this::desa);
    }

    private final NikValidator nik;

    /** True when {@code s} is a NIK the register would accept (16 digits, a province, a real date, a serial). */
    public boolean nikSah(String s) {
        return s != null && nik.periksa(s, "NIK").sah();
    }

    public PendudukValidator validator() {
        return validator;
    }

    /** The desa/kelurahan codes of the office's kecamatan. */
    public Set<String> desa() {
        siapkanValidasi();
        return desa;
    }

    private KodeWilayah kodeWilayah() {
        siapkanValidasi();
        return kodeWilayah;
    }

    /**
     * Reads what validation needs (province, kab/kota and kecamatan codes; the desa of the kecamatan).
     * Call it in the background before a form opens; left out of start-up, which it would slow down.
     */
    public synchronized void siapkanValidasi() {
        if (kodeWilayah == null) {
            Set<String> provinsi = new HashSet<>(dsl.select(WILAYAH.KODE).from(WILAYAH)
                    .where(WILAYAH.TINGKAT.eq(Tingkat.PROVINSI.kode())).fetch(WILAYAH.KODE));
            Set<String> kabKec = new HashSet<>(dsl.select(WILAYAH.KODE).from(WILAYAH)
                    .where(WILAYAH.TINGKAT.in(Tingkat.KABUPATEN.kode(), Tingkat.KOTA.kode(), Tingkat.KECAMATAN.kode())).fetch(WILAYAH.KODE));
            kodeWilayah = new KodeWilayah(Set.copyOf(provinsi), Set.copyOf(kabKec));
        }
        if (desa == null) {
            segarkanDesa();
        }
    }

    /** Re-reads the desa/kelurahan of the office's kecamatan (after Pengaturan changed it). */
    public void segarkanDesa() {
        desa = Set.copyOf(dsl.select(DESA.KODE).from(DESA).fetch(DESA.KODE));
    }

    public Optional<Penduduk> penduduk(long id) {
        return dsl.selectFrom(PENDUDUK).where(PENDUDUK.ID.eq(id)).fetchOptional(PendudukService::dari);
    }

    public Optional<Penduduk> denganNik(String nik) {
        String n = NikValidator.bersihkan(nik);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return dsl.selectFrom(PENDUDUK).where(PENDUDUK.NIK.eq(n)).fetchOptional(PendudukService::dari);
    }

    /** The possible duplicates as the warning names them: "Siti (NIK 3604...); Siti Aminah". */
    public static String sebutKandidat(List<Penduduk> kandidat) {
        return kandidat.stream().map(k -> k.nik() == null ? k.nama() : Messages.get("penduduk.kandidat", k.nama(), k.nik()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** People with the same normalised name, birth date and desa (other than {@code p} itself). */
    public List<Penduduk> kandidatGanda(Penduduk p) {
        if (p.tanggalLahir() == null || p.desaKode() == null) {
            return List.of();
        }
        Condition c = PENDUDUK.NAMA_NORMAL.eq(Penduduk.normalisasiNama(p.nama())).and(PENDUDUK.TANGGAL_LAHIR.eq(p.tanggalLahir()))
                .and(PENDUDUK.DESA_KODE.eq(p.desaKode()));
        if (p.id() != null) {
            c = c.and(PENDUDUK.ID.ne(p.id()));
        }
        return dsl.selectFrom(PENDUDUK).where(c).limit(10).fetch(PendudukService::dari);
    }

    /** The desa's name, or the code itself when it is not a desa of the kecamatan. */
    public String namaDesa(String kode) {
        return kode == null ? "" : dsl.select(DESA.NAMA).from(DESA).where(DESA.KODE.eq(kode)).fetchOptional(DESA.NAMA).orElse(kode);
    }

    /** Stores a new person inside {@code tx} and audits it; returns it with its id and version 1. */
    public Penduduk sisip(DSLContext tx, Penduduk p) {
        PendudukRecord rec = tx.newRecord(PENDUDUK);
        isi(rec, p);
        rec.setVersion(1);
        rec.store();
        Penduduk disimpan = p.withId(rec.getId(), 1);
        audit.catat(tx, "penduduk", String.valueOf(rec.getId()), AuditLog.Aksi.TAMBAH, null, disimpan.auditValues());
        return disimpan;
    }

    /**
     * Inserts new people in batches inside {@code tx} (an import), each with its audit row; returns them
     * with their ids, in order.
     */
    public List<Penduduk> sisipSemua(DSLContext tx, List<Penduduk> baru) {
        List<PendudukRecord> rec = new ArrayList<>(baru.size());
        for (Penduduk p : baru) {
            PendudukRecord r = new PendudukRecord();
            isi(r, p);
            r.setVersion(1);
            rec.add(r);
        }
        Sisipan.semua(tx, rec, PENDUDUK.ID);
        List<Penduduk> hasil = new ArrayList<>(baru.size());
        List<AuditLogRecord> jejak = new ArrayList<>(baru.size());
        for (int i = 0; i < baru.size(); i++) {
            Penduduk disimpan = baru.get(i).withId(rec.get(i).getId(), 1);
            hasil.add(disimpan);
            jejak.add(audit.rekaman("penduduk", String.valueOf(disimpan.id()), AuditLog.Aksi.TAMBAH, null, disimpan.auditValues()));
        }
        Sisipan.semua(tx, jejak, null);
        return hasil;
    }

    /**
     * Saves edits of a person inside {@code tx}; {@code p.version()} must be the version that was
     * loaded, or the save is refused (someone else changed the person meanwhile).
     */
    public Penduduk ubah(DSLContext tx, Penduduk p) {
        PendudukRecord rec = tx.selectFrom(PENDUDUK).where(PENDUDUK.ID.eq(p.id())).forUpdate().fetchOptional()
                .orElseThrow(() -> new KesosException(Messages.get("pmks.tidakAda")));
        Penduduk lama = dari(rec);
        if (lama.version() != p.version()) {
            throw new KesosException(Messages.get("pmks.konflik", lama.nama()));
        }
        isi(rec, p);
        rec.setVersion(p.version() + 1);
        rec.setDiubahPada(OffsetDateTime.now());
        rec.store();
        Penduduk baru = p.withId(p.id(), p.version() + 1);
        audit.catat(tx, "penduduk", String.valueOf(p.id()), AuditLog.Aksi.UBAH, lama.auditValues(), baru.auditValues());
        return baru;
    }

    /**
     * The form's values as stored: NIK and KK stripped of spaces, dots and apostrophes (but kept as
     * typed when Excel damaged them, so the check can say so), names on single spaces, blanks as null.
     */
    public static Penduduk normalisasi(Penduduk p) {
        String nik = NikValidator.bersihkan(p.nik());
        String kk = NikValidator.bersihkan(p.noKk());
        return new Penduduk(p.id(), NikValidator.rusakOlehExcel(p.nik()) ? p.nik() : nik.isEmpty() ? null : nik,
                NikValidator.rusakOlehExcel(p.noKk()) ? p.noKk() : kk.isEmpty() ? null : kk,
                Teks.satuBaris(p.nama()), Teks.bersih(p.tempatLahir()),
                p.tanggalLahir(), p.jenisKelamin(), Teks.bersih(p.alamat()), Teks.bersih(p.dusun()), Teks.bersih(p.rt()),
                Teks.bersih(p.rw()), Teks.bersih(p.desaKode()), Teks.bersih(p.namaIbu()), p.hubunganKeluarga(), Teks.bersih(p.telepon()),
                Teks.bersih(p.catatan()), p.version());
    }

    public static Penduduk dari(PendudukRecord r) {
        return new Penduduk(r.getId(), r.getNik(), r.getNoKk(), r.getNama(), r.getTempatLahir(), r.getTanggalLahir(),
                JenisKelamin.dari(r.getJenisKelamin()), r.getAlamat(), r.getDusun(), r.getRt(), r.getRw(), r.getDesaKode(),
                r.getNamaIbu(), r.getHubunganKeluarga() == null ? null : r.getHubunganKeluarga().intValue(), r.getTelepon(),
                r.getCatatan(), r.getVersion());
    }

    private static void isi(PendudukRecord r, Penduduk p) {
        r.setNik(p.nik());
        r.setNoKk(p.noKk());
        r.setNama(p.nama());
        r.setNamaNormal(Penduduk.normalisasiNama(p.nama()));
        r.setTempatLahir(p.tempatLahir());
        r.setTanggalLahir(p.tanggalLahir());
        r.setJenisKelamin(p.jenisKelamin().name());
        r.setAlamat(p.alamat());
        r.setDusun(p.dusun());
        r.setRt(p.rt());
        r.setRw(p.rw());
        r.setDesaKode(p.desaKode());
        r.setNamaIbu(p.namaIbu());
        r.setHubunganKeluarga(p.hubunganKeluarga() == null ? null : p.hubunganKeluarga().shortValue());
        r.setTelepon(p.telepon());
        r.setCatatan(p.catatan());
    }
}
