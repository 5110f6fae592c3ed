package id.kesos.ui.impor;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import id.kesos.core.impor.BerkasTolak;
import id.kesos.core.impor.ImporPmks;
import id.kesos.core.impor.ImporPsks;
import id.kesos.core.impor.KolomPmks;
import id.kesos.core.impor.KolomPsks;
import id.kesos.core.impor.PratinjauImpor;
import id.kesos.core.impor.RiwayatImpor;
import id.kesos.core.impor.Tolakan;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.Pegangan;
import id.kesos.ui.task.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Impor page: choose a list, see how its columns are read (and correct them: remembered for the
 * next file with the same headers), confirm suggested desa names, read the preview (what will be added,
 * updated, skipped and rejected, and why), then import in one transaction with progress and Batal.
 * The rejected rows can be saved or opened as a workbook to correct; the history lists past imports.
 */
public final class ImporViewModel {
    /** Where a corrected mapping is remembered: this prefix and the header set's mark. */
    static final String KUNCI_PETA = "impor.peta.";

    /** The register a list goes into: what the page reads its columns as and which import runs. */
    public enum Register {
        PMKS("impor.registerPmks", KolomPmks.values()), PSKS("impor.registerPsks", KolomPsks.values());

        private final String labelKey;
        private final List<Enum<?>> kolom;

        Register(String labelKey, Enum<?>[] kolom) {
            this.labelKey = labelKey;
            this.kolom = List.of(kolom);
        }

        public String labelKey() {
            return labelKey;
        }

        /** The known columns a file column can be read as. */
        public List<Enum<?>> kolom() {
            return kolom;
        }

        /** What the mapping screen calls a known column. */
        public static String label(Enum<?> k) {
            return Messages.get(((id.kesos.core.impor.KolomDaftar) k).labelKey());
        }
    }

    /** One column of the file as the mapping screen shows it: its header and what it is read as (null: not read). */
    public static final class KolomBerkas {
        private final int indeks;
        private final String judul;
        private final ObjectProperty<Enum<?>> dibaca;

        KolomBerkas(int indeks, String judul, Enum<?> dibaca) {
            this.indeks = indeks;
            this.judul = judul;
            this.dibaca = new SimpleObjectProperty<>(dibaca);
        }

        public int indeks() {
            return indeks;
        }

        public String judul() {
            return judul;
        }

        public ObjectProperty<Enum<?>> dibacaProperty() {
            return dibaca;
        }
    }

    private final ImporPmks impor;
    private final ImporPsks imporPsks;
    private final Supplier<List<JenisPmks>> daftarJenis;
    private final Supplier<List<JenisPsks>> daftarJenisPsks;
    private final Preferensi preferensi;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObjectProperty<Register> register = new SimpleObjectProperty<>(Register.PMKS);
    private final ObjectProperty<Path> berkas = new SimpleObjectProperty<>();
    private final ObservableList<String> daftarLembar = FXCollections.observableArrayList();
    private final ObjectProperty<String> lembar = new SimpleObjectProperty<>();
    private final ObservableList<JenisPmks> jenisPmks = FXCollections.observableArrayList();
    private final ObjectProperty<JenisPmks> jenis = new SimpleObjectProperty<>();
    private final ObservableList<JenisPsks> jenisPsksDaftar = FXCollections.observableArrayList();
    private final ObjectProperty<JenisPsks> jenisPsks = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> tahun = new SimpleObjectProperty<>(LocalDate.now().getYear());
    private final ObjectProperty<SumberData> sumber = new SimpleObjectProperty<>(SumberData.LAINNYA);
    private final BooleanProperty perbarui = new SimpleBooleanProperty(false);
    private final ObservableList<KolomBerkas> kolom = FXCollections.observableArrayList();
    private final ObservableList<ImporPmks.SaranDesa> saranDesa = FXCollections.observableArrayList();
    private final ObservableList<Tolakan> tolak = FXCollections.observableArrayList();
    private final ObservableList<String> peringatan = FXCollections.observableArrayList();
    private final ObservableList<RiwayatImpor> riwayat = FXCollections.observableArrayList();
    private final ObjectProperty<PratinjauImpor> pratinjau = new SimpleObjectProperty<>();
    private final StringProperty ringkasan = new SimpleStringProperty("");
    private final BooleanProperty membaca = new SimpleBooleanProperty(false);
    private final BooleanProperty mengimpor = new SimpleBooleanProperty(false);
    private final BooleanProperty selesai = new SimpleBooleanProperty(false);
    private final DoubleProperty kemajuan = new SimpleDoubleProperty(-1);
    private final StringProperty pesan = new SimpleStringProperty("");
    private final BooleanBinding bisaImpor;

