package id.kesos.ui.rapat;

import id.kesos.core.KesosException;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.rapat.AgendaRapat;
import id.kesos.core.rapat.JenisRapat;
import id.kesos.core.rapat.Kehadiran;
import id.kesos.core.rapat.Pejabat;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.rapat.PesertaRapat;
import id.kesos.core.rapat.Rapat;
import id.kesos.core.rapat.RapatService;
import id.kesos.core.rapat.StatusRapat;
import id.kesos.core.rapat.StatusTindakLanjut;
import id.kesos.core.rapat.TindakLanjut;
import id.kesos.core.rapat.TindakLanjutTerbuka;
import id.kesos.core.rapat.Unsur;
import id.kesos.core.psks.RingkasPsks;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.Pesan;
import id.kesos.ui.Penolakan;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.Formulir;
import id.kesos.ui.task.TaskRunner;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One meeting's form: the header fields, agenda items, attendees and follow-ups as editable rows.
 * A draft is saved in the background shortly after every change (nothing is lost on a crash);
 * "Finalkan" checks everything and locks it; "Buka kembali" unlocks it with a reason.
 */
public final class RapatFormViewModel {
    /** Header fields kept as text (dates and times are read when saving). */
    public enum Isian { JUDUL, TANGGAL, JAM_MULAI, JAM_SELESAI, TEMPAT, PIMPINAN_NAMA, PIMPINAN_JABATAN, PIMPINAN_PANGKAT, PIMPINAN_NIP,
        NOTULIS_NAMA, NOTULIS_JABATAN, NOTULIS_PANGKAT, NOTULIS_NIP, PEMBUKAAN, KESIMPULAN, PENUTUPAN }

    /** An agenda row. */
    public static final class BarisAgenda {
        public final StringProperty judul = new SimpleStringProperty("");
        public final StringProperty pembahasan = new SimpleStringProperty("");
        public final StringProperty kesimpulan = new SimpleStringProperty("");
        public Long tindakLanjutId;

        Observable[] semua() {
            return new Observable[] {judul, pembahasan, kesimpulan};
        }
    }

    /** An attendee row; a linked one ({@code psksId}, {@code perangkatDesaId}) takes its name from the register. */
    public static final class BarisPeserta {
        public final StringProperty nama = new SimpleStringProperty("");
        public final StringProperty jabatan = new SimpleStringProperty("");
        public final ObjectProperty<Unsur> unsur = new SimpleObjectProperty<>(Unsur.LAINNYA);
        public final StringProperty instansi = new SimpleStringProperty("");
        public final ObjectProperty<JenisKelamin> jk = new SimpleObjectProperty<>();
        public final StringProperty telepon = new SimpleStringProperty("");
        public final ObjectProperty<Kehadiran> kehadiran = new SimpleObjectProperty<>(Kehadiran.HADIR);
        public Long psksId;
        public Long perangkatDesaId;

        public boolean tertaut() {
            return psksId != null || perangkatDesaId != null;
        }

        Observable[] semua() {
            return new Observable[] {nama, jabatan, unsur, instansi, jk, telepon, kehadiran};
        }
    }

    /** A follow-up row; keeps its id once saved. */
    public static final class BarisTindakLanjut {
        public final StringProperty uraian = new SimpleStringProperty("");
        public final StringProperty penanggungJawab = new SimpleStringProperty("");
        public final StringProperty batasWaktu = new SimpleStringProperty("");
        public final ObjectProperty<StatusTindakLanjut> status = new SimpleObjectProperty<>(StatusTindakLanjut.BELUM);
        public final StringProperty catatan = new SimpleStringProperty("");
        public Long id;

        Observable[] semua() {
            return new Observable[] {uraian, penanggungJawab, batasWaktu, status, catatan};
        }
    }

    private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH.mm");

