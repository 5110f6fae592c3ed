package id.kesos.core.psks;

import static id.kesos.core.db.jooq.Tables.JENIS_PSKS;
import static id.kesos.core.db.jooq.Tables.PSKS;
import static id.kesos.core.db.jooq.Tables.PSKS_DIKLAT;

import id.kesos.core.KesosException;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.jooq.tables.records.PsksRecord;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.NikValidator;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.PendudukService;
import id.kesos.core.psks.Psks.Field;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.Teks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The PSKS register: adding and editing pillars of every form, deactivating and reactivating them,
 * and the "pilar lain" types the office adds. Every write is one transaction with an audit row; a
 * stale version is refused. A person is stored once, in the same table as the PMKS register.
 */
public final class PsksService {
    private final DSLContext dsl;
    private final AuditLog audit;
    private final PendudukService orang;
    private final PsksRepository repo;
    private final PsksValidator validator;
    private final id.kesos.core.referensi.Katalog<JenisPsks> jenis;
    private final id.kesos.core.audit.Penulis penulis;
    /** A PSKS record as the shared write helper changes it, audited as "psks". */
    private final id.kesos.core.audit.Penulis.Baris<PsksRecord, Psks> baris;
    private volatile java.util.function.LongConsumer sesudahOrangBerubah = id -> { };

    public PsksService(DSLContext dsl, AuditLog audit, PendudukService orang) {
        this.dsl = dsl;
        this.audit = audit;
        this.orang = orang;
        this.repo = new PsksRepository(dsl);
        this.validator = new PsksValidator(orang.validator(), orang::desa);
        this.jenis = new id.kesos.core.referensi.Katalog<>(repo::jenis, JenisPsks::kode);
        this.penulis = new id.kesos.core.audit.Penulis(dsl, audit);
        this.baris = new id.kesos.core.audit.Penulis.Baris<>("psks", PSKS, PSKS.ID, PSKS.VERSION, PSKS.DIUBAH_PADA, null, "psks.tidakAda",
                "psks.konflik", (tx, rec) -> repo.psks(rec), Psks::auditValues);
    }

    /** Told the id of a person this register added or changed (the PMKS search index listens). */
    public void setSesudahOrangBerubah(java.util.function.LongConsumer c) {
        sesudahOrangBerubah = c;
    }

    /** For the tests of this package: the register's own reads. */
    PsksRepository repository() {
        return repo;
    }

    /** How many PSKS records the register holds. */
    public int jumlah() {
        return repo.jumlah();
    }

    public Optional<Psks> psks(long id) {
        return repo.psks(id);
    }

    /** The PSKS records of a person ("PSM (aktif)"), for the "also registered as" line. */
    public List<Peran> peranOrang(long pendudukId) {
        return repo.peranOrang(pendudukId);
    }

    /** The PMKS types a person holds (not deleted), e.g. "Fakir Miskin 2026". */
    public List<String> pmksOrang(long pendudukId) {
        return repo.pmksOrang(pendudukId);
    }

    /** The form checks that need no database (the UI runs them as the user leaves a field). */
    public PsksValidator validator() {
        return validator;
    }

    public PendudukService orang() {
        return orang;
    }

    /** Reads what validation needs; call it in the background before a form opens. */
    public void siapkanValidasi() {
        orang.siapkanValidasi();
    }

    /** The official 12 then the pilar lain, in order. */
    public List<JenisPsks> jenis() {
        return jenis.semua();
    }

    public Optional<JenisPsks> jenis(String kode) {
        return jenis.cari(kode);
    }

    public HasilCari cari(FilterPsks f) {
        return repo.cari(f);
    }

    /** Every pillar matching {@code f}, with no cap (for recaps). */
    public List<BarisPsks> semua(FilterPsks f) {
        return repo.cari(f, Integer.MAX_VALUE).baris();
    }

    /** Saved record and the warnings the user accepted. */
    public record HasilSimpan(Psks psks, List<String> peringatan) {
    }