    /** The user's reading of the columns for this file (null: as recognised, or as remembered). */
    private Map<Integer, Enum<?>> peta;
    private final Map<String, String> desaTerima = new LinkedHashMap<>();
    /** Whether the remembered mapping of this file's headers was looked for already. */
    private boolean petaDicari;
    private boolean mengisiKolom;
    private boolean siap;
    private Pegangan<?> berjalan;
    private int generasi;

    public ImporViewModel(ImporPmks impor, ImporPsks imporPsks, Supplier<List<JenisPmks>> daftarJenis,
            Supplier<List<JenisPsks>> daftarJenisPsks, Preferensi preferensi, TaskRunner tasks, DialogService dialogs) {
        this.impor = impor;
        this.imporPsks = imporPsks;
        this.daftarJenis = daftarJenis;
        this.daftarJenisPsks = daftarJenisPsks;
        this.preferensi = preferensi;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.bisaImpor = Bindings.createBooleanBinding(() -> pratinjau.get() != null && !membaca.get() && !mengimpor.get() && !selesai.get()
                && (!pratinjau.get().tambah().isEmpty() || pratinjau.get().diperbarui() > 0), pratinjau, membaca, mengimpor, selesai);
        lembar.addListener((o, a, b) -> {
            if (!mengisiKolom) {
                // the user chose another sheet: it has other headers
                peta = null;
                petaDicari = false;
            }
        });
        // change listeners, not invalidation: a spinner losing focus sets an equal year again, and a preview
        // started then would disable the button the user is clicking
        lembar.addListener((o, a, b) -> muatPratinjau());
        jenis.addListener((o, a, b) -> muatPratinjau());
        jenisPsks.addListener((o, a, b) -> muatPratinjau());
        register.addListener((o, a, b) -> {
            // the same file read for the other register: its columns mean other things
            peta = null;
            petaDicari = false;
            desaTerima.clear();
            selesai.set(false);
            muatPratinjau();
        });
        tahun.addListener((o, a, b) -> muatPratinjau());
        perbarui.addListener((o, a, b) -> muatPratinjau());
    }

    /** What the page reads when it opens. */
    private record Pembuka(List<JenisPmks> jenis, List<JenisPsks> jenisPsks, List<RiwayatImpor> riwayat) {
    }

    /** Reads the PMKS types and the import history. */
    public void mulai() {
        tasks.jalankan(() -> new Pembuka(daftarJenis.get(), daftarJenisPsks.get(), impor.riwayat()), r -> {
            jenisPmks.setAll(r.jenis());
            jenisPsksDaftar.setAll(r.jenisPsks());
            riwayat.setAll(r.riwayat());
            siap = true;
        }, dialogs::galat);
    }

    /** Asks for a list (.xlsx, .xls, .csv), reads its sheets, then the preview. */
    public void pilihBerkas() {
        dialogs.pilihDaftar(Messages.get("impor.pilihJudul")).ifPresent(this::buka);
    }

    /** Starts over with {@code p}: its sheets, then its preview. */
    public void buka(Path p) {
        batalkan();
        berkas.set(p);
        peta = null;
        petaDicari = false;
        desaTerima.clear();
        kosongkan();
        selesai.set(false);
        pesan.set(Messages.get("impor.membukaBerkas", p.getFileName()));
        membaca.set(true);
        tasks.jalankan(() -> impor.lembar(p), l -> {
            if (!p.equals(berkas.get())) {
                return;
            }
            mengisiKolom = true;
            daftarLembar.setAll(l);
            lembar.set(null);
            mengisiKolom = false;
            muatPratinjau();
        }, e -> {
            membaca.set(false);
            gagal(e);
        });
    }

    private void kosongkan() {
        pratinjau.set(null);
        kolom.clear();
        saranDesa.clear();
        tolak.clear();
        peringatan.clear();
        ringkasan.set("");
    }

