package id.kesos.ui.rapat;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.rapat.BarisRapat;
import id.kesos.core.rapat.StatusTindakLanjut;
import id.kesos.core.rapat.TindakLanjutTerbuka;
import id.kesos.ui.BagianRegister;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The meetings page: the meetings (newest first), the open follow-ups of all meetings with their
 * tracking, the village officials list. Enter or a double click opens a meeting; Ctrl+N starts one.
 */
public final class RapatView extends BorderPane {
    private final RapatViewModel vm;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final TableView<BarisRapat> tabel;
    private final Label ringkasan = new Label();

    public RapatView(RapatViewModel vm, TaskRunner tasks, DialogService dialogs) {
        this.vm = vm;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.tabel = new TableView<>(vm.rapat());
        getStyleClass().add(Gaya.PAGE);
        setId("rapat-halaman");
        Label judul = new Label(Messages.get("rapat.halamanJudul"));
        judul.getStyleClass().add(Styles.TITLE_2);
        Button baru = new Button(Messages.get("rapat.baru"));
        baru.setId("rapat-baru");
        baru.getStyleClass().add(Styles.ACCENT);
        baru.setOnAction(e -> buka(null));
        Button perangkat = new Button(Messages.get("rapat.perangkatDesa"));
        perangkat.setId("rapat-perangkat");
        perangkat.setOnAction(e -> vm.bukaPerangkat(p -> new PerangkatDesaDialog(p, getScene().getWindow()).show()));
        Button muatUlang = new Button(Messages.get("pmks.muatUlang"));
        muatUlang.setOnAction(e -> vm.muat());
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        HBox atas = new HBox(10, judul, spasi, muatUlang, perangkat, baru);
        atas.setAlignment(Pos.CENTER_LEFT);
        atas.setPadding(new Insets(20, 24, 10, 24));
        setTop(atas);

        tabel.setId("rapat-tabel");
        tabel.setPlaceholder(new Label(Messages.get("rapat.kosong")));
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabel.getColumns().add(kolom("rapat.tanggal", 100, b -> Tanggal.format(b.tanggal())));
        // titles of one office start alike ("Rapat Koordinasi ... Kecamatan Bandung"): shown whole, on two lines if need be,
        // so the part that tells them apart is read
        tabel.getColumns().add(bungkus(kolom("rapat.judul", 360, b -> b.judul() == null ? Messages.get("rapat.tanpaJudul") : b.judul())));
        tabel.getColumns().add(bungkus(kolom("rapat.jenis", 170, b -> Messages.get(b.jenis().labelKey()))));
        tabel.getColumns().add(kolom("rapat.kolomHadir", 90, b -> Messages.get("rapat.hadirDari", b.hadir(), b.peserta())));
        tabel.getColumns().add(kolom("rapat.kolomTerbuka", 110, b -> String.valueOf(b.tindakLanjutTerbuka())));
        tabel.getColumns().add(kolom("pmks.kolomStatus", 80, b -> Messages.get(b.status().labelKey())));
        BagianRegister.bukaBaris(tabel, b -> buka(b.id()));
        ringkasan.setId("rapat-ringkasan");
        ringkasan.textProperty().bind(vm.ringkasan());

        TableView<TindakLanjutTerbuka> tl = new TableView<>(vm.terbuka());
        tl.setId("rapat-tindak-lanjut-terbuka");
        tl.setPlaceholder(new Label(Messages.get("rapat.tidakAdaTindakLanjut")));
        tl.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tl.getColumns().add(bungkus(kolom("tindakLanjut.uraian", 330, t -> t.tindakLanjut().uraian())));
        tl.getColumns().add(kolom("tindakLanjut.penanggungJawab", 160, t -> t.tindakLanjut().penanggungJawab()));
        tl.getColumns().add(kolom("rapat.batasWaktu", 100, t -> Tanggal.format(t.tindakLanjut().batasWaktu())
                + (t.lewat(LocalDate.now()) ? "  \u26a0" : "")));
        tl.getColumns().add(kolom("rapat.statusTindakLanjut", 100, t -> Messages.get(t.tindakLanjut().status().labelKey())));
        tl.getColumns().add(kolom("rapat.dariRapat", 100, t -> Tanggal.format(t.tanggalRapat())));
        tl.setPrefHeight(200);
        BagianRegister.bukaBaris(tl, this::dialogTindakLanjut);
        Label judulTl = new Label(Messages.get("rapat.tindakLanjutTerbuka"));
        judulTl.getStyleClass().add(Styles.TITLE_4);
        Label petunjuk = new Label(Messages.get("rapat.tindakLanjutPetunjuk"));
        petunjuk.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox tengah = new VBox(8, tabel, ringkasan, judulTl, petunjuk, tl);
        VBox.setVgrow(tabel, Priority.ALWAYS);
        tengah.setPadding(new Insets(0, 24, 16, 24));
        setCenter(tengah);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (getParent() != null && isVisible()) {
                        buka(null);
                    }
                });
            }
        });
        vm.muat();
    }

    /** A text column of one of the page's tables. */
    /** The column's cells wrap their text at spaces instead of cutting it. */
    static <T> TableColumn<T, String> bungkus(TableColumn<T, String> c) {
        c.setCellFactory(x -> new javafx.scene.control.TableCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return c;
    }

    static <T> TableColumn<T, String> kolom(String key, double lebar, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(lebar);
        return c;
    }

    public void muat() {
        vm.muat();
    }

    /** Opens a meeting, or a new one (id null). */
    public void buka(Long id) {
        vm.buka(p -> new RapatDialog(p.form(), tasks, dialogs, getScene() == null ? null : getScene().getWindow(), p.pilar(), p.perangkat())
                .tampilkan(id));
    }

    /** Tracks one follow-up: its status and a note; allowed after its meeting is final. */
    private void dialogTindakLanjut(TindakLanjutTerbuka t) {
        RapatViewModel.TindakLanjut f = vm.tindakLanjut(t);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(Messages.get("rapat.ubahTindakLanjut"));
        d.setHeaderText(f.uraian());
        ComboBox<StatusTindakLanjut> st = Formulir.combo("tl-status", "", s -> Messages.get(s.labelKey()));
        st.getItems().addAll(StatusTindakLanjut.values());
        st.valueProperty().bindBidirectional(f.status());
        TextField catatan = new TextField();
        catatan.setId("tl-catatan");
        catatan.textProperty().bindBidirectional(f.catatan());
        VBox isi = new VBox(6, Formulir.bidang(Messages.get("rapat.statusTindakLanjut"), st, null, null, null),
                Formulir.bidang(Messages.get("tindakLanjut.catatan"), catatan, null, null, null), Formulir.galatLabel(f.galat(), "galat-tl"));
        isi.setPrefWidth(440);
        d.getDialogPane().setContent(isi);
        ButtonType ok = new ButtonType(Messages.get("pmks.simpan"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
        BagianRegister.tetapTerbuka(d, ok, "tl-simpan", () -> f.simpan(d::close));
        d.show();
    }
}