    /**
     * Adds ({@code id} null) or saves the edits of a record. Errors throw
     * {@link id.kesos.core.validasi.ValidasiException}; warnings not yet accepted throw
     * {@link id.kesos.core.validasi.PeringatanException}. A new person whose NIK is already stored
     * (in the PMKS register or as another pillar) is linked to that person, never copied.
     */
    public HasilSimpan simpan(Psks input, boolean terimaPeringatan) {
        Pemeriksaan c = periksa(input);
        HasilValidasi h = c.hasil();
        h.wajibSah();
        h.wajibDiterima(terimaPeringatan);
        Psks akhir = c.psks();
        HasilSimpan hasil = penulis.tulis(tx -> {
            Psks q = akhir;
            if (q.orang() != null) {
                q = q.denganOrang(simpanOrang(tx, q.orang()));
            }
            return new HasilSimpan(q.id() == null ? sisip(tx, q) : ubah(tx, q), h.teksPeringatan());
        });
        if (hasil.psks().orang() != null) {
            sesudahOrangBerubah.accept(hasil.psks().orang().id());
        }
        return hasil;
    }

    /** A record as it would be stored (a known person linked by NIK) and what its checks found. */
    public record Pemeriksaan(Psks psks, HasilValidasi hasil) {
    }

    /**
     * Every check of {@link #simpan} without writing: the form's and, for an import, each row's. An
     * unknown type is an error of its own (the other checks need the type).
     */
    public Pemeriksaan periksa(Psks input) {
        JenisPsks j = jenis(input.jenisKode()).orElse(null);
        Psks p = normalisasi(input, j);
        HasilValidasi h = validator.periksa(p, j);
        if (j == null) {
            return new Pemeriksaan(p, h);
        }
        Psks lama = p.id() == null ? null : repo.psks(p.id()).orElseThrow(() -> new KesosException(Messages.get("psks.tidakAda")));
        if (lama != null && !lama.jenisKode().equals(p.jenisKode())
                && jenis(lama.jenisKode()).map(JenisPsks::bentuk).orElse(null) != j.bentuk()) {
            h.tambah(Field.JENIS, Messages.get("psks.bentukBerubah"));
        }
        if (j.bentuk() == Bentuk.PERSEORANGAN && p.orang() != null && h.sah()) {
            p = p.denganOrang(periksaOrang(p, j, h));
        }
        periksaAturanJenis(p, j, h);
        return new Pemeriksaan(p, h);
    }

    /**
     * Whether the register holds this pillar already: the person (by NIK) in this type, or an
     * institution of this type with this name in this desa. An import skips such a row.
     */
    public boolean terdaftar(Psks p) {
        JenisPsks j = jenis(p.jenisKode()).orElse(null);
        if (j == null) {
            return false;
        }
        if (j.bentuk() == Bentuk.PERSEORANGAN) {
            String nik = p.orang() == null ? null : id.kesos.core.penduduk.NikValidator.bersihkan(p.orang().nik());
            return nik != null && !nik.isEmpty() && orang.denganNik(nik)
                    .map(o -> repo.peranOrang(o.id()).stream().anyMatch(r -> r.singkatan().equals(j.singkatan()))).orElse(false);
        }
        return p.nama() != null && !repo.namaSama(j.kode(), p.nama(), p.desaKode(), null).isEmpty();
    }

    /**
     * Writes an import's accepted records inside the caller's transaction {@code tx} (all or none with
     * the import's history row), each as {@link #simpan} would: the person first (one new person on two
     * rows, for two types, is stored once), the record, its audit row.
     */
    public List<Psks> imporDi(DSLContext tx, List<Psks> baru) {
        List<Psks> out = new ArrayList<>();
        java.util.Map<String, Penduduk> orangBaru = new java.util.HashMap<>();
        for (Psks q : baru) {
            if (q.orang() != null) {
                Penduduk o = q.orang();
                Penduduk sudah = o.id() == null && o.nik() != null ? orangBaru.get(o.nik()) : null;
                Penduduk disimpan = sudah != null ? sudah : simpanOrang(tx, o);
                if (o.nik() != null) {
                    orangBaru.put(o.nik(), disimpan);
                }
                q = q.denganOrang(disimpan);
            }
            out.add(sisip(tx, q));
        }
        return out;
    }