    ImporPmks.Opsi opsi() {
        Integer t = tahun.get() == null ? LocalDate.now().getYear() : tahun.get();
        Map<Integer, KolomPmks> p = null;
        if (peta != null) {
            p = new TreeMap<>();
            for (Map.Entry<Integer, Enum<?>> e : peta.entrySet()) {
                p.put(e.getKey(), (KolomPmks) e.getValue());
            }
        }
        return new ImporPmks.Opsi(lembar.get(), jenis.get() == null ? null : jenis.get().kode(), t, sumber.get(), perbarui.get(), p,
                desaTerima);
    }

    ImporPsks.Opsi opsiPsks() {
        Map<Integer, KolomPsks> p = null;
        if (peta != null) {
            p = new TreeMap<>();
            for (Map.Entry<Integer, Enum<?>> e : peta.entrySet()) {
                p.put(e.getKey(), (KolomPsks) e.getValue());
            }
        }
        return new ImporPsks.Opsi(lembar.get(), jenisPsks.get() == null ? null : jenisPsks.get().kode(), p, desaTerima);
    }

    /** Reads the file again with the current choices (in the background; a newer request makes an older one stale). */
    public void muatPratinjau() {
        Path p = berkas.get();
        if (p == null || mengisiKolom || mengimpor.get()) {
            return;
        }
        if (berjalan != null) {
            berjalan.batal();
        }
        int g = ++generasi;
        Register reg = register.get();
        ImporPmks.Opsi o = reg == Register.PMKS ? opsi() : null;
        ImporPsks.Opsi os = reg == Register.PSKS ? opsiPsks() : null;
        membaca.set(true);
        selesai.set(false);
        kemajuan.set(-1);
        pesan.set(Messages.get("impor.membacaBerkas", p.getFileName()));
        Pegangan<PratinjauImpor> h = tasks.mulai(k -> reg == Register.PMKS ? impor.pratinjau(p, o, k) : imporPsks.pratinjau(p, os, k), r -> {
            if (g != generasi) {
                return;
            }
            berjalan = null;
            if (!petaDicari && peta == null) {
                petaDicari = true;
                Map<Integer, Enum<?>> ingat = ingatan(reg, r.kepala().tanda());
                if (ingat != null && !ingat.equals(r.kepala().kolom())) {
                    peta = ingat;
                    membaca.set(false);
                    muatPratinjau();
                    return;
                }
            }
            petaDicari = true;
            membaca.set(false);
            tampilkan(r);
        }, e -> {
            if (g != generasi) {
                return;
            }
            berjalan = null;
            membaca.set(false);
            kosongkan();
            if (e instanceof CancellationException) {
                pesan.set(Messages.get("impor.pratinjauDibatalkan"));
            } else {
                gagal(e);
            }
        });
        berjalan = h;
        h.pesanProperty().addListener((x, a, b) -> {
            if (g == generasi && membaca.get() && b != null && !b.isEmpty()) {
                pesan.set(b);
            }
        });
    }

    private void tampilkan(PratinjauImpor r) {
        pratinjau.set(r);
        mengisiKolom = true;
        if (!r.lembar().equals(lembar.get())) {
            lembar.set(r.lembar());
        }
        kolom.clear();
        for (Map.Entry<Integer, String> e : r.kepala().teks().entrySet()) {
            KolomBerkas k = new KolomBerkas(e.getKey(), e.getValue(), r.kepala().kolom().get(e.getKey()));
            k.dibacaProperty().addListener((x, a, b) -> ubahKolom());
            kolom.add(k);
        }
        mengisiKolom = false;
        saranDesa.setAll(r.saranDesa());
        tolak.setAll(r.tolak());
        peringatan.setAll(r.peringatan());
        ringkasan.set(Messages.get("impor.ringkasan", angka(r.baris()), angka(r.tambah().size()), angka(r.diperbarui()), angka(r.dilewati()),
                angka(r.tolak().size())));
        String rincian = Messages.get("impor.rincianLewati", angka(r.lewatKosong()), angka(r.lewatJumlah()), angka(r.lewatKepala()),
                angka(r.lewatGanda()), angka(r.lewatTerdaftar()));
        pesan.set(r.pernah().map(h -> Messages.get("impor.pernahDiimpor", h.namaBerkas(), waktu(h)) + " ").orElse("") + rincian);
    }

