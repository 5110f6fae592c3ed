package id.kesos.core.pmks;

import static id.kesos.core.db.jooq.Tables.BANTUAN;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;

import id.kesos.core.KesosException;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.NikValidator;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.PendudukService;
import id.kesos.core.penduduk.PendudukValidator;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.Teks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The PMKS register: adding people and their types, edits, status changes with history, soft
 * delete, aid. Every write is one transaction and leaves an audit row; a stale version is refused.
 */
public final class PmksService {
    private final DSLContext dsl;
    private final AuditLog audit;
    private final id.kesos.core.audit.Penulis penulis;
    /** A register entry as the shared write helper changes it: locked unless deleted, audited as "pmks". */
    private static final id.kesos.core.audit.Penulis.Baris<id.kesos.core.db.jooq.tables.records.PmksRecord, EntriPmks> ENTRI =
            new id.kesos.core.audit.Penulis.Baris<>("pmks", PMKS, PMKS.ID, PMKS.VERSION, PMKS.DIUBAH_PADA, PMKS.HAPUS_TOKEN.eq(0L),
                    "pmks.tidakAda", "pmks.konflikEntri", (tx, rec) -> PmksRepository.entri(rec), EntriPmks::auditValues);
    private final PmksRepository repo;
    private final PendudukValidator validator;
    private final PendudukService orang;
    private final id.kesos.core.referensi.Katalog<JenisPmks> jenis;
    private final EntriValidator entriValidator;
    private volatile IndeksPmks indeks;

    public PmksService(DSLContext dsl, AuditLog audit, PendudukService orang) {
        this.dsl = dsl;
        this.audit = audit;
        this.penulis = new id.kesos.core.audit.Penulis(dsl, audit);
        this.repo = new PmksRepository(dsl);
        this.orang = orang;
        this.validator = orang.validator();
        this.jenis = new id.kesos.core.referensi.Katalog<>(repo::jenis, JenisPmks::kode);
        this.entriValidator = new EntriValidator(jenis, validator.nikValidator(), (pid, e) -> repo.entri(pid, e.jenisKode(), e.tahun()));
    }

    /**
     * Reads what validation needs (region codes, the desa of the kecamatan). Call it in the
     * background before a form opens; left out of start-up, which it would slow down.
     */
    public void siapkanValidasi() {
        orang.siapkanValidasi();
    }

    /** Re-reads the desa/kelurahan of the office's kecamatan (after Pengaturan changed it). */
    public void segarkanDesa() {
        orang.segarkanDesa();
    }

    public PendudukService orang() {
        return orang;
    }

    /** For the tests of this package: the register's own reads. */
    PmksRepository repository() {
        return repo;
    }

    /** How many entries the register holds (not deleted). */
    public int jumlahAktif() {
        return repo.jumlahAktif();
    }

    public Optional<EntriPmks> entri(long entriId) {
        return repo.entri(entriId);
    }

    /** A person's entry of one type in one year, if there is one. */
    public Optional<EntriPmks> entri(long pendudukId, String jenisKode, int tahun) {
        return repo.entri(pendudukId, jenisKode, tahun);
    }

    public PendudukValidator validator() {
        return validator;
    }

    /** Builds the in-memory search index now (about a second for 250,000 entries); the list needs it for search. */
    public IndeksPmks siapkanIndeks() {
        IndeksPmks ix = indeks;
        if (ix == null) {
            synchronized (this) {
                ix = indeks;
                if (ix == null) {
                    ix = IndeksPmks.bangun(dsl);
                    indeks = ix;
                }
            }
        }
        return ix;
    }

    public boolean indeksSiap() {
        return indeks != null;
    }

    /** Re-reads the whole register (after another window or a command may have changed it). */
    public void muatUlangIndeks() {
        IndeksPmks ix = IndeksPmks.bangun(dsl);
        indeks = ix;
    }

    /** One page of the register list for {@code f}, and the number of all matches. */
    public Halaman<BarisPmks> cari(FilterPmks f, Urutan urutan, boolean naik, int offset, int limit) {
        Halaman<Long> ids = siapkanIndeks().cari(f, urutan, naik, offset, limit);
        return new Halaman<>(repo.baris(ids.baris()), offset, ids.total());
    }