    private final RapatService svc;
    private final ProfilKantor profil;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Map<Isian, StringProperty> nilai = new EnumMap<>(Isian.class);
    private final Map<Isian, StringProperty> galat = new EnumMap<>(Isian.class);
    private final ObjectProperty<JenisRapat> jenis = new SimpleObjectProperty<>(JenisRapat.RAKOR_BULANAN);
    private final ObservableList<BarisAgenda> agenda = FXCollections.observableArrayList(b -> b.semua());
    private final ObservableList<BarisPeserta> peserta = FXCollections.observableArrayList(b -> b.semua());
    private final ObservableList<BarisTindakLanjut> tindakLanjut = FXCollections.observableArrayList(b -> b.semua());
    private final StringProperty galatAgenda = new SimpleStringProperty("");
    private final StringProperty galatPeserta = new SimpleStringProperty("");
    private final StringProperty galatTindakLanjut = new SimpleStringProperty("");
    private final ObjectProperty<StatusRapat> status = new SimpleObjectProperty<>(StatusRapat.DRAFT);
    private final ObjectProperty<Kertas> kertas = new SimpleObjectProperty<>(Kertas.A4);
    private final StringProperty pesan = new SimpleStringProperty("");
    private final StringProperty simpanan = new SimpleStringProperty("");
    private final BooleanProperty sibuk = new SimpleBooleanProperty();
    private final BooleanProperty berubah = new SimpleBooleanProperty();
    /** Counts every edit: the window saves a moment after the last one. */
    private final javafx.beans.property.IntegerProperty perubahan = new javafx.beans.property.SimpleIntegerProperty();
    private final BooleanBinding terkunci = Bindings.createBooleanBinding(() -> status.get() == StatusRapat.FINAL, status);
    private Long id;
    private int version;
    private boolean memuat;
    private boolean menyimpan;
    private boolean simpanLagi;
    /** Actions (Finalkan, Buka kembali, Hapus) asked for while a save ran: they run after it, with its version. */
    private final List<Runnable> sesudahSimpan = new ArrayList<>();
    private Runnable sesudahBerubah = () -> { };

    public RapatFormViewModel(RapatService svc, ProfilKantor profil, Kertas kertasAwal, TaskRunner tasks, DialogService dialogs) {
        this.svc = svc;
        this.profil = profil;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (Isian i : Isian.values()) {
            nilai.put(i, new SimpleStringProperty(""));
            galat.put(i, new SimpleStringProperty(""));
            nilai.get(i).addListener((o, a, b) -> tandai());
        }
        java.util.List<StringProperty> semuaGalat = new java.util.ArrayList<>(galat.values());
        semuaGalat.addAll(java.util.List.of(galatAgenda, galatPeserta, galatTindakLanjut));
        Formulir.periksaIsianIkuti(pesan, semuaGalat);
        kertas.set(kertasAwal);
        jenis.addListener((o, a, b) -> tandai());
        agenda.addListener((javafx.collections.ListChangeListener<BarisAgenda>) c -> tandai());
        peserta.addListener((javafx.collections.ListChangeListener<BarisPeserta>) c -> tandai());
        tindakLanjut.addListener((javafx.collections.ListChangeListener<BarisTindakLanjut>) c -> tandai());
    }

    public void setSesudahBerubah(Runnable r) {
        sesudahBerubah = r;
    }

    private void tandai() {
        if (!memuat && status.get() == StatusRapat.DRAFT) {
            berubah.set(true);
            perubahan.set(perubahan.get() + 1);
        }
    }

    /** A new meeting: today, the Camat as chair and the Kasie Kesos as minute-taker, from the office profile. */
    public void baru() {
        memuat = true;
        var k = profil.kantor();
        set(Isian.TANGGAL, Tanggal.format(LocalDate.now()));
        set(Isian.JAM_MULAI, "09.00");
        set(Isian.TEMPAT, Messages.dok("dok.rapat.tempatBawaan", profil.kecamatan().nama()));
        set(Isian.PIMPINAN_NAMA, k.namaCamat());
        set(Isian.PIMPINAN_JABATAN, Messages.dok("dok.rapat.jabatanCamat", profil.kecamatan().nama()));
        set(Isian.PIMPINAN_PANGKAT, k.pangkatCamat());
        set(Isian.PIMPINAN_NIP, k.nipCamat());
        set(Isian.NOTULIS_NAMA, k.namaKasie());
        set(Isian.NOTULIS_JABATAN, Messages.getId("rapat.jabatanKasie"));
        set(Isian.NOTULIS_PANGKAT, k.pangkatKasie());
        set(Isian.NOTULIS_NIP, k.nipKasie());
        agenda.add(new BarisAgenda());
        memuat = false;
    }

