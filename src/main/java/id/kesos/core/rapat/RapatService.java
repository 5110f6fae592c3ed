package id.kesos.core.rapat;

import static id.kesos.core.db.jooq.Tables.DESA;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PERANGKAT_DESA;
import static id.kesos.core.db.jooq.Tables.PSKS;
import static id.kesos.core.db.jooq.Tables.RAPAT;
import static id.kesos.core.db.jooq.Tables.RAPAT_AGENDA;
import static id.kesos.core.db.jooq.Tables.RAPAT_PESERTA;
import static id.kesos.core.db.jooq.Tables.RAPAT_TINDAK_LANJUT;

import id.kesos.core.KesosException;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.jooq.tables.records.RapatRecord;
import id.kesos.core.db.jooq.tables.records.RapatTindakLanjutRecord;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.NipValidator;
import id.kesos.core.validasi.Teks;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Coordination meetings: drafts saved as they are typed, finalising (which locks the record),
 * reopening (audited), follow-ups tracked across meetings, and the village officials list. Every
 * write is one transaction with an audit row; a stale version is refused.
 */
public final class RapatService {
    private final DSLContext dsl;
    private final AuditLog audit;
    private final id.kesos.core.audit.Penulis penulis;
    /** A meeting as the shared write helper changes it, audited as "rapat". */
    private final id.kesos.core.audit.Penulis.Baris<RapatRecord, Rapat> baris;

    public RapatService(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
        this.penulis = new id.kesos.core.audit.Penulis(dsl, audit);
        this.baris = new id.kesos.core.audit.Penulis.Baris<>("rapat", RAPAT, RAPAT.ID, RAPAT.VERSION, RAPAT.DIUBAH_PADA, null, "rapat.tidakAda",
                "rapat.konflik", RapatService::rapat, Rapat::auditValues);
    }

    // ------------------------------------------------------------------ reading

    /** Meetings, newest first (drafts without a date first of all). */
    public List<BarisRapat> daftar() {
        Field<Integer> peserta = DSL.field(DSL.selectCount().from(RAPAT_PESERTA).where(RAPAT_PESERTA.RAPAT_ID.eq(RAPAT.ID)));
        Field<Integer> hadir = DSL.field(DSL.selectCount().from(RAPAT_PESERTA).where(RAPAT_PESERTA.RAPAT_ID.eq(RAPAT.ID))
                .and(RAPAT_PESERTA.KEHADIRAN.eq(Kehadiran.HADIR.kode())));
        Field<Integer> terbuka = DSL.field(DSL.selectCount().from(RAPAT_TINDAK_LANJUT).where(RAPAT_TINDAK_LANJUT.RAPAT_ID.eq(RAPAT.ID))
                .and(RAPAT_TINDAK_LANJUT.STATUS.ne(StatusTindakLanjut.SELESAI.kode())));
        return dsl.select(RAPAT.ID, RAPAT.TANGGAL, RAPAT.JUDUL, RAPAT.JENIS, RAPAT.TEMPAT, RAPAT.STATUS, peserta, hadir, terbuka)
                .from(RAPAT).orderBy(RAPAT.TANGGAL.desc().nullsFirst(), RAPAT.ID.desc())
                .fetch(r -> new BarisRapat(r.value1(), r.value2(), r.value3(), JenisRapat.dariKode(r.value4()), r.value5(),
                        StatusRapat.dariKode(r.value6()), r.value7(), r.value8(), r.value9()));
    }

    public int jumlah() {
        return dsl.fetchCount(RAPAT);
    }

    public Optional<Rapat> rapat(long id) {
        return dsl.selectFrom(RAPAT).where(RAPAT.ID.eq(id)).fetchOptional().map(r -> rapat(dsl, r));
    }