    /**
     * What the PMKS page shows at once: the whole register's first page by name. Without the index
     * yet, it comes straight from the database, so the page opens fast even on a large register.
     */
    public Halaman<BarisPmks> halamanAwal(int limit) {
        if (indeksSiap()) {
            return cari(FilterPmks.SEMUA, Urutan.NAMA, true, 0, limit);
        }
        return new Halaman<>(repo.baris(repo.idHalamanPertama(limit)), 0, repo.jumlahAktif());
    }

    /** A person's data changed elsewhere (e.g. through the PSKS register): the search index follows. */
    public void perbaruiIndeks(long pendudukId) {
        IndeksPmks ix = indeks;
        if (ix != null) {
            ix.perbarui(dsl, pendudukId);
        }
    }

    /** The 26 types in official order. */
    public List<JenisPmks> jenis() {
        return jenis.semua();
    }

    public Optional<JenisPmks> jenis(String kode) {
        return jenis.cari(kode);
    }

    /** The rules of an entry, for a form or an importer that checks before it saves. */
    public EntriValidator entriValidator() {
        return entriValidator;
    }

    /** What the checks before an add found, and the entry as it will be stored. */
    private record Diperiksa(HasilValidasi hasil, EntriPmks entri) {
    }

    /** Saved data and the warnings the user accepted. */
    public record HasilSimpan(Penduduk penduduk, EntriPmks entri, List<String> peringatan) {
    }

    /**
     * Adds a new person with a first register entry. A NIK already in the register is refused with
     * {@link DuplikatNikException} (which names the person): add the type to them instead.
     */
    public HasilSimpan tambah(Penduduk input, EntriPmks entriInput, boolean terimaPeringatan) {
        Penduduk p0 = PendudukService.normalisasi(input);
        // a new person typed without a No. KK but with the family card of a family type: that is their No. KK
        String kkEntri = NikValidator.bersihkan(entriInput.kkKeluarga());
        Penduduk p = p0.noKk() == null && !kkEntri.isEmpty() ? PendudukService.normalisasi(p0.denganNoKk(kkEntri)) : p0;
        // the checks read the register: they wait, like the write, while another window hands the data over
        Diperiksa d = id.kesos.core.db.Galat.baca(() -> {
            HasilValidasi hv = validator.periksa(p);
            if (p.nik() != null) {
                orang.denganNik(p.nik()).ifPresent(ada -> {
                    throw new DuplikatNikException(ada, orang.namaDesa(ada.desaKode()));
                });
            }
            List<Penduduk> kandidat = orang.kandidatGanda(p);
            if (!kandidat.isEmpty()) {
                hv.peringatan(Penduduk.Field.NAMA, Messages.get("pmks.mungkinGanda", PendudukService.sebutKandidat(kandidat)));
            }
            EntriPmks en = normalisasi(entriInput, p);
            entriValidator.periksa(en, p, hv);
            return new Diperiksa(hv, en);
        });
        HasilValidasi h = d.hasil();
        EntriPmks e = d.entri();
        h.wajibSah();
        h.wajibDiterima(terimaPeringatan);
        return tulis(tx -> {
            Penduduk disimpan = orang.sisip(tx, p);
            EntriPmks entri = sisipEntri(tx, e.untuk(disimpan.id(), null));
            return new HasilSimpan(disimpan, entri, h.teksPeringatan());
        }, () -> tersimpan(p, e, h), r -> r.penduduk().id());
    }

    /** The person and entry of an add whose commit's outcome was unknown, when they are stored just as given. */
    private java.util.Optional<HasilSimpan> tersimpan(Penduduk p, EntriPmks e, HasilValidasi h) {
        if (p.nik() == null) {
            return java.util.Optional.empty();
        }
        return orang.denganNik(p.nik()).filter(o -> java.util.Objects.equals(o.nama(), p.nama())
                && java.util.Objects.equals(o.tanggalLahir(), p.tanggalLahir()))
                .flatMap(o -> repo.entri(o.id(), e.jenisKode(), e.tahun()).map(en -> new HasilSimpan(o, en, h.teksPeringatan())));
    }