    /** After an import's commit: whoever follows people's changes (the PMKS search) hears of each. */
    public void sesudahImpor(List<Psks> tersimpan) {
        tersimpan.stream().filter(q -> q.orang() != null).map(q -> q.orang().id()).distinct().forEach(sesudahOrangBerubah::accept);
    }

    /**
     * The person's checks that need the register: a NIK already stored links to that person (with a
     * warning), a NIK of someone else is refused, the same person twice in one type is refused, a
     * possible duplicate and an age outside the type's band are warnings.
     */
    private Penduduk periksaOrang(Psks p, JenisPsks j, HasilValidasi h) {
        Penduduk o = p.orang();
        if (o.nik() != null) {
            Optional<Penduduk> ada = orang.denganNik(o.nik());
            if (ada.isPresent() && o.id() == null) {
                Penduduk a = ada.get();
                List<String> di = new ArrayList<>();
                repo.peranOrang(a.id()).stream().filter(r -> !Objects.equals(r.psksId(), p.id())).forEach(r -> di.add(r.singkatan()));
                di.addAll(repo.pmksOrang(a.id()));
                h.peringatan(Field.NIK, Messages.get("psks.nikTertaut", o.nik(), a.nama(),
                        di.isEmpty() ? "-" : String.join(", ", di)));
                o = gabung(a, o);
            } else if (ada.isPresent() && !ada.get().id().equals(o.id())) {
                h.tambah(Field.NIK, Messages.get("psks.nikOrangLain", o.nik(), ada.get().nama()));
                return o;
            }
        }
        if (o.id() != null) {
            Long pid = o.id();
            repo.peranOrang(pid).stream().filter(r -> r.singkatan().equals(j.singkatan()) && !Objects.equals(r.psksId(), p.id()))
                    .findFirst().ifPresent(r -> h.tambah(Field.JENIS, Messages.get("psks.sudahJenis", p.orang().nama(), j.nama())));
        } else {
            List<Penduduk> kandidat = orang.kandidatGanda(o);
            if (!kandidat.isEmpty()) {
                h.peringatan(Field.NAMA, Messages.get("pmks.mungkinGanda", PendudukService.sebutKandidat(kandidat)));
            }
        }
        Integer usia = o.usia(LocalDate.now());
        if (usia != null && (j.usiaMin() != null && usia < j.usiaMin() || j.usiaMax() != null && usia > j.usiaMax())) {
            h.peringatan(Field.TANGGAL_LAHIR, Messages.get("psks.usiaDiLuar", o.nama(), usia, j.nama(),
                    j.usiaMin() == null ? 0 : j.usiaMin(), j.usiaMax() == null ? 150 : j.usiaMax()));
        }
        return o;
    }

    /** The stored person, with what the PSKS form says about them written over it. */
    private static Penduduk gabung(Penduduk a, Penduduk form) {
        return new Penduduk(a.id(), a.nik(), a.noKk(), form.nama(), a.tempatLahir(), ada(form.tanggalLahir(), a.tanggalLahir()),
                form.jenisKelamin(), ada(form.alamat(), a.alamat()), a.dusun(), a.rt(), a.rw(), ada(form.desaKode(), a.desaKode()),
                a.namaIbu(), a.hubunganKeluarga(), ada(form.telepon(), a.telepon()), a.catatan(), a.version());
    }

    private static <T> T ada(T baru, T lama) {
        return baru != null ? baru : lama;
    }