    /** The meeting {@code r} with its agenda, attendees and follow-ups, read through {@code dsl} (inside a transaction: its own). */
    private static Rapat rapat(DSLContext dsl, RapatRecord r) {
        long id = r.getId();
        List<AgendaRapat> agenda = dsl.selectFrom(RAPAT_AGENDA).where(RAPAT_AGENDA.RAPAT_ID.eq(id)).orderBy(RAPAT_AGENDA.URUTAN)
                .fetch(a -> new AgendaRapat(a.getJudul(), a.getPembahasan(), a.getKesimpulan(), a.getTindakLanjutId()));
        // a linked attendee's name comes from the register: the PSKS person, or the village official
        Field<String> nama = DSL.coalesce(PENDUDUK.NAMA, PSKS.NAMA, PERANGKAT_DESA.NAMA, RAPAT_PESERTA.NAMA);
        List<PesertaRapat> peserta = dsl.select(RAPAT_PESERTA.PSKS_ID, RAPAT_PESERTA.PERANGKAT_DESA_ID, nama, RAPAT_PESERTA.JABATAN,
                        RAPAT_PESERTA.UNSUR, RAPAT_PESERTA.INSTANSI, RAPAT_PESERTA.JENIS_KELAMIN, RAPAT_PESERTA.TELEPON,
                        RAPAT_PESERTA.KEHADIRAN)
                .from(RAPAT_PESERTA)
                .leftJoin(PSKS).on(PSKS.ID.eq(RAPAT_PESERTA.PSKS_ID))
                .leftJoin(PENDUDUK).on(PENDUDUK.ID.eq(PSKS.PENDUDUK_ID))
                .leftJoin(PERANGKAT_DESA).on(PERANGKAT_DESA.ID.eq(RAPAT_PESERTA.PERANGKAT_DESA_ID))
                .where(RAPAT_PESERTA.RAPAT_ID.eq(id)).orderBy(RAPAT_PESERTA.URUTAN)
                .fetch(p -> new PesertaRapat(p.value1(), p.value2(), p.value3(), p.value4(), Unsur.dariKode(p.value5()), p.value6(),
                        JenisKelamin.dari(p.value7()), p.value8(), Kehadiran.dariKode(p.value9())));
        List<TindakLanjut> tl = dsl.selectFrom(RAPAT_TINDAK_LANJUT).where(RAPAT_TINDAK_LANJUT.RAPAT_ID.eq(id))
                .orderBy(RAPAT_TINDAK_LANJUT.URUTAN).fetch(RapatService::tindakLanjut);
        return new Rapat(id, r.getJudul(), JenisRapat.dariKode(r.getJenis()), r.getTanggal(), r.getJamMulai(), r.getJamSelesai(),
                r.getTempat(), new Pejabat(r.getPimpinanNama(), r.getPimpinanJabatan(), r.getPimpinanPangkat(), r.getPimpinanNip()),
                new Pejabat(r.getNotulisNama(), r.getNotulisJabatan(), r.getNotulisPangkat(), r.getNotulisNip()), r.getPembukaan(),
                r.getKesimpulan(), r.getPenutupan(), agenda, peserta, tl, StatusRapat.dariKode(r.getStatus()), r.getVersion());
    }

    private static TindakLanjut tindakLanjut(RapatTindakLanjutRecord t) {
        return new TindakLanjut(t.getId(), t.getUraian(), t.getPenanggungJawab(), t.getBatasWaktu(),
                StatusTindakLanjut.dariKode(t.getStatus()), t.getCatatan());
    }

    /** Unfinished follow-ups of the meetings other than {@code kecuali}, oldest deadline first. */
    public List<TindakLanjutTerbuka> tindakLanjutTerbuka(Long kecuali) {
        var q = dsl.select(RAPAT_TINDAK_LANJUT.asterisk(), RAPAT.ID, RAPAT.JUDUL, RAPAT.TANGGAL).from(RAPAT_TINDAK_LANJUT)
                .join(RAPAT).on(RAPAT.ID.eq(RAPAT_TINDAK_LANJUT.RAPAT_ID))
                .where(RAPAT_TINDAK_LANJUT.STATUS.ne(StatusTindakLanjut.SELESAI.kode()));
        if (kecuali != null) {
            q = q.and(RAPAT.ID.ne(kecuali));
        }
        return q.orderBy(RAPAT_TINDAK_LANJUT.BATAS_WAKTU.asc().nullsLast(), RAPAT_TINDAK_LANJUT.ID)
                .fetch(r -> new TindakLanjutTerbuka(tindakLanjut(r.into(RAPAT_TINDAK_LANJUT)), r.get(RAPAT.ID), r.get(RAPAT.JUDUL),
                        r.get(RAPAT.TANGGAL)));
    }

