package id.kesos.ui.psks;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.psks.Bentuk;
import id.kesos.core.psks.DetailPsks;
import id.kesos.core.psks.Diklat;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.psks.Klasifikasi;
import id.kesos.core.psks.Legalitas;
import id.kesos.core.psks.Pendampingan;
import id.kesos.core.psks.Pendidikan;
import id.kesos.core.psks.Psks;
import id.kesos.core.psks.Psks.Field;
import id.kesos.core.psks.PsksService;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Penolakan;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One PSKS record's form, for every form type: text per field, the choices, the training rows, a
 * message per field. Checks use the core validator as the user leaves a field; saving runs in the
 * background; warnings are shown and saved only once accepted.
 */
public final class PsksFormViewModel {
    /** The fields holding whole numbers: anything else typed there is reported before the core sees it. */
    private static final Set<Field> ANGKA = EnumSet.of(Field.MULAI_AKTIF, Field.TAHUN_BERDIRI, Field.JUMLAH_PENGURUS, Field.JUMLAH_ANGGOTA);

    private final PsksService svc;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final List<Wilayah> desa;
    private final Map<Field, StringProperty> nilai = new EnumMap<>(Field.class);
    private final Map<Field, StringProperty> galat = new EnumMap<>(Field.class);
    private final ObjectProperty<JenisPsks> jenis = new SimpleObjectProperty<>();
    private final ObjectBinding<Bentuk> bentuk;
    private final ObjectProperty<JenisKelamin> jk = new SimpleObjectProperty<>();
    private final ObjectProperty<Wilayah> desaDipilih = new SimpleObjectProperty<>();
    private final ObjectProperty<Pendidikan> pendidikan = new SimpleObjectProperty<>();
    private final ObjectProperty<Legalitas> legalitas = new SimpleObjectProperty<>(Legalitas.TIDAK_ADA);
    private final ObjectProperty<Klasifikasi> klasifikasi = new SimpleObjectProperty<>();
    private final Map<Pendampingan, BooleanProperty> pendampingan = new EnumMap<>(Pendampingan.class);
    private final ObservableList<BarisDiklat> diklat = FXCollections.observableArrayList();
    private final ObjectProperty<DetailPsks> detail = new SimpleObjectProperty<>();
    private final ObservableList<String> peringatan = FXCollections.observableArrayList();
    private final StringProperty pesan = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final BooleanProperty sibuk = new SimpleBooleanProperty();
    /** The stored person behind a person's form (id, version, and what this form does not show). */
    private Penduduk orangAsli;
    private Runnable sesudahBerubah = () -> { };