    /** What an import needs to know of the register before it decides row by row (read once, not per row). */
    public record Terdaftar(Map<String, Long> pendudukPerNik, Map<String, Long> tanpaNik, java.util.Set<String> entri) {
        /** The person without NIK with this name, birth date and desa: their id, -1 when two people match, null when none. */
        public Long tanpaNik(String nama, java.time.LocalDate lahir, String desa) {
            return tanpaNik.get(Penduduk.normalisasiNama(nama) + "|" + lahir + "|" + desa);
        }

        /** Whether person {@code pendudukId} already has type {@code jenis} in {@code tahun}. */
        public boolean adaEntri(Long pendudukId, String jenis, int tahun) {
            return pendudukId != null && entri.contains(pendudukId + "|" + jenis + "|" + tahun);
        }
    }

    /** The No. KK of every person who has one, by id: an import's rows of registered people are checked against it. */
    public Map<Long, String> kkOrang() {
        return id.kesos.core.db.Galat.baca(repo::kkPerOrang);
    }

    public Terdaftar terdaftar() {
        return id.kesos.core.db.Galat.baca(() -> new Terdaftar(repo.pendudukPerNik(), repo.pendudukTanpaNik(), repo.kunciEntri()));
    }

    /** Rows an import writes per batch of statements. */
    private static final int KELOMPOK_IMPOR = 2000;

    /** One accepted row of an import: a person new to the register (no id) or known by NIK (id), and the entry to add. */
    public record BarisImpor(Penduduk orang, EntriPmks entri) {
    }