    /** Unfinished follow-ups whose deadline has passed (Beranda). */
    public List<TindakLanjutTerbuka> lewatBatasWaktu(LocalDate hariIni) {
        return tindakLanjutTerbuka(null).stream().filter(t -> t.lewat(hariIni)).toList();
    }

    // ------------------------------------------------------------------ writing

    /**
     * Saves a draft as it is: a new one ({@code id} null) or the edits of a stored draft. Required
     * fields may still be empty; what is filled in must be valid (lengths, NIP, times, names of
     * attendees). A final meeting is refused: reopen it first.
     */
    public Rapat simpan(Rapat input) {
        Rapat r = normalisasi(input);
        HasilValidasi h = periksa(r, false);
        h.wajibSah();
        return penulis.tulis(tx -> simpanDi(tx, r));
    }

    private Rapat simpanDi(DSLContext tx, Rapat r) {
        RapatRecord rec;
        Rapat lama = null;
        if (r.id() == null) {
            rec = tx.newRecord(RAPAT);
            rec.setVersion(0);
        } else {
            rec = baris.kunci(tx, r.id(), r.version());
            lama = rapat(tx, rec);
            if (StatusRapat.dariKode(rec.getStatus()) == StatusRapat.FINAL) {
                throw new KesosException(Messages.get("rapat.sudahFinal"));
            }
        }
        isi(rec, r);
        rec.setStatus(StatusRapat.DRAFT.kode());
        rec.setVersion(rec.getVersion() + 1);
        rec.setDiubahPada(OffsetDateTime.now());
        rec.store();
        tulisAnak(tx, rec.getId(), r);
        Rapat baru = r.dengan(rec.getId(), StatusRapat.DRAFT, rec.getVersion());
        audit.catat(tx, "rapat", String.valueOf(rec.getId()), lama == null ? AuditLog.Aksi.TAMBAH : AuditLog.Aksi.UBAH,
                lama == null ? null : lama.auditValues(), baru.auditValues());
        return rapat(tx, rec);
    }

    /** Saves and locks the meeting; everything required must be there. */
    public Rapat finalkan(Rapat input) {
        Rapat r = normalisasi(input);
        periksa(r, true).wajibSah();
        // one transaction: the last edits and the lock together, or neither
        return penulis.tulis(tx -> {
            Rapat draf = simpanDi(tx, r);
            return ubahStatusDi(tx, draf.id(), draf.version(), StatusRapat.FINAL, null);
        });
    }

    /** Unlocks a final meeting for corrections; the audit log records who and why. */
    public Rapat bukaKembali(long id, int version, String alasan) {
        return ubahStatus(id, version, StatusRapat.DRAFT, Teks.bersih(alasan));
    }

    private Rapat ubahStatus(long id, int version, StatusRapat ke, String alasan) {
        return penulis.tulis(tx -> ubahStatusDi(tx, id, version, ke, alasan));
    }

    private Rapat ubahStatusDi(DSLContext tx, long id, int version, StatusRapat ke, String alasan) {
        return penulis.ubah(tx, baris, id, version, AuditLog.Aksi.UBAH, alasan == null ? null : Map.of("alasan_buka_kembali", alasan),
                (rec, lama) -> {
                    if (lama.status() == ke) {
                        throw new KesosException(Messages.get(ke == StatusRapat.FINAL ? "rapat.sudahFinal" : "rapat.masihDraft"));
                    }
                    rec.setStatus(ke.kode());
                });
    }

    /** Deletes a draft (a final meeting is a record and stays). */
    public void hapusDraft(long id, int version) {
        penulis.tulis(tx -> {
            RapatRecord rec = baris.kunci(tx, id, version);
            Rapat lama = rapat(tx, rec);
            if (lama.status() == StatusRapat.FINAL) {
                throw new KesosException(Messages.get("rapat.sudahFinal"));
            }
            if (tx.fetchExists(RAPAT_AGENDA, RAPAT_AGENDA.TINDAK_LANJUT_ID.in(DSL.select(RAPAT_TINDAK_LANJUT.ID).from(RAPAT_TINDAK_LANJUT)
                    .where(RAPAT_TINDAK_LANJUT.RAPAT_ID.eq(id))).and(RAPAT_AGENDA.RAPAT_ID.ne(id)))) {
                throw new KesosException(Messages.get("rapat.tindakLanjutDipakai"));
            }
            tx.deleteFrom(RAPAT_AGENDA).where(RAPAT_AGENDA.RAPAT_ID.eq(id)).execute();
            tx.deleteFrom(RAPAT_PESERTA).where(RAPAT_PESERTA.RAPAT_ID.eq(id)).execute();
            tx.deleteFrom(RAPAT_TINDAK_LANJUT).where(RAPAT_TINDAK_LANJUT.RAPAT_ID.eq(id)).execute();
            tx.deleteFrom(RAPAT).where(RAPAT.ID.eq(id)).execute();
            penulis.hapus(tx, baris, id, lama);
            return lama;
        });
    }

