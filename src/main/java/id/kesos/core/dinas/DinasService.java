package id.kesos.core.dinas;

import static id.kesos.core.db.jooq.Tables.DINAS;
import static id.kesos.core.db.jooq.Tables.KANTOR;
import static id.kesos.core.db.jooq.Tables.PAKET;

import id.kesos.core.KesosException;
import id.kesos.core.Kemajuan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.audit.Peran;
import id.kesos.core.i18n.Messages;
import id.kesos.core.validasi.NipValidator;
import id.kesos.core.validasi.Teks;
import id.kesos.core.wilayah.Tingkat;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.core.wilayah.WilayahService;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Dinas mode: the office of a kabupaten/kota's Dinas Sosial. It keeps its profile, receives the packages its kecamatan
 * send ({@link PenerimaPaket}), tells which kecamatan have sent ({@link #status}), and writes the kabupaten recaps
 * ({@link RekapKabupaten}) and the list of people registered in more than one kecamatan ({@link GandaKabupaten}).
 */
public final class DinasService {
    private static final int ID = 1;

    private final DSLContext dsl;
    private final AuditLog audit;
    private final WilayahService wilayah;
    private final id.kesos.core.audit.Penulis penulis;
    private final java.util.function.Supplier<List<id.kesos.core.pmks.JenisPmks>> jenisPmks;
    private final java.util.function.Supplier<List<id.kesos.core.psks.JenisPsks>> jenisPsks;

    public DinasService(DSLContext dsl, AuditLog audit, java.util.function.Supplier<List<id.kesos.core.pmks.JenisPmks>> jenisPmks,
            java.util.function.Supplier<List<id.kesos.core.psks.JenisPsks>> jenisPsks) {
        this.dsl = dsl;
        this.jenisPmks = jenisPmks;
        this.jenisPsks = jenisPsks;
        this.audit = audit;
        this.wilayah = new WilayahService(dsl);
        this.penulis = new id.kesos.core.audit.Penulis(dsl, audit);
    }

    /** True when this data folder is a Dinas Sosial's (set up with {@code setup --kabupaten}). */
    public boolean sudahDiatur() {
        return dsl.fetchExists(DINAS);
    }

    public Optional<Dinas> muat() {
        return dsl.selectFrom(DINAS).where(DINAS.ID.eq(ID)).fetchOptional(r -> new Dinas(r.getKodeKabupaten(), r.getNamaKepala(),
                r.getNipKepala(), r.getPangkatKepala(), r.getAlamat(), r.getKodePos(), r.getTelepon(), r.getEmail(), r.getLogo(),
                r.getVersion()));
    }

    /** The profile with region names and the kabupaten's kecamatan, or empty when this is no Dinas. */
    public Optional<ProfilDinas> profil() {
        return muat().map(d -> new ProfilDinas(d, wilayah.cari(d.kodeKabupaten().substring(0, 2)).orElseThrow(),
                wilayah.cari(d.kodeKabupaten()).orElseThrow(), kecamatanDari(d.kodeKabupaten())));
    }

    /** The profile, or the message that this folder is no Dinas Sosial's. */
    public ProfilDinas profilWajib() {
        return profil().orElseThrow(() -> new KesosException(Messages.get("dinas.belumSetup")));
    }

    private List<Wilayah> kecamatanDari(String kab) {
        return wilayah.anak(kab).stream().filter(w -> w.tingkat() == Tingkat.KECAMATAN).toList();
    }

    /**
     * Checks and saves the profile in one transaction (the first save sets the folder up as a Dinas). A folder set up
     * for a kecamatan office is refused: one folder is one office.
     */
    public Dinas simpan(Dinas input) {
        audit.sesi().wajib(Peran.Hak.PENGATURAN);
        Dinas d = new Dinas(Teks.bersih(input.kodeKabupaten()), Teks.bersih(input.namaKepala()), NipValidator.normalisasi(input.nipKepala()),
                Teks.bersih(input.pangkatKepala()), Teks.bersih(input.alamat()), Teks.bersih(input.kodePos()), Teks.bersih(input.telepon()),
                Teks.bersih(input.email()), input.logo() == null || input.logo().length == 0 ? null : input.logo(), input.version());
        List<String> salah = new ArrayList<>();
        Optional<Wilayah> kab = d.kodeKabupaten() == null ? Optional.empty() : wilayah.cari(d.kodeKabupaten());
        if (kab.isEmpty() || !(kab.get().tingkat() == Tingkat.KABUPATEN || kab.get().tingkat() == Tingkat.KOTA)) {
            salah.add(Messages.get("dinas.kabupatenSalah", d.kodeKabupaten() == null ? "" : d.kodeKabupaten()));
        }
        if (d.namaKepala() == null) {
            salah.add(Messages.get("dinas.kepalaKosong"));
        }
        NipValidator.periksa(d.nipKepala(), Messages.get("dinas.nipKepala")).ifPresent(salah::add);
        if (!salah.isEmpty()) {
            throw new KesosException(String.join("\n", salah));
        }
        return penulis.tulis(tx -> {
            if (tx.fetchExists(KANTOR)) {
                throw new KesosException(Messages.get("dinas.folderKecamatan"));
            }
            Optional<Dinas> lama = new DinasService(tx, audit, jenisPmks, jenisPsks).muat();
            if (lama.map(Dinas::version).orElse(0) != d.version()) {
                throw new KesosException(Messages.get("kantor.konflik"));
            }
            if (lama.isPresent() && !lama.get().kodeKabupaten().equals(d.kodeKabupaten()) && tx.fetchExists(PAKET)) {
                throw new KesosException(Messages.get("dinas.kabupatenTetap", lama.get().kodeKabupaten()));
            }
            Dinas baru = new Dinas(d.kodeKabupaten(), d.namaKepala(), d.nipKepala(), d.pangkatKepala(), d.alamat(), d.kodePos(), d.telepon(),
                    d.email(), d.logo(), d.version() + 1);
            Map<Field<?>, Object> nilai = new LinkedHashMap<>();
            nilai.put(DINAS.KODE_KABUPATEN, baru.kodeKabupaten());
            nilai.put(DINAS.NAMA_KEPALA, baru.namaKepala());
            nilai.put(DINAS.NIP_KEPALA, baru.nipKepala());
            nilai.put(DINAS.PANGKAT_KEPALA, baru.pangkatKepala());
            nilai.put(DINAS.ALAMAT, baru.alamat());
            nilai.put(DINAS.KODE_POS, baru.kodePos());
            nilai.put(DINAS.TELEPON, baru.telepon());
            nilai.put(DINAS.EMAIL, baru.email());
            nilai.put(DINAS.LOGO, baru.logo());
            nilai.put(DINAS.VERSION, baru.version());
            nilai.put(DINAS.DIUBAH_PADA, OffsetDateTime.now());
            tx.insertInto(DINAS).set(DINAS.ID, ID).set(nilai).onDuplicateKeyUpdate().set(nilai).execute();
            audit.catat(tx, "dinas", String.valueOf(ID), lama.isPresent() ? AuditLog.Aksi.UBAH : AuditLog.Aksi.TAMBAH,
                    lama.map(Dinas::auditValues).orElse(null), baru.auditValues());
            return baru;
        });
    }

    /** What became of one file handed to {@link #terima}: received (and whether it replaced an older one), or refused and why. */
    public record HasilTerima(Path berkas, boolean diterima, String kecamatan, Integer tahun, long entri, boolean menggantikan, String alasan) {
    }

    /**
     * Receives packages: each file is checked and stored in a transaction of its own, so one bad file refuses only
     * itself; a folder stands for the .xlsx files in it. The results are in the order of the files.
     */
    public List<HasilTerima> terima(List<Path> berkas, Kemajuan kemajuan) {
        audit.sesi().wajib(Peran.Hak.TULIS);
        Kemajuan k = kemajuan == null ? Kemajuan.DIAM : kemajuan;
        ProfilDinas p = profilWajib();
        List<Path> semua = PenerimaPaket.berkasDari(berkas);
        List<HasilTerima> out = new ArrayList<>();
        PenerimaPaket penerima = new PenerimaPaket(dsl, audit, p);
        for (int i = 0; i < semua.size(); i++) {
            k.periksa();
            k.maju(i, semua.size());
            k.pesan(Messages.get("dinas.menerima", semua.get(i).getFileName(), i + 1, semua.size()));
            out.add(penerima.terima(semua.get(i)));
        }
        k.maju(semua.size(), semua.size());
        return out;
    }

    /** One kecamatan on the status board: its latest package of the year, or none. */
    public record StatusKecamatan(Wilayah kecamatan, PaketDiterima paket) {
        public boolean terkirim() {
            return paket != null;
        }
    }

    /** A received package as the lists show it. */
    public record PaketDiterima(long id, String kecamatanKode, int tahun, String status, OffsetDateTime dibuat, OffsetDateTime diterima,
            String namaBerkas, int entri, int orang, boolean aktif, String versiApp) {
    }

    /** Every kecamatan of the kabupaten (Kemendagri list, code order) with its active package of {@code tahun}, if any. */
    public List<StatusKecamatan> status(int tahun) {
        ProfilDinas p = profilWajib();
        Map<String, PaketDiterima> aktif = new LinkedHashMap<>();
        for (PaketDiterima d : paket(tahun)) {
            if (d.aktif()) {
                aktif.put(d.kecamatanKode(), d);
            }
        }
        return p.kecamatan().stream().map(w -> new StatusKecamatan(w, aktif.get(w.kode()))).toList();
    }

    /** The packages received for {@code tahun} (null: every year), newest first, the replaced ones too. */
    public List<PaketDiterima> paket(Integer tahun) {
        return dsl.selectFrom(PAKET).where(tahun == null ? org.jooq.impl.DSL.noCondition() : PAKET.TAHUN.eq(tahun.shortValue()))
                .orderBy(PAKET.DITERIMA.desc(), PAKET.ID.desc())
                .fetch(r -> new PaketDiterima(r.getId(), r.getKecamatanKode(), r.getTahun(), r.getStatus(), r.getDibuat(), r.getDiterima(),
                        r.getNamaBerkas(), r.getJumlahEntri(), r.getJumlahOrang(), r.getAktif(), r.getVersiApp()));
    }

    /** The kabupaten recaps over the active packages of a year. */
    public RekapKabupaten rekap() {
        return new RekapKabupaten(dsl, this, audit, jenisPmks.get(), jenisPsks.get());
    }

    /** People registered in more than one kecamatan of the kabupaten. */
    public GandaKabupaten ganda() {
        return new GandaKabupaten(dsl, this);
    }
}