    /** One TKSK per kecamatan, one Karang Taruna per desa: more is allowed, with a warning. Same-name institutions too. */
    private void periksaAturanJenis(Psks p, JenisPsks j, HasilValidasi h) {
        if (!p.aktif()) {
            return;
        }
        if (j.satuPerKecamatan()) {
            List<String> lain = repo.aktifSejenis(j.kode(), null, p.id());
            if (!lain.isEmpty()) {
                h.peringatan(Field.JENIS, Messages.get("psks.satuPerKecamatan", j.singkatan(), String.join(", ", lain)));
            }
        }
        if (j.satuPerDesa()) {
            List<String> lain = repo.aktifSejenis(j.kode(), p.desaTampil() == null ? "" : p.desaTampil(), p.id());
            if (!lain.isEmpty()) {
                h.peringatan(Field.DESA, Messages.get("psks.satuPerDesa", j.singkatan(), String.join(", ", lain)));
            }
        }
        if (j.bentuk() != Bentuk.PERSEORANGAN && p.nama() != null) {
            List<String> sama = repo.namaSama(j.kode(), p.nama(), p.desaKode(), p.id());
            if (!sama.isEmpty()) {
                h.peringatan(Field.NAMA, Messages.get("psks.namaSama", p.nama(), j.nama()));
            }
        }
    }

    private Penduduk simpanOrang(DSLContext tx, Penduduk o) {
        if (o.id() == null) {
            return orang.sisip(tx, o);
        }
        Penduduk tersimpan = tx.selectFrom(id.kesos.core.db.jooq.Tables.PENDUDUK).where(id.kesos.core.db.jooq.Tables.PENDUDUK.ID
                .eq(o.id())).fetchOptional(PendudukService::dari).orElseThrow(() -> new KesosException(Messages.get("pmks.tidakAda")));
        // unchanged: no new version, no audit row
        return tersimpan.auditValues().equals(o.auditValues()) && tersimpan.version() == o.version() ? tersimpan : orang.ubah(tx, o);
    }

    private Psks sisip(DSLContext tx, Psks p) {
        PsksRecord rec = tx.newRecord(PSKS);
        isi(rec, p);
        rec.setVersion(1);
        rec.store();
        tulisDiklat(tx, rec.getId(), p);
        Psks baru = p.denganId(rec.getId(), 1);
        penulis.tambah(tx, baris, rec.getId(), baru);
        return baru;
    }

    private Psks ubah(DSLContext tx, Psks p) {
        return penulis.ubah(tx, baris, p.id(), p.version(), (rec, lama) -> {
            isi(rec, p);
            tulisDiklat(tx, p.id(), p);
        });
    }

    private static void tulisDiklat(DSLContext tx, long psksId, Psks p) {
        tx.deleteFrom(PSKS_DIKLAT).where(PSKS_DIKLAT.PSKS_ID.eq(psksId)).execute();
        int i = 0;
        for (Diklat d : p.diklat()) {
            tx.insertInto(PSKS_DIKLAT).set(PSKS_DIKLAT.PSKS_ID, psksId).set(PSKS_DIKLAT.URUTAN, ++i)
                    .set(PSKS_DIKLAT.NAMA_DIKLAT, d.nama()).set(PSKS_DIKLAT.PENYELENGGARA, d.penyelenggara())
                    .set(PSKS_DIKLAT.TAHUN, d.tahun() == null ? null : d.tahun().shortValue()).execute();
        }
    }

    /** Marks a pillar as no longer active, from {@code tanggal}, for {@code alasan} (both required). */
    public Psks nonaktifkan(long id, int version, LocalDate tanggal, String alasan) {
        String why = Teks.bersih(alasan);
        validator.periksaNonaktif(tanggal, why).wajibSah();
        return ubahAktif(id, version, false, tanggal, why);
    }

    /** Makes a deactivated pillar active again; the earlier reason stays in the audit log. */
    public Psks aktifkan(long id, int version) {
        return ubahAktif(id, version, true, null, null);
    }

    private Psks ubahAktif(long id, int version, boolean aktif, LocalDate tanggal, String alasan) {
        return penulis.tulis(tx -> penulis.ubah(tx, baris, id, version, (rec, lama) -> {
            if (lama.aktif() == aktif) {
                throw new KesosException(Messages.get(aktif ? "psks.sudahAktif" : "psks.sudahNonaktif", lama.namaTampil()));
            }
            rec.setAktif(aktif);
            rec.setNonaktifTanggal(tanggal);
            rec.setNonaktifAlasan(alasan);
        }));
    }

