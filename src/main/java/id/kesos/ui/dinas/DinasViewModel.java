package id.kesos.ui.dinas;

import id.kesos.core.dinas.DinasService;
import id.kesos.core.dinas.GandaKabupaten;
import id.kesos.core.dinas.RekapKabupaten;
import id.kesos.core.i18n.Messages;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.rekap.RekapService;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * The Dinas window's state: the year looked at, the status board of its kecamatan, what the last receiving did, the
 * kabupaten recap chosen and the duplicates across kecamatan. All database and file work runs through the
 * {@link TaskRunner}.
 */
public final class DinasViewModel {
    private final DinasService dinas;
    private final Supplier<List<JenisPmks>> jenisPmks;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObjectProperty<Integer> tahun = new SimpleObjectProperty<>(LocalDate.now().getYear());
    private final ObservableList<DinasService.StatusKecamatan> status = FXCollections.observableArrayList();
    private final ObservableList<String> hasil = FXCollections.observableArrayList();
    private final ObservableList<String[]> ganda = FXCollections.observableArrayList();
    private final StringProperty ringkasan = new SimpleStringProperty("");
    private final StringProperty pesan = new SimpleStringProperty("");
    private final StringProperty pesanGanda = new SimpleStringProperty("");
    private final BooleanProperty sibuk = new SimpleBooleanProperty(false);
    private final DoubleProperty kemajuan = new SimpleDoubleProperty(0);
    private final ObjectProperty<RekapKabupaten.Jenis> jenis = new SimpleObjectProperty<>(RekapKabupaten.Jenis.REKAP_KABUPATEN);

    public DinasViewModel(DinasService dinas, Supplier<List<JenisPmks>> jenisPmks, TaskRunner tasks, DialogService dialogs) {
        this.dinas = dinas;
        this.jenisPmks = jenisPmks;
        this.tasks = tasks;
        this.dialogs = dialogs;
        tahun.addListener((o, a, b) -> muat());
    }

    /** The office's name for the title ("Dinas Sosial Kabupaten Serang"). */
    public String judul() {
        return dinas.profil().map(p -> Messages.get("dinas.judul", p.kabupaten().nama())).orElse("");
    }

    /** Reads the status board and the duplicates of the year. */
    public void muat() {
        int t = tahun.get();
        tasks.jalankan(() -> dinas.status(t), s -> {
            if (t != tahun.get().intValue()) {
                return;
            }
            status.setAll(s);
            long kirim = s.stream().filter(DinasService.StatusKecamatan::terkirim).count();
            ringkasan.set(Messages.get("dinas.ringkasan", kirim, s.size(), t));
        }, dialogs::galat);
        Map<String, String> nama = jenisPmks.get().stream().collect(Collectors.toMap(JenisPmks::kode, JenisPmks::singkatan));
        tasks.jalankan(() -> GandaKabupaten.baris(dinas.ganda().cari(t), nama), g -> {
            if (t != tahun.get().intValue()) {
                return;
            }
            ganda.setAll(g);
            pesanGanda.set(g.isEmpty() ? Messages.get("dinas.gandaKosong", t) : Messages.get("dinas.gandaAda",
                    g.stream().map(r -> r[0]).distinct().count(), t));
        }, dialogs::galat);
    }

    /** Receives the package files the user picks (several at once). */
    public void terimaBerkas() {
        List<Path> b = dialogs.pilihBanyakExcel(Messages.get("dinas.terimaBerkas"));
        if (!b.isEmpty()) {
            terima(b);
        }
    }

    /** Receives every package in a folder the user picks. */
    public void terimaFolder() {
        dialogs.pilihFolder(Messages.get("dinas.terimaFolder")).ifPresent(f -> terima(List.of(f)));
    }