    /**
     * Tracks a follow-up after its meeting: status and note change even when the meeting is final
     * (the minutes say what was agreed; the tracking says how far it got).
     */
    public TindakLanjut ubahTindakLanjut(long id, StatusTindakLanjut status, String catatan) {
        RapatValidator.periksaCatatan(catatan).wajibSah();
        return penulis.tulis(tx -> {
            RapatTindakLanjutRecord rec = tx.selectFrom(RAPAT_TINDAK_LANJUT).where(RAPAT_TINDAK_LANJUT.ID.eq(id)).forUpdate()
                    .fetchOptional().orElseThrow(() -> new KesosException(Messages.get("rapat.tidakAda")));
            TindakLanjut lama = tindakLanjut(rec);
            rec.setStatus(status.kode());
            rec.setCatatan(Teks.bersih(catatan));
            rec.store();
            TindakLanjut baru = tindakLanjut(rec);
            audit.catat(tx, "rapat_tindak_lanjut", String.valueOf(id), AuditLog.Aksi.UBAH, Map.of("status", lama.status().kode()),
                    Map.of("status", baru.status().kode()));
            return baru;
        });
    }

    // ------------------------------------------------------------------ checks

    /** Field errors; with {@code lengkap}, what a final record needs too ({@link RapatValidator}). */
    public HasilValidasi periksa(Rapat r, boolean lengkap) {
        return RapatValidator.periksa(r, lengkap);
    }

    public static String jam(java.time.LocalTime t) {
        return t == null ? "" : String.format("%02d.%02d", t.getHour(), t.getMinute());
    }

    // ------------------------------------------------------------------ storing

    private static void isi(RapatRecord rec, Rapat r) {
        rec.setJudul(r.judul());
        rec.setJenis(r.jenis().kode());
        rec.setTanggal(r.tanggal());
        rec.setJamMulai(r.jamMulai());
        rec.setJamSelesai(r.jamSelesai());
        rec.setTempat(r.tempat());
        rec.setPimpinanNama(r.pimpinan().nama());
        rec.setPimpinanJabatan(r.pimpinan().jabatan());
        rec.setPimpinanPangkat(r.pimpinan().pangkat());
        rec.setPimpinanNip(r.pimpinan().nip());
        rec.setNotulisNama(r.notulis().nama());
        rec.setNotulisJabatan(r.notulis().jabatan());
        rec.setNotulisPangkat(r.notulis().pangkat());
        rec.setNotulisNip(r.notulis().nip());
        rec.setPembukaan(r.pembukaan());
        rec.setKesimpulan(r.kesimpulan());
        rec.setPenutupan(r.penutupan());
    }