    public void muat(long rapatId) {
        sibuk.set(true);
        tasks.jalankan(() -> svc.rapat(rapatId).orElseThrow(() -> new KesosException(Messages.get("rapat.tidakAda"))), r -> {
            sibuk.set(false);
            isi(r);
        }, this::gagal);
    }

    private void isi(Rapat r) {
        memuat = true;
        id = r.id();
        version = r.version();
        status.set(r.status());
        set(Isian.JUDUL, r.judul());
        jenis.set(r.jenis());
        set(Isian.TANGGAL, Tanggal.format(r.tanggal()));
        set(Isian.JAM_MULAI, r.jamMulai() == null ? null : JAM.format(r.jamMulai()));
        set(Isian.JAM_SELESAI, r.jamSelesai() == null ? null : JAM.format(r.jamSelesai()));
        set(Isian.TEMPAT, r.tempat());
        set(Isian.PIMPINAN_NAMA, r.pimpinan().nama());
        set(Isian.PIMPINAN_JABATAN, r.pimpinan().jabatan());
        set(Isian.PIMPINAN_PANGKAT, r.pimpinan().pangkat());
        set(Isian.PIMPINAN_NIP, r.pimpinan().nip());
        set(Isian.NOTULIS_NAMA, r.notulis().nama());
        set(Isian.NOTULIS_JABATAN, r.notulis().jabatan());
        set(Isian.NOTULIS_PANGKAT, r.notulis().pangkat());
        set(Isian.NOTULIS_NIP, r.notulis().nip());
        set(Isian.PEMBUKAAN, r.pembukaan());
        set(Isian.KESIMPULAN, r.kesimpulan());
        set(Isian.PENUTUPAN, r.penutupan());
        List<BarisAgenda> a = new ArrayList<>();
        for (AgendaRapat x : r.agenda()) {
            BarisAgenda b = new BarisAgenda();
            b.judul.set(n(x.judul()));
            b.pembahasan.set(n(x.pembahasan()));
            b.kesimpulan.set(n(x.kesimpulan()));
            b.tindakLanjutId = x.tindakLanjutId();
            a.add(b);
        }
        agenda.setAll(a);
        List<BarisPeserta> p = new ArrayList<>();
        for (PesertaRapat x : r.peserta()) {
            BarisPeserta b = new BarisPeserta();
            b.nama.set(n(x.nama()));
            b.jabatan.set(n(x.jabatan()));
            b.unsur.set(x.unsur());
            b.instansi.set(n(x.instansi()));
            b.jk.set(x.jk());
            b.telepon.set(n(x.telepon()));
            b.kehadiran.set(x.kehadiran());
            b.psksId = x.psksId();
            b.perangkatDesaId = x.perangkatDesaId();
            p.add(b);
        }
        peserta.setAll(p);
        List<BarisTindakLanjut> t = new ArrayList<>();
        for (TindakLanjut x : r.tindakLanjut()) {
            BarisTindakLanjut b = new BarisTindakLanjut();
            b.id = x.id();
            b.uraian.set(n(x.uraian()));
            b.penanggungJawab.set(n(x.penanggungJawab()));
            b.batasWaktu.set(Tanggal.format(x.batasWaktu()));
            b.status.set(x.status());
            b.catatan.set(n(x.catatan()));
            t.add(b);
        }
        tindakLanjut.setAll(t);
        bersihkanGalat();
        berubah.set(false);
        memuat = false;
    }

    /** The form as a record and the follow-up rows it holds (in order), or the reasons it cannot be read. */
    private record Bacaan(Rapat rapat, List<BarisTindakLanjut> barisTl, HasilValidasi galat) {
    }