    private void terima(List<Path> berkas) {
        if (sibuk.get()) {
            return;
        }
        sibuk.set(true);
        kemajuan.set(-1);
        pesan.set(Messages.get("dinas.menerimaSemua"));
        tasks.mulai(k -> dinas.terima(berkas, k), h -> {
            sibuk.set(false);
            kemajuan.set(1);
            hasil.setAll(h.stream().map(DinasViewModel::baris).toList());
            long ok = h.stream().filter(DinasService.HasilTerima::diterima).count();
            pesan.set(Messages.get("dinas.hasilTerima", ok, h.size() - ok));
            // the board shows the year of what came in
            h.stream().filter(DinasService.HasilTerima::diterima).map(DinasService.HasilTerima::tahun).findFirst().ifPresentOrElse(t -> {
                if (t.equals(tahun.get())) {
                    muat();
                } else {
                    tahun.set(t);
                }
            }, this::muat);
        }, e -> {
            sibuk.set(false);
            kemajuan.set(0);
            pesan.set("");
            dialogs.galat(e);
        });
    }

    private static String baris(DinasService.HasilTerima h) {
        String nama = h.berkas().getFileName().toString();
        if (!h.diterima()) {
            return Messages.get("cli.dinas.ditolak", nama, h.alasan());
        }
        return Messages.get(h.menggantikan() ? "cli.dinas.diterimaGanti" : "cli.dinas.diterima", nama, h.kecamatan(), h.tahun(), h.entri());
    }

    /** Writes the chosen kabupaten recap of the year as Excel or PDF, where the user says. */
    public void simpanRekap(RekapService.Format format) {
        RekapKabupaten.Jenis j = jenis.get();
        int t = tahun.get();
        String nama = j.kode() + "-" + t + (format == RekapService.Format.PDF ? ".pdf" : ".xlsx");
        dialogs.simpanBerkas(Messages.get(format == RekapService.Format.PDF ? "rekap.simpanPdf" : "rekap.simpanExcel"), nama).ifPresent(p -> {
            sibuk.set(true);
            kemajuan.set(-1);
            pesan.set(Messages.get("rekap.menulis", p.getFileName()));
            tasks.mulai(k -> {
                dinas.rekap().ekspor(j, t, null, format, null, p, k);
                return p;
            }, x -> {
                sibuk.set(false);
                kemajuan.set(1);
                pesan.set(Messages.get("rekap.tersimpan", x));
            }, e -> {
                sibuk.set(false);
                kemajuan.set(0);
                pesan.set("");
                dialogs.galat(e);
            });
        });
    }

    /** Saves the duplicates list as CSV (UTF-8 with BOM, so that Excel reads the names right), for the kecamatan concerned. */
    public void simpanGanda() {
        List<String[]> rows = List.copyOf(ganda);
        dialogs.simpanBerkas(Messages.get("dinas.simpanGanda"), "ganda-" + tahun.get() + ".csv").ifPresent(p -> tasks.jalankan(() -> {
            id.kesos.core.cetak.Berkas.tulisAman(p, os -> {
                StringBuilder b = new StringBuilder("\uFEFF").append(Messages.get("cli.dinas.gandaKepalaCsv")).append("\r\n");
                for (String[] r : rows) {
                    b.append(java.util.Arrays.stream(r).map(DinasViewModel::csv).collect(Collectors.joining(","))).append("\r\n");
                }
                os.write(b.toString().getBytes(StandardCharsets.UTF_8));
            });
            return p;
        }, x -> pesanGanda.set(Messages.get("rekap.tersimpan", x)), dialogs::galat));
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    public ObjectProperty<Integer> tahunProperty() {
        return tahun;
    }

    public ObservableList<DinasService.StatusKecamatan> status() {
        return status;
    }

    public ObservableList<String> hasil() {
        return hasil;
    }

    public ObservableList<String[]> ganda() {
        return ganda;
    }

    public StringProperty ringkasanProperty() {
        return ringkasan;
    }

    public StringProperty pesanProperty() {
        return pesan;
    }

    public StringProperty pesanGandaProperty() {
        return pesanGanda;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }

    public DoubleProperty kemajuanProperty() {
        return kemajuan;
    }

    public ObjectProperty<RekapKabupaten.Jenis> jenisProperty() {
        return jenis;
    }
}