    /**
     * Agenda and attendance are written anew; follow-ups keep their ids (later meetings refer to
     * them): changed ones are updated, new ones inserted, removed ones deleted unless a later
     * meeting carries them.
     */
    private static void tulisAnak(DSLContext tx, long id, Rapat r) {
        Set<Long> tetap = new HashSet<>();
        int i = 0;
        for (TindakLanjut t : r.tindakLanjut()) {
            RapatTindakLanjutRecord rec = t.id() == null ? null
                    : tx.selectFrom(RAPAT_TINDAK_LANJUT).where(RAPAT_TINDAK_LANJUT.ID.eq(t.id())).and(RAPAT_TINDAK_LANJUT.RAPAT_ID.eq(id))
                            .fetchOptional().orElse(null);
            if (rec == null) {
                rec = tx.newRecord(RAPAT_TINDAK_LANJUT);
                rec.setRapatId(id);
            }
            rec.setUrutan(++i);
            rec.setUraian(t.uraian());
            rec.setPenanggungJawab(t.penanggungJawab());
            rec.setBatasWaktu(t.batasWaktu());
            rec.setStatus(t.status().kode());
            rec.setCatatan(t.catatan());
            rec.store();
            tetap.add(rec.getId());
        }
        var hapus = tx.select(RAPAT_TINDAK_LANJUT.ID).from(RAPAT_TINDAK_LANJUT).where(RAPAT_TINDAK_LANJUT.RAPAT_ID.eq(id))
                .and(tetap.isEmpty() ? DSL.trueCondition() : RAPAT_TINDAK_LANJUT.ID.notIn(tetap)).fetch(RAPAT_TINDAK_LANJUT.ID);
        tx.deleteFrom(RAPAT_AGENDA).where(RAPAT_AGENDA.RAPAT_ID.eq(id)).execute();
        for (Long h : hapus) {
            if (tx.fetchExists(RAPAT_AGENDA, RAPAT_AGENDA.TINDAK_LANJUT_ID.eq(h))) {
                throw new KesosException(Messages.get("rapat.tindakLanjutDipakai"));
            }
            tx.deleteFrom(RAPAT_TINDAK_LANJUT).where(RAPAT_TINDAK_LANJUT.ID.eq(h)).execute();
        }
        i = 0;
        for (AgendaRapat a : r.agenda()) {
            tx.insertInto(RAPAT_AGENDA).set(RAPAT_AGENDA.RAPAT_ID, id).set(RAPAT_AGENDA.URUTAN, ++i).set(RAPAT_AGENDA.JUDUL, a.judul())
                    .set(RAPAT_AGENDA.PEMBAHASAN, a.pembahasan()).set(RAPAT_AGENDA.KESIMPULAN, a.kesimpulan())
                    .set(RAPAT_AGENDA.TINDAK_LANJUT_ID, a.tindakLanjutId()).execute();
        }
        tx.deleteFrom(RAPAT_PESERTA).where(RAPAT_PESERTA.RAPAT_ID.eq(id)).execute();
        i = 0;
        for (PesertaRapat p : r.peserta()) {
            tx.insertInto(RAPAT_PESERTA).set(RAPAT_PESERTA.RAPAT_ID, id).set(RAPAT_PESERTA.URUTAN, ++i)
                    .set(RAPAT_PESERTA.PSKS_ID, p.psksId()).set(RAPAT_PESERTA.PERANGKAT_DESA_ID, p.perangkatDesaId())
                    .set(RAPAT_PESERTA.NAMA, p.nama() == null ? "-" : p.nama()).set(RAPAT_PESERTA.JABATAN, p.jabatan())
                    .set(RAPAT_PESERTA.UNSUR, p.unsur().kode()).set(RAPAT_PESERTA.INSTANSI, p.instansi())
                    .set(RAPAT_PESERTA.JENIS_KELAMIN, p.jk() == null ? null : p.jk().name()).set(RAPAT_PESERTA.TELEPON, p.telepon())
                    .set(RAPAT_PESERTA.KEHADIRAN, p.kehadiran().kode()).execute();
        }
    }

