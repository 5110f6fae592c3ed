package id.kesos.ui.setup;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.ui.Gaya;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.kantor.KantorFormView;
import id.kesos.ui.task.TaskRunner;
import id.kesos.ui.wilayah.WilayahPilihView;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The first-run wizard: pick the kecamatan, fill in the office profile, finish. */
public final class SetupWizardView extends BorderPane {
    public SetupWizardView(SetupWizardViewModel vm, TaskRunner tasks, DialogService dialogs, Consumer<Kantor> selesai) {
        getStyleClass().add(Gaya.WIZARD);
        setPadding(new Insets(20, 28, 16, 28));

        Label judul = new Label(Messages.get("setup.judul"));
        judul.getStyleClass().add(Styles.TITLE_2);
        Label langkahLabel = new Label();
        langkahLabel.getStyleClass().add(Styles.TEXT_MUTED);
        Label petunjuk = new Label();
        petunjuk.setWrapText(true);
        VBox atas = new VBox(4, judul, langkahLabel, petunjuk);
        atas.setPadding(new Insets(0, 0, 12, 0));
        setTop(atas);

        WilayahPilihView wilayah = new WilayahPilihView(vm.wilayah());
        Label ringkasan = new Label();
        ringkasan.setId("setup-ringkasan-wilayah");
        ringkasan.getStyleClass().add(Styles.TEXT_BOLD);
        KantorFormView form = new KantorFormView(vm.form(), tasks, dialogs);
        ScrollPane formScroll = id.kesos.ui.Formulir.ikutiFokus(new ScrollPane(form));
        formScroll.setFitToWidth(true);
        VBox profil = new VBox(12, ringkasan, formScroll);
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        StackPane isi = new StackPane(wilayah, profil);

        Label pesan = new Label();
        pesan.setId("setup-pesan");
        pesan.getStyleClass().add(Gaya.FIELD_ERROR);
        pesan.setWrapText(true);
        pesan.textProperty().bind(vm.pesanProperty());
        ProgressIndicator sibuk = new ProgressIndicator();
        sibuk.setPrefSize(22, 22);
        sibuk.visibleProperty().bind(vm.sibukProperty());
        Button kembali = new Button(Messages.get("tombol.kembali"));
        kembali.setId("setup-kembali");
        Button lanjut = new Button(Messages.get("tombol.lanjut"));
        lanjut.setId("setup-lanjut");
        lanjut.getStyleClass().add(Styles.ACCENT);
        Button selesaiBtn = new Button(Messages.get("setup.selesai"));
        selesaiBtn.setId("setup-selesai");
        selesaiBtn.getStyleClass().add(Styles.ACCENT);
        selesaiBtn.disableProperty().bind(vm.sibukProperty());
        lanjut.disableProperty().bind(vm.wilayah().kecamatanTerpilihProperty().isNull());
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        HBox bawah = new HBox(10, pesan, spasi, sibuk, kembali, lanjut, selesaiBtn);
        bawah.setAlignment(Pos.CENTER_RIGHT);
        bawah.setPadding(new Insets(12, 0, 0, 0));
        setCenter(isi);
        setBottom(bawah);

        kembali.setOnAction(e -> vm.kembali());
        lanjut.setOnAction(e -> vm.lanjut());
        selesaiBtn.setOnAction(e -> vm.selesai(selesai));

        Runnable tampilkanLangkah = () -> {
            boolean pertama = vm.langkahProperty().get() == SetupWizardViewModel.LANGKAH_WILAYAH;
            wilayah.setVisible(pertama);
            profil.setVisible(!pertama);
            kembali.setVisible(!pertama);
            lanjut.setVisible(pertama);
            lanjut.setManaged(pertama);
            selesaiBtn.setVisible(!pertama);
            selesaiBtn.setManaged(!pertama);
            lanjut.setDefaultButton(pertama);
            selesaiBtn.setDefaultButton(!pertama);
            langkahLabel.setText(Messages.get("setup.langkah", vm.langkahProperty().get() + 1, 2));
            petunjuk.setText(Messages.get(pertama ? "setup.petunjukWilayah" : "setup.petunjukProfil"));
            ringkasan.setText(vm.ringkasanWilayah());
            Platform.runLater(pertama ? wilayah::fokus : form::fokus);
        };
        vm.langkahProperty().addListener((o, a, b) -> tampilkanLangkah.run());
        tampilkanLangkah.run();
        vm.mulai();
    }
}