    /** A record with its type, desa and the person's other registers. */
    public Optional<DetailPsks> detail(long id) {
        return repo.psks(id).map(p -> {
            JenisPsks j = jenis.dapat(p.jenisKode());
            String desa = p.desaTampil() == null ? Messages.get("psks.tingkatKecamatan") : orang.namaDesa(p.desaTampil());
            if (p.orang() == null) {
                return new DetailPsks(p, j, desa, List.of(), List.of());
            }
            return new DetailPsks(p, j, desa, repo.peranOrang(p.orang().id()).stream().filter(r -> r.psksId() != id).toList(),
                    repo.pmksOrang(p.orang().id()));
        });
    }

    /** Pillars who are persons (active or not): choices for petugas pendata and meeting attendees. */
    public List<RingkasPsks> pilihanOrang() {
        return repo.pilihanOrang();
    }

    /**
     * Adds a "pilar lain" type (Pendamping PKH, Puskesos, Operator SIKS-NG, ...): it appears after the
     * official 12 in every list, form, filter and recap. Its code is PSKS-L01, PSKS-L02, ...
     */
    public JenisPsks tambahJenis(String nama, String singkatan, Bentuk bentuk) {
        validator.periksaJenisBaru(nama, singkatan, bentuk, jenis()).wajibSah();
        String n = Teks.bersih(nama);
        String s = Teks.bersih(singkatan);
        JenisPsks baru = penulis.tulis(tx -> {
            int nomor = tx.select(DSL.max(JENIS_PSKS.NOMOR)).from(JENIS_PSKS).fetchOne(0, Integer.class) + 1;
            long lain = tx.fetchCount(JENIS_PSKS, JENIS_PSKS.RESMI.isFalse());
            String kode = String.format(Locale.ROOT, "PSKS-L%02d", lain + 1);
            tx.insertInto(JENIS_PSKS).set(JENIS_PSKS.KODE, kode).set(JENIS_PSKS.NOMOR, nomor).set(JENIS_PSKS.NAMA, n)
                    .set(JENIS_PSKS.SINGKATAN, s).set(JENIS_PSKS.BENTUK, bentuk.kode()).set(JENIS_PSKS.RESMI, false).execute();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("kode", kode);
            v.put("nama", n);
            v.put("singkatan", s);
            v.put("bentuk", bentuk.kode());
            audit.catat(tx, "jenis_psks", kode, AuditLog.Aksi.TAMBAH, null, v);
            return new JenisPsks(kode, nomor, n, s, bentuk, false, null, null, false, false);
        });
        jenis.segarkan();
        return baru;
    }

    // ---------------------------------------------------------------------------------------------

    private static void isi(PsksRecord r, Psks p) {
        r.setJenisKode(p.jenisKode());
        r.setPendudukId(p.orang() == null ? null : p.orang().id());
        r.setNama(p.nama());
        r.setNamaNormal(p.nama() == null ? null : Penduduk.normalisasiNama(p.nama()));
        r.setNoKk(p.noKk());
        r.setAlamat(p.alamat());
        r.setDesaKode(p.desaKode());
        r.setTelepon(p.telepon());
        r.setEmail(p.email());
        r.setPendidikan(p.pendidikan() == null ? null : p.pendidikan().kode());
        r.setMulaiAktif(p.mulaiAktif() == null ? null : p.mulaiAktif().shortValue());
        r.setNomorSk(p.nomorSk());
        r.setLegalitas(p.legalitas().kode());
        r.setPendampingan(Pendampingan.tulis(p.pendampingan()));
        r.setKetua(p.ketua());
        r.setTahunBerdiri(p.tahunBerdiri() == null ? null : p.tahunBerdiri().shortValue());
        r.setAktaNotaris(p.aktaNotaris());
        r.setNomorTandaDaftar(p.nomorTandaDaftar());
        r.setKlasifikasi(p.klasifikasi() == null ? null : p.klasifikasi().kode());
        r.setJumlahPengurus(p.jumlahPengurus());
        r.setJumlahAnggota(p.jumlahAnggota());
        r.setBidang(p.bidang());
        r.setNarahubung(p.narahubung());
        r.setDukungan(p.dukungan());
        r.setUraian(p.uraian());
        r.setAktif(p.aktif());
        r.setNonaktifTanggal(p.nonaktifTanggal());
        r.setNonaktifAlasan(p.nonaktifAlasan());
        r.setCatatan(p.catatan());
    }