    /** The user changed what a column is read as: remembered for these headers, and the preview read again. */
    private void ubahKolom() {
        if (mengisiKolom || pratinjau.get() == null) {
            return;
        }
        Map<Integer, Enum<?>> baru = new TreeMap<>();
        for (KolomBerkas k : kolom) {
            Enum<?> d = k.dibacaProperty().get();
            if (d != null) {
                // a known column is read from one column only: the newly chosen one wins
                baru.values().remove(d);
                baru.put(k.indeks(), d);
            }
        }
        peta = baru;
        ingat(register.get(), pratinjau.get().kepala().tanda(), baru);
        muatPratinjau();
    }

    /** Where a register's mapping of one header set is remembered. */
    private static String kunciPeta(Register reg, String tanda) {
        return KUNCI_PETA + (reg == Register.PMKS ? "" : reg.name().toLowerCase(java.util.Locale.ROOT) + ".") + tanda;
    }

    private Map<Integer, Enum<?>> ingatan(Register reg, String tanda) {
        return preferensi.get(kunciPeta(reg, tanda)).map(s -> {
            Map<Integer, Enum<?>> m = new TreeMap<>();
            for (String bagian : s.split(",")) {
                String[] kv = bagian.split("=");
                try {
                    m.put(Integer.parseInt(kv[0]), reg == Register.PMKS ? KolomPmks.valueOf(kv[1]) : KolomPsks.valueOf(kv[1]));
                } catch (RuntimeException e) {
                    return null; // written by another version: read as recognised
                }
            }
            return m;
        }).orElse(null);
    }

    private void ingat(Register reg, String tanda, Map<Integer, Enum<?>> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((i, k) -> b.append(b.isEmpty() ? "" : ",").append(i).append('=').append(k.name()));
        preferensi.set(kunciPeta(reg, tanda), b.toString());
        tasks.jalankan(() -> {
            preferensi.simpan();
            return Boolean.TRUE;
        }, x -> { }, TaskRunner.hanyaDicatat());
    }

    /** The user confirms that the file's desa name means the suggested desa. */
    public void terimaSaran(ImporPmks.SaranDesa s) {
        desaTerima.put(s.teks(), s.saran().kode());
        muatPratinjau();
    }

    /** Imports the previewed rows in one transaction, after the user confirmed. */
    public void impor() {
        PratinjauImpor p = pratinjau.get();
        if (!bisaImpor.get()) {
            return;
        }
        String tanya = Messages.get("impor.tanya", angka(p.tambah().size()), angka(p.diperbarui()), angka(p.dilewati()), angka(p.tolak().size()))
                + p.pernah().map(h -> "\n\n" + Messages.get("impor.pernahDiimpor", h.namaBerkas(), waktu(h))).orElse("");
        if (!dialogs.konfirmasi(Messages.get("impor.judul"), tanya, Messages.get("impor.tombolImpor"))) {
            return;
        }
        mengimpor.set(true);
        kemajuan.set(0);
        pesan.set(Messages.get("impor.menulis", angka(p.tambah().size() + p.diperbarui())));
        Pegangan<ImporPmks.Hasil> h = tasks.mulai(k -> p instanceof ImporPmks.Pratinjau pp ? impor.jalankan(pp, k)
                : imporPsks.jalankan((ImporPsks.Pratinjau) p, k), r -> {
            berjalan = null;
            mengimpor.set(false);
            selesai.set(true);
            kemajuan.set(1);
            pesan.set(Messages.get("impor.selesai", angka(r.ditambah()), angka(r.diperbarui()), angka(r.dilewati()), angka(r.ditolak())));
            muatRiwayat();
        }, e -> {
            berjalan = null;
            mengimpor.set(false);
            kemajuan.set(0);
            if (e instanceof CancellationException) {
                pesan.set(Messages.get("impor.dibatalkan"));
            } else {
                pesan.set("");
                gagal(e);
            }
        });
        berjalan = h;
        h.kemajuanProperty().addListener((x, a, b) -> {
            if (mengimpor.get()) {
                kemajuan.set(b.doubleValue());
            }
        });
    }