    private Bacaan baca() {
        HasilValidasi h = new HasilValidasi();
        LocalDate tgl = null;
        String t = v(Isian.TANGGAL);
        if (t != null) {
            tgl = Tanggal.parse(t).orElse(null);
            if (tgl == null) {
                h.tambah(Rapat.Field.TANGGAL, Tanggal.pesanTidakTerbaca(Messages.get("rapat.tanggal"), t));
            }
        }
        LocalTime mulai = jam(Isian.JAM_MULAI, Rapat.Field.JAM_MULAI, h);
        LocalTime selesai = jam(Isian.JAM_SELESAI, Rapat.Field.JAM_SELESAI, h);
        List<AgendaRapat> a = agenda.stream().map(b -> new AgendaRapat(b.judul.get(), b.pembahasan.get(), b.kesimpulan.get(),
                b.tindakLanjutId)).toList();
        List<PesertaRapat> p = peserta.stream().map(b -> new PesertaRapat(b.psksId, b.perangkatDesaId, b.nama.get(), b.jabatan.get(),
                b.unsur.get(), b.instansi.get(), b.jk.get(), b.telepon.get(), b.kehadiran.get())).toList();
        List<TindakLanjut> tl = new ArrayList<>();
        List<BarisTindakLanjut> barisTl = new ArrayList<>();
        for (int i = 0; i < tindakLanjut.size(); i++) {
            BarisTindakLanjut b = tindakLanjut.get(i);
            LocalDate batas = null;
            if (!b.batasWaktu.get().isBlank()) {
                batas = Tanggal.parse(b.batasWaktu.get()).orElse(null);
                if (batas == null) {
                    h.tambah(Rapat.Field.TINDAK_LANJUT, Messages.get("rapat.tindakLanjutKe", i + 1) + ": "
                            + Tanggal.pesanTidakTerbaca(Messages.get("rapat.batasWaktu"), b.batasWaktu.get().strip()));
                }
            }
            // the same rule as the service: a row left entirely empty is not a follow-up
            if (b.id != null || !b.uraian.get().isBlank() || !b.penanggungJawab.get().isBlank() || batas != null) {
                tl.add(new TindakLanjut(b.id, b.uraian.get(), b.penanggungJawab.get(), batas, b.status.get(), b.catatan.get()));
                barisTl.add(b);
            }
        }
        Rapat r = new Rapat(id, v(Isian.JUDUL), jenis.get(), tgl, mulai, selesai, v(Isian.TEMPAT),
                new Pejabat(v(Isian.PIMPINAN_NAMA), v(Isian.PIMPINAN_JABATAN), v(Isian.PIMPINAN_PANGKAT), v(Isian.PIMPINAN_NIP)),
                new Pejabat(v(Isian.NOTULIS_NAMA), v(Isian.NOTULIS_JABATAN), v(Isian.NOTULIS_PANGKAT), v(Isian.NOTULIS_NIP)),
                v(Isian.PEMBUKAAN), v(Isian.KESIMPULAN), v(Isian.PENUTUPAN), a, p, tl, status.get(), version);
        return new Bacaan(r, barisTl, h);
    }

    private LocalTime jam(Isian i, Rapat.Field field, HasilValidasi h) {
        String s = v(i);
        if (s == null) {
            return null;
        }
        Optional<LocalTime> t = bacaJam(s);
        if (t.isEmpty()) {
            h.tambah(field, Messages.get("rapat.jamTidakTerbaca", Messages.get(field.labelKey()),
                    s));
        }
        return t.orElse(null);
    }