    /** One training row: three texts. */
    public record BarisDiklat(StringProperty nama, StringProperty penyelenggara, StringProperty tahun) {
        public static BarisDiklat kosong() {
            return new BarisDiklat(new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    public PsksFormViewModel(PsksService svc, List<Wilayah> desa, TaskRunner tasks, DialogService dialogs) {
        this.svc = svc;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.desa = desa;
        for (Field f : Field.values()) {
            nilai.put(f, new SimpleStringProperty(""));
            galat.put(f, new SimpleStringProperty(""));
        }
        for (Pendampingan p : Pendampingan.values()) {
            pendampingan.put(p, new SimpleBooleanProperty());
        }
        id.kesos.ui.Formulir.periksaIsianIkuti(pesan, galat.values());
        bentuk = Bindings.createObjectBinding(() -> jenis.get() == null ? null : jenis.get().bentuk(), jenis);
        jenis.addListener((o, a, b) -> {
            galat.values().forEach(g -> g.set(""));
            if (b == null) {
                galat(Field.JENIS).set(Messages.get("validasi.wajib", Messages.get(Field.JENIS.labelKey())));
            }
        });
        desaDipilih.addListener((o, a, b) -> periksa(Field.DESA));
        jk.addListener((o, a, b) -> periksa(Field.JENIS_KELAMIN));
    }

    public void setSesudahBerubah(Runnable r) {
        sesudahBerubah = r;
    }

    /** An empty form for a new record of type {@code j} (the user may still change it). */
    public void baru(JenisPsks j) {
        jenis.set(j);
        if (diklat.isEmpty()) {
            diklat.add(BarisDiklat.kosong());
        }
    }

    /** Loads a stored record into the form. */
    public void muat(long id) {
        jalankan(() -> svc.detail(id).orElseThrow(() -> new KesosException(Messages.get("psks.tidakAda"))), d -> isi(d, null));
    }

    private void isi(DetailPsks d, String pesanSesudah) {
        Psks p = d.psks();
        detail.set(d);
        jenis.set(d.jenis());
        orangAsli = p.orang();
        Penduduk o = p.orang();
        set(Field.NIK, o == null ? null : o.nik());
        set(Field.NAMA, o == null ? p.nama() : o.nama());
        jk.set(o == null ? null : o.jenisKelamin());
        set(Field.TANGGAL_LAHIR, o == null ? null : Tanggal.format(o.tanggalLahir()));
        set(Field.ALAMAT, o == null ? p.alamat() : o.alamat());
        set(Field.TELEPON, o == null ? p.telepon() : o.telepon());
        String kodeDesa = p.desaTampil();
        desaDipilih.set(desa.stream().filter(w -> w.kode().equals(kodeDesa)).findFirst().orElse(null));
        set(Field.NO_KK, p.noKk());
        set(Field.EMAIL, p.email());
        pendidikan.set(p.pendidikan());
        set(Field.MULAI_AKTIF, p.mulaiAktif());
        set(Field.NOMOR_SK, p.nomorSk());
        legalitas.set(p.legalitas());
        pendampingan.forEach((k, v) -> v.set(p.pendampingan().contains(k)));
        diklat.setAll(p.diklat().stream().map(x -> new BarisDiklat(new SimpleStringProperty(n(x.nama())),
                new SimpleStringProperty(n(x.penyelenggara())), new SimpleStringProperty(x.tahun() == null ? "" : String.valueOf(x.tahun()))))
                .toList());
        if (diklat.isEmpty()) {
            diklat.add(BarisDiklat.kosong());
        }
        set(Field.KETUA, p.ketua());
        set(Field.TAHUN_BERDIRI, p.tahunBerdiri());
        set(Field.AKTA_NOTARIS, p.aktaNotaris());
        set(Field.NOMOR_TANDA_DAFTAR, p.nomorTandaDaftar());
        klasifikasi.set(p.klasifikasi());
        set(Field.JUMLAH_PENGURUS, p.jumlahPengurus());
        set(Field.JUMLAH_ANGGOTA, p.jumlahAnggota());
        set(Field.BIDANG, p.bidang());
        set(Field.NARAHUBUNG, p.narahubung());
        set(Field.DUKUNGAN, p.dukungan());
        set(Field.URAIAN, p.uraian());
        set(Field.CATATAN, p.catatan());
        galat.values().forEach(g -> g.set(""));
        peringatan.clear();
        info.set("");
        if (pesanSesudah != null) {
            pesan.set(pesanSesudah);
        }
    }

    /**
     * The user left the NIK field of a new person: when the NIK is already stored (PMKS register or
     * another pillar), the person's data is filled in from there and the record will be linked.
     */
    /** A person already in the register, with the roles and PMKS entries they have. */
    private record OrangDikenal(Penduduk orang, List<id.kesos.core.psks.Peran> peran, List<String> pmks) {
    }

    public void cariNik() {
        String nik = nilai(Field.NIK).get();
        if (detail.get() != null || orangAsli != null || nik.isBlank() || bentuk.get() != Bentuk.PERSEORANGAN) {
            return;
        }
        tasks.jalankan(() -> svc.orang().denganNik(nik).map(o -> new OrangDikenal(o, svc.peranOrang(o.id()),
                svc.pmksOrang(o.id()))), r -> r.ifPresent(x -> {
                    Penduduk o = x.orang();
                    if (orangAsli != null || detail.get() != null) {
                        return;
                    }
                    orangAsli = o;
                    set(Field.NAMA, o.nama());
                    jk.set(o.jenisKelamin());
                    set(Field.TANGGAL_LAHIR, Tanggal.format(o.tanggalLahir()));
                    set(Field.ALAMAT, o.alamat());
                    set(Field.TELEPON, o.telepon());
                    desaDipilih.set(desa.stream().filter(w -> w.kode().equals(o.desaKode())).findFirst().orElse(null));
                    List<String> di = new ArrayList<>();
                    x.peran().forEach(p -> di.add(p.singkatan()));
                    di.addAll(x.pmks());
                    info.set(Messages.get("psks.nikDikenal", o.nama(), di.isEmpty() ? "-" : String.join(", ", di)));
                }), TaskRunner.hanyaDicatat());
    }

    /** The form as a record; unreadable numbers and dates become null here and are reported by {@link #periksa}. */
    public Psks kePsks() {
        JenisPsks j = jenis.get();
        Psks.Builder b = Psks.baru(j == null ? null : j.kode());
        DetailPsks d = detail.get();
        if (d != null) {
            b = d.psks().ubah();
            b.jenisKode(j == null ? null : j.kode());
        }
        String kodeDesa = desaDipilih.get() == null ? null : desaDipilih.get().kode();
        if (bentuk.get() == Bentuk.PERSEORANGAN) {
            // the stored person (or none) with this form's fields over it: what the form does not show is kept
            Penduduk a = orangAsli != null ? orangAsli
                    : new Penduduk(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0);
            b.orang(new Penduduk(a.id(), v(Field.NIK), a.noKk(), v(Field.NAMA), a.tempatLahir(),
                    Tanggal.parse(v(Field.TANGGAL_LAHIR)).orElse(null), jk.get(), v(Field.ALAMAT), a.dusun(), a.rt(), a.rw(), kodeDesa,
                    a.namaIbu(), a.hubunganKeluarga(), v(Field.TELEPON), a.catatan(), a.version()));
        } else {
            b.orang(null).nama(v(Field.NAMA)).alamat(v(Field.ALAMAT)).telepon(v(Field.TELEPON)).desaKode(kodeDesa);
        }
        Set<Pendampingan> damping = EnumSet.noneOf(Pendampingan.class);
        pendampingan.forEach((k, p) -> {
            if (p.get()) {
                damping.add(k);
            }
        });
        return b.noKk(v(Field.NO_KK)).email(v(Field.EMAIL)).pendidikan(pendidikan.get()).mulaiAktif(angka(Field.MULAI_AKTIF))
                .nomorSk(v(Field.NOMOR_SK)).legalitas(legalitas.get()).pendampingan(damping)
                .diklat(diklat.stream().filter(x -> !(x.nama().get().isBlank() && x.penyelenggara().get().isBlank() && x.tahun().get().isBlank()))
                        .map(x -> new Diklat(x.nama().get(), x.penyelenggara().get(), angka(x.tahun().get()))).toList())
                .ketua(v(Field.KETUA)).tahunBerdiri(angka(Field.TAHUN_BERDIRI)).aktaNotaris(v(Field.AKTA_NOTARIS))
                .nomorTandaDaftar(v(Field.NOMOR_TANDA_DAFTAR)).klasifikasi(klasifikasi.get()).jumlahPengurus(angka(Field.JUMLAH_PENGURUS))
                .jumlahAnggota(angka(Field.JUMLAH_ANGGOTA)).bidang(v(Field.BIDANG)).narahubung(v(Field.NARAHUBUNG))
                .dukungan(v(Field.DUKUNGAN)).uraian(v(Field.URAIAN)).catatan(v(Field.CATATAN)).build();
    }

    /** Checks one field (when the user leaves it); returns true when it is fine. */
    public boolean periksa(Field f) {
        String teks = pesanLokal(f).orElseGet(() -> svc.validator().periksa(kePsks(), jenis.get()).untuk(f).orElse(""));
        galat(f).set(teks);
        return teks.isEmpty();
    }

    /** What the form itself can tell: a number or a date that cannot be read. */
    private Optional<String> pesanLokal(Field f) {
        String t = v(f);
        if (ANGKA.contains(f) && t != null && angka(f) == null) {
            return Optional.of(Messages.get("psks.bukanAngka", Messages.get(f.labelKey()), t));
        }
        if (f == Field.TANGGAL_LAHIR && t != null && Tanggal.parse(t).isEmpty()) {
            return Optional.of(Tanggal.pesanTidakTerbaca(Messages.get(f.labelKey()), t));
        }
        if (f == Field.DIKLAT) {
            for (int i = 0; i < diklat.size(); i++) {
                String th = diklat.get(i).tahun().get().strip();
                if (!th.isEmpty() && angka(th) == null) {
                    return Optional.of(Messages.get("psks.bukanAngka", Messages.get("psks.diklatBaris", i + 1) + ": "
                            + Messages.get("psks.diklatTahun"), th));
                }
            }
        }
        return Optional.empty();
    }

    public boolean periksaSemua() {
        if (jenis.get() == null) {
            galat(Field.JENIS).set(Messages.get("validasi.wajib", Messages.get(Field.JENIS.labelKey())));
            return false;
        }
        HasilValidasi h = svc.validator().periksa(kePsks(), jenis.get());
        boolean sah = true;
        for (Field f : Field.values()) {
            String t = pesanLokal(f).orElseGet(() -> h.untuk(f).orElse(""));
            galat(f).set(t);
            sah &= t.isEmpty();
        }
        return sah;
    }

    /** Saves the form; {@code terima} accepts the warnings shown. */
    public void simpan(boolean terima) {
        if (!periksaSemua()) {
            pesan.set(Messages.get("form.periksaIsian"));
            return;
        }
        Psks p = kePsks();
        boolean baru = p.id() == null;
        jalankan(() -> {
            PsksService.HasilSimpan h = svc.simpan(p, terima);
            return svc.detail(h.psks().id()).orElseThrow();
        }, d -> {
            sesudahBerubah.run();
            isi(d, Messages.get(baru ? "psks.tersimpanBaru" : "psks.tersimpan", d.psks().namaTampil()));
        });
    }

    /** Deactivates the record from {@code tanggal} for {@code alasan}; {@code galat} gets a refusal. */
    public void nonaktifkan(String tanggal, String alasan, Runnable berhasil, Consumer<String> gagal) {
        Optional<LocalDate> t = Tanggal.parse(tanggal);
        if (t.isEmpty() && !tanggal.isBlank()) {
            gagal.accept(Tanggal.pesanTidakTerbaca(Messages.get("psks.nonaktifTanggal"), tanggal.strip()));
            return;
        }
        Psks p = detail.get().psks();
        ubahAktif(() -> svc.nonaktifkan(p.id(), p.version(), t.orElse(null), alasan), berhasil, gagal);
    }

    public void aktifkan(Consumer<String> gagal) {
        Psks p = detail.get().psks();
        ubahAktif(() -> svc.aktifkan(p.id(), p.version()), () -> { }, gagal);
    }

    private void ubahAktif(Callable<Psks> kerja, Runnable berhasil, Consumer<String> gagal) {
        sibuk.set(true);
        tasks.jalankan(() -> svc.detail(kerja.call().id()).orElseThrow(), d -> {
            sibuk.set(false);
            berhasil.run();
            sesudahBerubah.run();
            isi(d, Messages.get(d.psks().aktif() ? "psks.diaktifkan" : "psks.dinonaktifkan", d.psks().namaTampil()));
        }, e -> {
            sibuk.set(false);
            gagal.accept(e.getMessage());
        });
    }

    public void terimaPeringatan() {
        peringatan.clear();
        simpan(true);
    }

    public void tutupPeringatan() {
        peringatan.clear();
    }

    public void tambahDiklat() {
        diklat.add(BarisDiklat.kosong());
    }

    public void hapusDiklat(BarisDiklat b) {
        diklat.remove(b);
        if (diklat.isEmpty()) {
            diklat.add(BarisDiklat.kosong());
        }
    }

    private <T> void jalankan(Callable<T> kerja, Consumer<T> berhasil) {
        sibuk.set(true);
        pesan.set("");
        tasks.jalankan(kerja, hasil -> {
            sibuk.set(false);
            peringatan.clear();
            berhasil.accept(hasil);
        }, e -> {
            sibuk.set(false);
            Penolakan.tampilkan(e, peringatan, h -> {
                for (Field f : Field.values()) {
                    h.untuk(f).ifPresent(galat(f)::set);
                }
            }, pesan, dialogs);
        });
    }

    private void set(Field f, Object v) {
        nilai(f).set(v == null ? "" : String.valueOf(v));
    }

    private String v(Field f) {
        String s = nilai(f).get().strip();
        return s.isEmpty() ? null : s;
    }

    private Integer angka(Field f) {
        return angka(v(f));
    }

    private static Integer angka(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip().replace(".", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nilai(Field f) {
        return nilai.get(f);
    }

    public StringProperty galat(Field f) {
        return galat.get(f);
    }

    public ObjectProperty<JenisPsks> jenisProperty() {
        return jenis;
    }

    public ObjectBinding<Bentuk> bentukProperty() {
        return bentuk;
    }

    public ObjectProperty<JenisKelamin> jkProperty() {
        return jk;
    }

    public ObjectProperty<Wilayah> desaProperty() {
        return desaDipilih;
    }

    public ObjectProperty<Pendidikan> pendidikanProperty() {
        return pendidikan;
    }

    public ObjectProperty<Legalitas> legalitasProperty() {
        return legalitas;
    }

    public ObjectProperty<Klasifikasi> klasifikasiProperty() {
        return klasifikasi;
    }

    public BooleanProperty pendampingan(Pendampingan p) {
        return pendampingan.get(p);
    }

    public ObservableList<BarisDiklat> diklat() {
        return diklat;
    }

    public ObjectProperty<DetailPsks> detailProperty() {
        return detail;
    }

    public ObservableList<String> peringatan() {
        return peringatan;
    }

    public StringProperty pesanProperty() {
        return pesan;
    }

    /** What the form learned about a NIK already in the register. */
    public StringProperty infoProperty() {
        return info;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }

    public List<Wilayah> desa() {
        return desa;
    }
}