    /** Stops the running preview or import; an import stopped writes nothing. */
    public void batalkan() {
        if (berjalan != null) {
            berjalan.batal();
        }
    }

    private String namaTolak() {
        String n = berkas.get().getFileName().toString();
        int titik = n.lastIndexOf('.');
        return (titik > 0 ? n.substring(0, titik) : n) + "-ditolak.xlsx";
    }

    /** Asks where, then writes the rejected rows in their original columns with an "Alasan" column. */
    public void simpanTolakan() {
        PratinjauImpor p = pratinjau.get();
        if (p == null || p.tolak().isEmpty()) {
            return;
        }
        dialogs.simpanBerkas(Messages.get("impor.simpanTolakJudul"), namaTolak()).ifPresent(t -> tulisTolakan(p, t, false));
    }

    /** Writes the rejected rows to a temporary workbook and opens it with the spreadsheet program. */
    public void bukaTolakan() {
        PratinjauImpor p = pratinjau.get();
        if (p == null || p.tolak().isEmpty()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "kesos-impor"));
            tulisTolakan(p, dir.resolve(namaTolak()), true);
        } catch (IOException e) {
            dialogs.galat(e);
        }
    }

    private void tulisTolakan(PratinjauImpor p, Path tujuan, boolean buka) {
        tasks.jalankan(() -> {
            BerkasTolak.tulis(tujuan, p.kepala(), p.tolak());
            return tujuan;
        }, t -> {
            pesan.set(Messages.get("impor.tolakTersimpan", angka(p.tolak().size()), t));
            if (buka) {
                dialogs.buka(t);
            }
        }, dialogs::galat);
    }

    public void muatRiwayat() {
        tasks.jalankan(impor::riwayat, riwayat::setAll, dialogs::galat);
    }

    private void gagal(Throwable e) {
        if (e instanceof KesosException) {
            pesan.set(e.getMessage());
        } else {
            pesan.set("");
            dialogs.galat(e);
        }
    }

    static String waktu(RiwayatImpor h) {
        return h.waktu() == null ? "" : h.waktu().format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm"));
    }

    /** A count as an Indonesian reader writes it (12.345). */
    private static String angka(int n) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id")).format(n);
    }

    public boolean siap() {
        return siap;
    }

    public ObjectProperty<Register> registerProperty() {
        return register;
    }

    public ObservableList<JenisPsks> jenisPsksDaftar() {
        return jenisPsksDaftar;
    }

    public ObjectProperty<JenisPsks> jenisPsksProperty() {
        return jenisPsks;
    }

    public ObjectProperty<Path> berkasProperty() {
        return berkas;
    }

    public ObservableList<String> daftarLembar() {
        return daftarLembar;
    }

    public ObjectProperty<String> lembarProperty() {
        return lembar;
    }

    public ObservableList<JenisPmks> jenisPmks() {
        return jenisPmks;
    }

    public ObjectProperty<JenisPmks> jenisProperty() {
        return jenis;
    }

    public ObjectProperty<Integer> tahunProperty() {
        return tahun;
    }

    public ObjectProperty<SumberData> sumberProperty() {
        return sumber;
    }

    public BooleanProperty perbaruiProperty() {
        return perbarui;
    }

    public ObservableList<KolomBerkas> kolom() {
        return kolom;
    }

    public ObservableList<ImporPmks.SaranDesa> saranDesa() {
        return saranDesa;
    }

    public ObservableList<Tolakan> tolak() {
        return tolak;
    }

    public ObservableList<String> peringatan() {
        return peringatan;
    }

    public ObservableList<RiwayatImpor> riwayat() {
        return riwayat;
    }

    public ObjectProperty<PratinjauImpor> pratinjauProperty() {
        return pratinjau;
    }

    public StringProperty ringkasanProperty() {
        return ringkasan;
    }

    public BooleanProperty membacaProperty() {
        return membaca;
    }

    public BooleanProperty mengimporProperty() {
        return mengimpor;
    }

    public BooleanBinding bisaImporProperty() {
        return bisaImpor;
    }

    public DoubleProperty kemajuanProperty() {
        return kemajuan;
    }

    public StringProperty pesanProperty() {
        return pesan;
    }
}