    /**
     * Writes an import's accepted rows inside the caller's transaction {@code tx} (all or none with the
     * import's history row): new people first stored, every entry with its status history and audit row.
     * The rows were checked by the import with the same validators as the forms.
     */
    public int imporDi(DSLContext tx, List<BarisImpor> baris, id.kesos.core.Kemajuan kemajuan) {
        kemajuan.periksa();
        // the new people first, each once (one person may be on two rows of the file, for two types):
        // by NIK, or by name, birth date and desa without one
        Map<String, Integer> urutBaru = new java.util.HashMap<>();
        List<Penduduk> baru = new java.util.ArrayList<>();
        int[] orangBaris = new int[baris.size()];
        for (int i = 0; i < baris.size(); i++) {
            Penduduk p = baris.get(i).orang();
            if (p.id() == null) {
                String siapa = p.nik() != null ? p.nik() : Penduduk.normalisasiNama(p.nama()) + "|" + p.tanggalLahir() + "|" + p.desaKode();
                orangBaris[i] = urutBaru.computeIfAbsent(siapa, k -> {
                    baru.add(PendudukService.normalisasi(p));
                    return baru.size() - 1;
                });
            } else {
                orangBaris[i] = -1;
            }
        }
        // inserted in NIK order (those without one last): the unique NIK index then grows at its end instead of
        // at random places, a quarter less of the people's insert time (ids are a number, not the file's order)
        Integer[] urut = new Integer[baru.size()];
        for (int i = 0; i < urut.length; i++) {
            urut[i] = i;
        }
        java.util.Arrays.sort(urut, java.util.Comparator.comparing(i -> baru.get(i).nik(),
                java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder())));
        Penduduk[] disimpan = new Penduduk[baru.size()];
        for (int mulai = 0; mulai < urut.length; mulai += KELOMPOK_IMPOR) {
            kemajuan.periksa();
            kemajuan.maju(mulai / 2, baru.size() / 2 + baris.size());
            int akhir = Math.min(urut.length, mulai + KELOMPOK_IMPOR);
            List<Penduduk> kelompok = new java.util.ArrayList<>(akhir - mulai);
            for (int i = mulai; i < akhir; i++) {
                kelompok.add(baru.get(urut[i]));
            }
            List<Penduduk> hasil = orang.sisipSemua(tx, kelompok);
            for (int i = mulai; i < akhir; i++) {
                disimpan[urut[i]] = hasil.get(i - mulai);
            }
        }
        // the entries by their person's id, for the same reason: the indexes led by it, and the check that the
        // person exists, then walk forward instead of jumping
        long[] pid = new long[baris.size()];
        Integer[] urutEntri = new Integer[baris.size()];
        for (int i = 0; i < pid.length; i++) {
            pid[i] = orangBaris[i] < 0 ? baris.get(i).orang().id() : disimpan[orangBaris[i]].id();
            urutEntri[i] = i;
        }
        java.util.Arrays.sort(urutEntri, java.util.Comparator.comparingLong(i -> pid[i]));
        int selesai = 0;
        for (int mulai = 0; mulai < baris.size(); mulai += KELOMPOK_IMPOR) {
            kemajuan.periksa();
            kemajuan.maju(baru.size() / 2 + mulai, baru.size() / 2 + baris.size());
            int akhir = Math.min(baris.size(), mulai + KELOMPOK_IMPOR);
            List<id.kesos.core.db.jooq.tables.records.PmksRecord> rec = new java.util.ArrayList<>(akhir - mulai);
            for (int k = mulai; k < akhir; k++) {
                int i = urutEntri[k];
                BarisImpor b = baris.get(i);
                EntriPmks e = normalisasi(b.entri(), b.orang()).untuk(pid[i], null);
                rec.add(rekamanBaru(e));
            }
            id.kesos.core.db.Sisipan.semua(tx, rec, PMKS.ID);
            List<id.kesos.core.db.jooq.tables.records.PmksStatusRiwayatRecord> status = new java.util.ArrayList<>(rec.size());
            List<id.kesos.core.db.jooq.tables.records.AuditLogRecord> jejak = new java.util.ArrayList<>(rec.size());
            for (var r : rec) {
                status.add(riwayat(r.getId(), null, StatusPmks.dariKode(r.getStatus()), null));
                jejak.add(penulis.rekamanTambah(ENTRI, r.getId(), PmksRepository.entri(r)));
            }
            id.kesos.core.db.Sisipan.semua(tx, status, null);
            id.kesos.core.db.Sisipan.semua(tx, jejak, null);
            selesai = akhir;
        }
        kemajuan.maju(1, 1);
        return selesai;
    }

    /**
     * What an import with "update" changes in rows already registered: the people's new values and the
     * entries' (each at the version the preview read), and how many of the file's rows that took.
     */
    public record Pembaruan(List<Penduduk> orang, List<EntriPmks> entri, int baris) {
        public static final Pembaruan KOSONG = new Pembaruan(List.of(), List.of(), 0);
    }

    /**
     * Writes an import's updates inside the caller's transaction {@code tx}, each as an edit in the form
     * would be (locked at the version read, audited); a row changed meanwhile refuses the whole import.
     */
    public void perbaruiDi(DSLContext tx, Pembaruan p) {
        java.util.Set<Long> diimpor = new java.util.HashSet<>();
        p.entri().forEach(e -> diimpor.add(e.id()));
        for (Penduduk o : p.orang()) {
            ubahOrangDi(tx, PendudukService.normalisasi(o), diimpor);
        }
        for (EntriPmks e : p.entri()) {
            penulis.ubah(tx, ENTRI, e.id(), e.version(), (rec, lama) -> isi(rec, e));
        }
    }

    /** After an import's commit: the search index reads the register again. */
    public void sesudahImpor() {
        if (indeks != null) {
            muatUlangIndeks();
        }
    }

    /** Adds a group (Komunitas Adat Terpencil or Kelompok Minoritas) with its register entry. */
    public EntriPmks tambahKelompok(Kelompok k, EntriPmks entriInput) {
        EntriPmks e = normalisasi(entriInput, null);
        HasilValidasi h = KelompokValidator.periksa(k, jenis.dapat(entriInput.jenisKode()), e.tahun(), orang.desa());
        h.wajibSah();
        return tulis(tx -> {
            var rec = tx.newRecord(id.kesos.core.db.jooq.Tables.KELOMPOK);
            rec.setNamaKelompok(k.nama().strip());
            rec.setLokasi(Teks.bersih(k.lokasi()));
            rec.setDesaKode(k.desaKode());
            rec.setJumlahKk(k.jumlahKk());
            rec.setJumlahJiwa(k.jumlahJiwa());
            rec.setVersion(1);
            rec.store();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("nama_kelompok", rec.getNamaKelompok());
            v.put("desa_kode", k.desaKode());
            v.put("jumlah_kk", k.jumlahKk());
            v.put("jumlah_jiwa", k.jumlahJiwa());
            audit.catat(tx, "kelompok", String.valueOf(rec.getId()), AuditLog.Aksi.TAMBAH, null, v);
            return sisipEntri(tx, new EntriPmks(null, null, rec.getId(), e.jenisKode(), e.tahun(), e.status(), null, e.sumber(),
                    e.tanggalPendataan(), e.petugasPendata(), e.petugasPsksId(), e.keterangan(), null, null, 0));
        }, x -> null); // a group's entry: tulis re-reads the index
    }

    /** Adds one more type (or another year) to a person already in the register. */
    public HasilSimpan tambahJenis(long pendudukId, EntriPmks entriInput, boolean terimaPeringatan) {
        Penduduk p = orang.penduduk(pendudukId).orElseThrow(() -> new KesosException(Messages.get("pmks.tidakAda")));
        HasilValidasi h = new HasilValidasi();
        EntriPmks e = normalisasi(entriInput, p);
        entriValidator.periksa(e, p, h);
        h.wajibSah();
        h.wajibDiterima(terimaPeringatan);
        return tulis(tx -> new HasilSimpan(p, sisipEntri(tx, e.untuk(pendudukId, null)), h.teksPeringatan()),
                r -> pendudukId);
    }

    /**
     * Stores a person's edit; when their No. KK changes, their entries under the old number follow it (audited), except
     * {@code kecuali}, which the caller writes itself: an entry is counted under the number the BNBA lists.
     */
    private Penduduk ubahOrangDi(DSLContext tx, Penduduk p, java.util.Set<Long> kecuali) {
        String kkLama = tx.select(PENDUDUK.NO_KK).from(PENDUDUK).where(PENDUDUK.ID.eq(p.id())).fetchOptional(PENDUDUK.NO_KK).orElse(null);
        Penduduk baru = orang.ubah(tx, p);
        if (kkLama != null && baru.noKk() != null && !kkLama.equals(baru.noKk())) {
            for (var r : tx.selectFrom(PMKS).where(PMKS.PENDUDUK_ID.eq(p.id())).and(PMKS.KK_KELUARGA.eq(kkLama)).and(PMKS.HAPUS_TOKEN.eq(0L)).fetch()) {
                if (!kecuali.contains(r.getId())) {
                    penulis.ubah(tx, ENTRI, r.getId(), r.getVersion(), (rec, lama) -> rec.setKkKeluarga(baru.noKk()));
                }
            }
        }
        return baru;
    }

    /** Saves edits of a person; {@code input.version()} must be the version that was loaded. */
    public HasilSimpan ubahPenduduk(Penduduk input, boolean terimaPeringatan) {
        Penduduk p = PendudukService.normalisasi(input);
        HasilValidasi h = validator.periksa(p);
        if (p.nik() != null) {
            orang.denganNik(p.nik()).filter(ada -> !ada.id().equals(p.id())).ifPresent(ada -> {
                throw new DuplikatNikException(ada, orang.namaDesa(ada.desaKode()));
            });
        }
        for (EntriPmks e : repo.entriPenduduk(p.id())) {
            entriValidator.periksaUsia(e, p, h);
        }
        h.wajibSah();
        h.wajibDiterima(terimaPeringatan);
        return tulis(tx -> new HasilSimpan(ubahOrangDi(tx, p, java.util.Set.of()), null, h.teksPeringatan()), r -> r.penduduk().id());
    }

    /** Saves edits of an entry's data (not its status: see {@link #ubahStatus}). */
    public EntriPmks ubahEntri(EntriPmks input) {
        EntriPmks lama0 = repo.entri(input.id()).orElseThrow(() -> new KesosException(Messages.get("pmks.tidakAda")));
        Penduduk p = lama0.pendudukId() == null ? null : orang.penduduk(lama0.pendudukId()).orElseThrow();
        EntriPmks e = normalisasi(new EntriPmks(input.id(), lama0.pendudukId(), lama0.kelompokId(), input.jenisKode(),
                input.tahun(), lama0.status(), lama0.alasanStatus(), input.sumber(), input.tanggalPendataan(), input.petugasPendata(),
                input.petugasPsksId(), input.keterangan(), input.kkKeluarga(), input.jumlahAnggota(), input.version()), p);
        HasilValidasi h = new HasilValidasi();
        entriValidator.periksa(e, p, h);
        h.wajibSah();
        return tulis(tx -> penulis.ubah(tx, ENTRI, e.id(), e.version(), (rec, lama) -> isi(rec, e)),
                EntriPmks::pendudukId);
    }

    /** Moves an entry to another status; the change and its reason go into the entry's history. */
    public EntriPmks ubahStatus(long entriId, int version, StatusPmks ke, String alasan) {
        String why = Teks.bersih(alasan);
        if (ke == StatusPmks.TERVERIFIKASI || ke == StatusPmks.DITOLAK) {
            // verifying and rejecting are the Kasie's (or the Admin's), and never of an entry one added oneself
            audit.sesi().wajib(id.kesos.core.audit.Peran.Hak.VERIFIKASI);
            audit.periksaBukanPembuat(dsl, "pmks", entriId);
        }
        return tulis(tx -> {
            StatusPmks[] dariKe = new StatusPmks[1];
            EntriPmks baru = penulis.ubah(tx, ENTRI, entriId, version, (rec, lama) -> {
                dariKe[0] = lama.status();
                EntriValidator.periksaPerpindahan(lama.status(), ke, why);
                rec.setStatus(ke.kode());
                rec.setAlasanStatus(why);
            });
            riwayat(tx, entriId, dariKe[0], ke, why);
            return baru;
        }, EntriPmks::pendudukId);
    }

    /** Removes an entry from the register; the row stays (soft delete) and the audit log keeps its values. */
    public void hapus(long entriId, int version) {
        tulis(tx -> penulis.ubah(tx, ENTRI, entriId, version, AuditLog.Aksi.HAPUS, null,
                (rec, lama) -> rec.setHapusToken(entriId)), EntriPmks::pendudukId);
    }

    /** Records aid a person received. */
    public Bantuan tambahBantuan(Bantuan b) {
        HasilValidasi h = BantuanValidator.periksa(b);
        h.wajibSah();
        orang.penduduk(b.pendudukId()).orElseThrow(() -> new KesosException(Messages.get("pmks.tidakAda")));
        return tulis(tx -> {
            var rec = tx.newRecord(BANTUAN);
            rec.setPendudukId(b.pendudukId());
            rec.setProgram(b.program().kode());
            rec.setTanggal(b.tanggal());
            rec.setNilaiRupiah(b.nilaiRupiah());
            rec.setBarang(Teks.bersih(b.barang()));
            rec.setSumberDana(b.sumberDana().kode());
            rec.setKeterangan(Teks.bersih(b.keterangan()));
            rec.store();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("penduduk_id", b.pendudukId());
            v.put("program", b.program().kode());
            v.put("tanggal", b.tanggal());
            v.put("nilai_rupiah", b.nilaiRupiah());
            v.put("barang", b.barang());
            v.put("sumber_dana", b.sumberDana().kode());
            audit.catat(tx, "bantuan", String.valueOf(rec.getId()), AuditLog.Aksi.TAMBAH, null, v);
            return new Bantuan(rec.getId(), b.pendudukId(), b.program(), b.tanggal(), b.nilaiRupiah(), rec.getBarang(), b.sumberDana(),
                    rec.getKeterangan());
        }, Bantuan::pendudukId);
    }

    /** A group with its entries and their status history. */
    public Optional<DetailKelompok> detailKelompok(long kelompokId) {
        return repo.kelompok(kelompokId).map(k -> new DetailKelompok(k, orang.namaDesa(k.desaKode()), repo.entriKelompok(kelompokId)
                .stream().map(e -> new DetailPenduduk.Entri(e, jenis.dapat(e.jenisKode()), repo.riwayat(e.id()))).toList()));
    }

    /** A person with their entries (type, status history) and aid. */
    public Optional<DetailPenduduk> detail(long pendudukId) {
        return orang.penduduk(pendudukId).map(p -> new DetailPenduduk(p, orang.namaDesa(p.desaKode()),
                repo.entriPenduduk(pendudukId).stream()
                        .map(e -> new DetailPenduduk.Entri(e, jenis.dapat(e.jenisKode()), repo.riwayat(e.id()))).toList(),
                repo.bantuan(pendudukId)));
    }

    // ---------------------------------------------------------------------------------------------

    private EntriPmks sisipEntri(DSLContext tx, EntriPmks e) {
        var rec = rekamanBaru(e);
        tx.attach(rec);
        rec.store();
        riwayat(tx, rec.getId(), null, e.status(), null);
        EntriPmks baru = PmksRepository.entri(rec);
        penulis.tambah(tx, ENTRI, rec.getId(), baru);
        return baru;
    }

    /** A new entry's row as every add writes it (the form's, one by one; an import's, in batches). */
    private static id.kesos.core.db.jooq.tables.records.PmksRecord rekamanBaru(EntriPmks e) {
        var r = new id.kesos.core.db.jooq.tables.records.PmksRecord();
        isi(r, e);
        r.setStatus(e.status().kode());
        r.setVersion(1);
        return r;
    }

    private void riwayat(DSLContext tx, long entriId, StatusPmks dari, StatusPmks ke, String alasan) {
        tx.executeInsert(riwayat(entriId, dari, ke, alasan));
    }

    private id.kesos.core.db.jooq.tables.records.PmksStatusRiwayatRecord riwayat(long entriId, StatusPmks dari, StatusPmks ke, String alasan) {
        var r = new id.kesos.core.db.jooq.tables.records.PmksStatusRiwayatRecord();
        r.setPmksId(entriId);
        r.setPengguna(audit.pengguna());
        r.setDari(dari == null ? null : dari.kode());
        r.setKe(ke.kode());
        r.setAlasan(alasan);
        return r;
    }

    private static void isi(id.kesos.core.db.jooq.tables.records.PmksRecord r, EntriPmks e) {
        r.setPendudukId(e.pendudukId());
        r.setKelompokId(e.kelompokId());
        r.setJenisKode(e.jenisKode());
        r.setTahun((short) e.tahun());
        r.setSumberData(e.sumber().kode());
        r.setTanggalPendataan(e.tanggalPendataan());
        r.setPetugasPendata(e.petugasPendata());
        r.setPetugasPsksId(e.petugasPsksId());
        r.setKeterangan(e.keterangan());
        r.setKkKeluarga(e.kkKeluarga());
        r.setJumlahAnggota(e.jumlahAnggota() == null ? null : e.jumlahAnggota().shortValue());
    }

    /**
     * The entry as stored: blanks as null, the type's code as listed, and, for a family type, the family
     * card defaulting to the person's own No. KK (forms and imports alike, before their checks).
     */
    public EntriPmks normalisasi(EntriPmks e, Penduduk p) {
        String kk = NikValidator.bersihkan(e.kkKeluarga());
        JenisPmks j = jenis.dapat(e.jenisKode());
        if (kk.isEmpty() && j != null && j.perKk() && p != null && p.noKk() != null) {
            kk = NikValidator.bersihkan(p.noKk());
        }
        return new EntriPmks(e.id(), e.pendudukId(), e.kelompokId(), j == null ? e.jenisKode() : j.kode(), e.tahun(),
                e.status() == null ? StatusPmks.USULAN : e.status(), Teks.bersih(e.alasanStatus()),
                e.sumber() == null ? SumberData.PENDATAAN_DESA : e.sumber(), e.tanggalPendataan(), Teks.bersih(e.petugasPendata()),
                e.petugasPsksId(), Teks.bersih(e.keterangan()), kk.isEmpty() ? null : kk, j != null && j.perKk() ? e.jumlahAnggota() : null, e.version());
    }

    /**
     * Runs a write; a constraint the checks above did not catch becomes a message, not a stack trace.
     * Afterwards the search index is brought up to date for the person {@code orang} names.
     */
    private <T> T tulis(java.util.function.Function<DSLContext, T> kerja, java.util.function.Function<T, Long> orang) {
        return tulis(kerja, null, orang);
    }

    private <T> T tulis(java.util.function.Function<DSLContext, T> kerja, java.util.function.Supplier<java.util.Optional<T>> sudahAda,
            java.util.function.Function<T, Long> orang) {
        T hasil = penulis.tulis(kerja, sudahAda);
        Long pid = orang.apply(hasil);
        if (pid != null) {
            perbaruiIndeks(pid);
        } else if (hasil instanceof EntriPmks e && e.kelompokId() != null && indeks != null) {
            muatUlangIndeks(); // groups are few; re-read all
        }
        return hasil;
    }
}