    /** Blanks as null; rows the user left entirely empty dropped (also what printing a form as typed needs). */
    public static Rapat normalisasi(Rapat r) {
        List<AgendaRapat> agenda = new ArrayList<>();
        for (AgendaRapat a : r.agenda()) {
            AgendaRapat b = new AgendaRapat(Teks.bersih(a.judul()), Teks.bersih(a.pembahasan()), Teks.bersih(a.kesimpulan()),
                    a.tindakLanjutId());
            if (b.judul() != null || b.pembahasan() != null || b.kesimpulan() != null || b.tindakLanjutId() != null) {
                agenda.add(b);
            }
        }
        List<PesertaRapat> peserta = new ArrayList<>();
        for (PesertaRapat p : r.peserta()) {
            PesertaRapat q = new PesertaRapat(p.psksId(), p.perangkatDesaId(), Teks.bersih(p.nama()), Teks.bersih(p.jabatan()),
                    p.unsur() == null ? Unsur.LAINNYA : p.unsur(), Teks.bersih(p.instansi()), p.jk(), Teks.bersih(p.telepon()),
                    p.kehadiran() == null ? Kehadiran.HADIR : p.kehadiran());
            if (q.psksId() != null || q.perangkatDesaId() != null || q.nama() != null || q.jabatan() != null || q.instansi() != null
                    || q.telepon() != null) {
                peserta.add(q);
            }
        }
        List<TindakLanjut> tl = new ArrayList<>();
        for (TindakLanjut t : r.tindakLanjut()) {
            TindakLanjut u = new TindakLanjut(t.id(), Teks.bersih(t.uraian()), Teks.bersih(t.penanggungJawab()), t.batasWaktu(),
                    t.status() == null ? StatusTindakLanjut.BELUM : t.status(), Teks.bersih(t.catatan()));
            if (u.id() != null || u.uraian() != null || u.penanggungJawab() != null || u.batasWaktu() != null) {
                tl.add(u);
            }
        }
        return new Rapat(r.id(), Teks.bersih(r.judul()), r.jenis(), r.tanggal(), r.jamMulai(), r.jamSelesai(), Teks.bersih(r.tempat()),
                pejabat(r.pimpinan()), pejabat(r.notulis()), Teks.bersih(r.pembukaan()), Teks.bersih(r.kesimpulan()),
                Teks.bersih(r.penutupan()), agenda, peserta, tl, r.status(), r.version());
    }

    private static Pejabat pejabat(Pejabat p) {
        String nip = NipValidator.normalisasi(p.nip());
        return new Pejabat(Teks.bersih(p.nama()), Teks.bersih(p.jabatan()), Teks.bersih(p.pangkat()), nip.isEmpty() ? null : nip);
    }

    // ------------------------------------------------------------------ village officials

    /** The village officials, by desa (code order) then post. */
    public List<PerangkatDesa> perangkatDesa() {
        return dsl.selectFrom(PERANGKAT_DESA).orderBy(PERANGKAT_DESA.DESA_KODE, PERANGKAT_DESA.JABATAN, PERANGKAT_DESA.ID)
                .fetch(r -> new PerangkatDesa(r.getId(), r.getDesaKode(), JabatanDesa.dariKode(r.getJabatan()), r.getNama(),
                        JenisKelamin.dari(r.getJenisKelamin()), r.getTelepon(), r.getAktif(), r.getVersion()));
    }

    /** Adds or updates one village official. */
    public PerangkatDesa simpanPerangkat(PerangkatDesa p) {
        RapatValidator.periksaPerangkat(p, p.desaKode() != null && dsl.fetchExists(DESA, DESA.KODE.eq(p.desaKode()))).wajibSah();
        return penulis.tulis(tx -> {
            var rec = p.id() == null ? tx.newRecord(PERANGKAT_DESA) : tx.selectFrom(PERANGKAT_DESA).where(PERANGKAT_DESA.ID.eq(p.id()))
                    .forUpdate().fetchOptional().orElseThrow(() -> new KesosException(Messages.get("rapat.tidakAda")));
            if (p.id() != null && rec.getVersion() != p.version()) {
                throw new KesosException(Messages.get("rapat.konflik"));
            }
            rec.setDesaKode(p.desaKode());
            rec.setJabatan(p.jabatan().kode());
            rec.setNama(Teks.satuBaris(p.nama()));
            rec.setJenisKelamin(p.jk() == null ? null : p.jk().name());
            rec.setTelepon(Teks.bersih(p.telepon()));
            rec.setAktif(p.aktif());
            rec.setVersion(rec.getVersion() == null ? 1 : rec.getVersion() + 1);
            rec.store();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("desa_kode", p.desaKode());
            v.put("jabatan", p.jabatan().kode());
            v.put("nama", rec.getNama());
            v.put("aktif", p.aktif());
            audit.catat(tx, "perangkat_desa", String.valueOf(rec.getId()), p.id() == null ? AuditLog.Aksi.TAMBAH : AuditLog.Aksi.UBAH,
                    null, v);
            return new PerangkatDesa(rec.getId(), p.desaKode(), p.jabatan(), rec.getNama(), p.jk(), rec.getTelepon(), p.aktif(),
                    rec.getVersion());
        });
    }

}