    /** "9", "09.00", "9:30", "0930". */
    static Optional<LocalTime> bacaJam(String s) {
        String t = s.strip().replace(':', '.').replace(" WIB", "");
        try {
            if (t.matches("\\d{1,2}")) {
                return Optional.of(LocalTime.of(Integer.parseInt(t), 0));
            }
            if (t.matches("\\d{1,2}\\.\\d{2}")) {
                String[] p = t.split("\\.");
                return Optional.of(LocalTime.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
            }
            if (t.matches("\\d{4}")) {
                return Optional.of(LocalTime.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Saves the draft in the background (after typing pauses); a change made meanwhile is saved next. */
    public void simpanOtomatis() {
        if (status.get() != StatusRapat.DRAFT || !berubah.get()) {
            return;
        }
        if (menyimpan) {
            simpanLagi = true;
            return;
        }
        Bacaan b = baca();
        bersihkanGalat();
        if (!b.galat().sah()) {
            tampilkan(b.galat());
            simpanan.set(Messages.get("rapat.belumTersimpan"));
            return;
        }
        HasilValidasi h = svc.periksa(b.rapat(), false);
        if (!h.sah()) {
            tampilkan(h);
            simpanan.set(Messages.get("rapat.belumTersimpan"));
            return;
        }
        menyimpan = true;
        berubah.set(false);
        tasks.jalankan(() -> svc.simpan(b.rapat()), r -> {
            menyimpan = false;
            terima(r, b.barisTl());
            simpanan.set(Messages.get("rapat.tersimpanOtomatis", JAM.format(LocalTime.now())));
            sesudahBerubah.run();
            if (simpanLagi) {
                simpanLagi = false;
                berubah.set(true);
                simpanOtomatis();
            }
            jalankanTertunda();
        }, e -> {
            menyimpan = false;
            berubah.set(true);
            sesudahSimpan.clear(); // the save failed: the user sees why and decides again
            gagal(e);
        });
    }

    private void jalankanTertunda() {
        if (menyimpan) {
            return;
        }
        List<Runnable> r = new ArrayList<>(sesudahSimpan);
        sesudahSimpan.clear();
        r.forEach(Runnable::run);
    }

    /** True when {@code aksi} had to wait for the running save (it runs when the save ends). */
    private boolean tunggu(Runnable aksi) {
        if (menyimpan) {
            sesudahSimpan.add(aksi);
            return true;
        }
        return false;
    }

    /**
     * Before the window closes: true when nothing is lost (changes that can be saved are being saved
     * now, and that save ends even after the window is gone); false when what was typed cannot be
     * saved as it is (an unreadable time, a field too long): the window then asks whether to close
     * without saving or go back, and the fields in question show their messages.
     */
    public boolean siapDitutup() {
        if (status.get() != StatusRapat.DRAFT || !berubah.get()) {
            return true;
        }
        Bacaan b = baca();
        HasilValidasi h = b.galat().sah() ? svc.periksa(b.rapat(), false) : b.galat();
        if (!h.sah()) {
            bersihkanGalat();
            tampilkan(h);
            simpanan.set(Messages.get("rapat.belumTersimpan"));
            return false;
        }
        simpanOtomatis();
        return true;
    }

    /** What the store gave back: the id and version, the follow-ups' ids (the rows keep what the user typed meanwhile). */
    private void terima(Rapat r, List<BarisTindakLanjut> barisTl) {
        id = r.id();
        version = r.version();
        for (int i = 0; i < barisTl.size() && i < r.tindakLanjut().size(); i++) {
            barisTl.get(i).id = r.tindakLanjut().get(i).id();
        }
    }

    /** Checks everything a final record needs, saves and locks it. */
    public void finalkan(Runnable berhasil) {
        if (tunggu(() -> finalkan(berhasil))) {
            return;
        }
        Bacaan b = baca();
        bersihkanGalat();
        HasilValidasi h = b.galat().sah() ? svc.periksa(b.rapat(), true) : b.galat();
        if (!h.sah()) {
            tampilkan(h);
            // the fields may be on another tab: say which
            pesan.set(Messages.get("rapat.belumBisaFinal", h.errors().stream().limit(3).map(Pesan::teks)
                    .collect(java.util.stream.Collectors.joining(" "))));
            return;
        }
        sibuk.set(true);
        tasks.jalankan(() -> svc.finalkan(b.rapat()), r -> {
            sibuk.set(false);
            isi(r);
            pesan.set(Messages.get("rapat.difinalkan"));
            sesudahBerubah.run();
            berhasil.run();
        }, this::gagal);
    }

    public void bukaKembali(String alasan, Runnable berhasil, Consumer<String> ditolak) {
        if (alasan == null || alasan.isBlank()) {
            ditolak.accept(Messages.get("validasi.wajib", Messages.get("rapat.alasanBuka")));
            return;
        }
        if (tunggu(() -> bukaKembali(alasan, berhasil, ditolak))) {
            return;
        }
        sibuk.set(true);
        tasks.jalankan(() -> svc.bukaKembali(id, version, alasan), r -> {
            sibuk.set(false);
            isi(r);
            pesan.set(Messages.get("rapat.dibukaKembali"));
            sesudahBerubah.run();
            berhasil.run();
        }, e -> {
            sibuk.set(false);
            ditolak.accept(e.getMessage());
        });
    }

    /** Deletes this draft (never a final meeting); {@code berhasil} closes the window. */
    public void hapusDraft(Runnable berhasil) {
        if (tunggu(() -> hapusDraft(berhasil))) {
            return; // the first save of a new meeting is running: delete what it stores, leave no orphan draft
        }
        if (id == null) {
            berubah.set(false);
            berhasil.run();
            return;
        }
        sibuk.set(true);
        tasks.jalankan(() -> {
            svc.hapusDraft(id, version);
            return Boolean.TRUE;
        }, x -> {
            sibuk.set(false);
            berubah.set(false);
            sesudahBerubah.run();
            berhasil.run();
        }, this::gagal);
    }

    /** The record as printed now (a draft prints too, e.g. the attendance list before the meeting). */
    public Optional<Rapat> untukCetak() {
        Bacaan b = baca();
        if (!b.galat().sah()) {
            tampilkan(b.galat());
            pesan.set(Messages.get("form.periksaIsian"));
            return Optional.empty();
        }
        return Optional.of(RapatService.normalisasi(b.rapat()));
    }

    public ProfilKantor profil() {
        return profil;
    }

    private void tampilkan(HasilValidasi h) {
        for (Isian i : Isian.values()) {
            String f = switch (i) {
                case PIMPINAN_NAMA, PIMPINAN_JABATAN, PIMPINAN_PANGKAT, PIMPINAN_NIP -> i == Isian.PIMPINAN_NAMA ? "PIMPINAN" : "-";
                case NOTULIS_NAMA -> "NOTULIS";
                default -> i.name();
            };
            h.untuk(f).ifPresent(galat(i)::set);
        }
        h.untuk(Rapat.Field.AGENDA).ifPresent(galatAgenda::set);
        h.untuk(Rapat.Field.PESERTA).ifPresent(galatPeserta::set);
        h.untuk(Rapat.Field.TINDAK_LANJUT).ifPresent(galatTindakLanjut::set);
    }

    private void bersihkanGalat() {
        galat.values().forEach(g -> g.set(""));
        galatAgenda.set("");
        galatPeserta.set("");
        galatTindakLanjut.set("");
        pesan.set("");
    }

    private void gagal(Throwable e) {
        sibuk.set(false);
        Penolakan.tampilkan(e, null, this::tampilkan, pesan, dialogs);
    }

    // ------------------------------------------------------------------ rows

    public void tambahAgenda() {
        agenda.add(new BarisAgenda());
    }

    /** Carries an open follow-up of an earlier meeting into this agenda. */
    public void ambilTindakLanjut(TindakLanjutTerbuka t) {
        if (agenda.stream().anyMatch(a -> t.tindakLanjut().id().equals(a.tindakLanjutId))) {
            return;
        }
        BarisAgenda b = new BarisAgenda();
        b.judul.set(Messages.getId("rapat.agendaTindakLanjut", t.tindakLanjut().uraian(), Tanggal.format(t.tanggalRapat())));
        b.tindakLanjutId = t.tindakLanjut().id();
        // an empty first row (of a new meeting) gives way
        if (agenda.size() == 1 && agenda.getFirst().judul.get().isBlank() && agenda.getFirst().pembahasan.get().isBlank()) {
            agenda.clear();
        }
        agenda.add(b);
    }

    public void pindahAgenda(BarisAgenda b, int arah) {
        int i = agenda.indexOf(b);
        int j = i + arah;
        if (i >= 0 && j >= 0 && j < agenda.size()) {
            agenda.remove(i);
            agenda.add(j, b);
        }
    }

    public void tambahPeserta() {
        peserta.add(new BarisPeserta());
    }

    public void tambahPeserta(RingkasPsks p) {
        if (peserta.stream().anyMatch(x -> p.id() == (x.psksId == null ? -1 : x.psksId))) {
            return;
        }
        BarisPeserta b = new BarisPeserta();
        b.psksId = p.id();
        b.nama.set(p.nama());
        b.jabatan.set(p.jenisSingkatan());
        b.unsur.set(Unsur.PSKS);
        b.instansi.set(n(p.desaNama()));
        peserta.add(b);
    }

    public void tambahPeserta(PerangkatDesa p, String namaDesa) {
        if (peserta.stream().anyMatch(x -> p.id().equals(x.perangkatDesaId))) {
            return;
        }
        BarisPeserta b = new BarisPeserta();
        b.perangkatDesaId = p.id();
        b.nama.set(p.nama());
        b.jabatan.set(Messages.getId(p.jabatan().labelKey()));
        b.unsur.set(Unsur.DESA);
        b.instansi.set(namaDesa);
        b.jk.set(p.jk());
        b.telepon.set(n(p.telepon()));
        peserta.add(b);
    }

    public void tambahTindakLanjut() {
        tindakLanjut.add(new BarisTindakLanjut());
    }

    /** "Hadir 12 dari 15 · izin 2 · tanpa keterangan 1 · Kecamatan 2, Desa/kelurahan 6, PSKS 4". */
    public StringBinding ringkasanPeserta() {
        return Bindings.createStringBinding(() -> {
            long hadir = peserta.stream().filter(p -> p.kehadiran.get() == Kehadiran.HADIR).count();
            long izin = peserta.stream().filter(p -> p.kehadiran.get() == Kehadiran.IZIN).count();
            long tk = peserta.stream().filter(p -> p.kehadiran.get() == Kehadiran.TANPA_KETERANGAN).count();
            Map<Unsur, Long> per = new EnumMap<>(Unsur.class);
            peserta.stream().filter(p -> p.kehadiran.get() == Kehadiran.HADIR && p.unsur.get() != null)
                    .forEach(p -> per.merge(p.unsur.get(), 1L, Long::sum));
            String unsur = per.entrySet().stream().map(e -> Messages.get(e.getKey().labelKey()) + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
            return Messages.get("rapat.ringkasanPeserta", hadir, peserta.size(), izin, tk, unsur.isEmpty() ? "-" : unsur);
        }, peserta);
    }

    private void set(Isian i, String s) {
        nilai.get(i).set(s == null ? "" : s);
    }

    private String v(Isian i) {
        String s = nilai.get(i).get().strip();
        return s.isEmpty() ? null : s;
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nilai(Isian i) {
        return nilai.get(i);
    }

    public StringProperty galat(Isian i) {
        return galat.get(i);
    }

    public ObjectProperty<JenisRapat> jenisProperty() {
        return jenis;
    }

    public ObservableList<BarisAgenda> agenda() {
        return agenda;
    }

    public ObservableList<BarisPeserta> peserta() {
        return peserta;
    }

    public ObservableList<BarisTindakLanjut> tindakLanjut() {
        return tindakLanjut;
    }

    public StringProperty galatAgenda() {
        return galatAgenda;
    }

    public StringProperty galatPeserta() {
        return galatPeserta;
    }

    public StringProperty galatTindakLanjut() {
        return galatTindakLanjut;
    }

    public ObjectProperty<StatusRapat> statusProperty() {
        return status;
    }

    public BooleanBinding terkunci() {
        return terkunci;
    }

    public ObjectProperty<Kertas> kertasProperty() {
        return kertas;
    }

    public StringProperty pesanProperty() {
        return pesan;
    }

    /** When the draft was last saved (or why it is not). */
    public StringProperty simpananProperty() {
        return simpanan;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty perubahanProperty() {
        return perubahan;
    }

    public BooleanProperty berubahProperty() {
        return berubah;
    }

    public Long id() {
        return id;
    }

    /** The open follow-ups of the other meetings, read in the background (to announce and to carry into the agenda). */
    public void bacaTindakLanjutTerbuka(java.util.function.Consumer<List<id.kesos.core.rapat.TindakLanjutTerbuka>> ok,
            java.util.function.Consumer<? super Throwable> gagal) {
        Long ini = id;
        tasks.jalankan(() -> svc.tindakLanjutTerbuka(ini), ok, gagal);
    }
}