    /**
     * The record as stored: blanks as null, the fields of other forms dropped, an institution's
     * legal standing derived from its documents, the deactivation kept from the stored record
     * (it changes only through {@link #nonaktifkan} and {@link #aktifkan}).
     */
    private Psks normalisasi(Psks p, JenisPsks j) {
        Bentuk b = j == null ? null : j.bentuk();
        boolean orangB = b == Bentuk.PERSEORANGAN;
        boolean lembaga = b == Bentuk.LEMBAGA;
        Penduduk o = orangB && p.orang() != null ? PendudukService.normalisasi(p.orang()) : null;
        String nama = orangB ? null : Teks.bersih(p.nama()) == null ? null : p.nama().strip().replaceAll("\\s+", " ");
        String kk = NikValidator.bersihkan(p.noKk());
        String sk = Teks.bersih(p.nomorSk());
        String akta = lembaga ? Teks.bersih(p.aktaNotaris()) : null;
        String daftar = lembaga ? Teks.bersih(p.nomorTandaDaftar()) : null;
        Legalitas legalitas;
        if (orangB) {
            legalitas = p.legalitas() == null ? Legalitas.TIDAK_ADA : p.legalitas();
        } else if (lembaga) {
            legalitas = sk != null || akta != null || daftar != null ? Legalitas.TERDAFTAR : Legalitas.TIDAK_ADA;
        } else {
            legalitas = Legalitas.TIDAK_ADA;
        }
        boolean aktif = true;
        LocalDate nonTgl = null;
        String nonAlasan = null;
        if (p.id() != null) {
            Optional<Psks> lama = repo.psks(p.id());
            if (lama.isPresent()) {
                aktif = lama.get().aktif();
                nonTgl = lama.get().nonaktifTanggal();
                nonAlasan = lama.get().nonaktifAlasan();
            }
        }
        List<Diklat> diklat = orangB ? p.diklat().stream().map(d -> new Diklat(Teks.bersih(d.nama()), Teks.bersih(d.penyelenggara()),
                d.tahun())).filter(d -> d.nama() != null || d.penyelenggara() != null || d.tahun() != null).toList() : List.of();
        return new Psks(p.id(), j == null ? p.jenisKode() : j.kode(), o, nama,
                b == Bentuk.KELUARGA ? (NikValidator.rusakOlehExcel(p.noKk()) ? p.noKk() : kk.isEmpty() ? null : kk) : null,
                orangB ? null : Teks.bersih(p.alamat()), orangB ? null : Teks.bersih(p.desaKode()), orangB ? null : Teks.bersih(p.telepon()),
                b == Bentuk.KELUARGA ? null : Teks.bersih(p.email()), orangB ? p.pendidikan() : null, orangB ? p.mulaiAktif() : null,
                orangB || lembaga ? sk : null, legalitas, orangB ? p.pendampingan() : null, diklat, lembaga ? Teks.bersih(p.ketua()) : null,
                lembaga ? p.tahunBerdiri() : null, akta, daftar, lembaga && j.berklasifikasi() ? p.klasifikasi() : null,
                lembaga ? p.jumlahPengurus() : null, lembaga ? p.jumlahAnggota() : null,
                lembaga || b == Bentuk.BADAN_USAHA ? Teks.bersih(p.bidang()) : null,
                b == Bentuk.BADAN_USAHA ? Teks.bersih(p.narahubung()) : null, b == Bentuk.BADAN_USAHA ? Teks.bersih(p.dukungan()) : null,
                b == Bentuk.KELUARGA ? Teks.bersih(p.uraian()) : null, aktif, nonTgl, nonAlasan, Teks.bersih(p.catatan()), p.version());
    }
}
