package id.kesos.ui.beranda;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.ringkasan.Dasbor;
import id.kesos.core.ringkasan.Ringkasan;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Gaya;
import java.text.NumberFormat;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Beranda: the office, the number of records in each register, then (computed in the background) the
 * year's status breakdown, PMKS per desa and the most common types as charts, the data-quality checks
 * (each opens its entries in the PMKS list), overdue follow-ups, and where the data lives.
 */
public final class BerandaView extends ScrollPane {
    private final Label kantor = new Label();
    private final Label wilayah = new Label();
    private final Label pejabat = new Label();
    private final Label desa = new Label();
    private final Label pmks = angka("beranda-pmks");
    private final Label psks = angka("beranda-psks");
    private final Label rapat = angka("beranda-rapat");
    private final Label dataDir = new Label();
    private final Label tindakLanjut = new Label();
    private final BerandaViewModel vm;
    /** Charts, status breakdown and data-quality checks: filled when they arrive. */
    private final VBox dasbor = new VBox(14);

    public BerandaView(BerandaViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Gaya.PAGE);
        setId("beranda");
        setFitToWidth(true);
        kantor.setId("beranda-kantor");
        kantor.getStyleClass().add(Styles.TITLE_2);
        wilayah.setId("beranda-wilayah");
        wilayah.getStyleClass().add(Styles.TEXT_MUTED);
        pejabat.setId("beranda-pejabat");
        desa.setId("beranda-desa");
        desa.setWrapText(true);
        dataDir.setId("beranda-data-dir");
        dataDir.setWrapText(true);

        FlowPane kartu = new FlowPane(16, 16, kartu("beranda.pmks", pmks), kartu("beranda.psks", psks), kartu("beranda.rapat", rapat));
        Label desaJudul = new Label(Messages.get("beranda.desa"));
        desaJudul.getStyleClass().add(Styles.TITLE_4);
        Label dataJudul = new Label(Messages.get("beranda.dataDir"));
        dataJudul.getStyleClass().add(Styles.TITLE_4);
        Label dataKet = new Label(Messages.get("beranda.dataDirKeterangan"));
        dataKet.getStyleClass().add(Styles.TEXT_MUTED);
        dataKet.setWrapText(true);
        Label tlJudul = new Label(Messages.get("beranda.tindakLanjutLewat"));
        tlJudul.getStyleClass().add(Styles.TITLE_4);
        tindakLanjut.setId("beranda-tindak-lanjut");
        tindakLanjut.setWrapText(true);
        VBox tl = card(tlJudul, tindakLanjut);
        tl.visibleProperty().bind(tindakLanjut.textProperty().isNotEmpty());
        tl.managedProperty().bind(tl.visibleProperty());
        Label menghitung = new Label(Messages.get("beranda.memuatDasbor"));
        menghitung.getStyleClass().add(Styles.TEXT_MUTED);
        menghitung.visibleProperty().bind(vm.menghitungProperty().and(vm.dasborProperty().isNull()));
        menghitung.managedProperty().bind(menghitung.visibleProperty());
        VBox isi = new VBox(14, new VBox(4, kantor, wilayah, pejabat), kartu, menghitung, dasbor, tl, card(desaJudul, desa),
                card(dataJudul, dataDir, dataKet));
        isi.setPadding(new Insets(24));
        setContent(isi);
        vm.ringkasanProperty().addListener((o, a, r) -> tampilkan(r));
        vm.dasborProperty().addListener((o, a, d) -> tampilkan(d));
    }

    private void tampilkan(Dasbor d) {
        dasbor.getChildren().clear();
        if (d == null) {
            return;
        }
        NumberFormat nf = NumberFormat.getIntegerInstance(Messages.locale());
        // status breakdown of the year
        FlowPane status = new FlowPane(16, 16);
        for (StatusPmks s : StatusPmks.values()) {
            Label angka = angka("beranda-status-" + s.kode());
            angka.setText(nf.format(d.perStatus().getOrDefault(s, 0L)));
            status.getChildren().add(kartuTeks(Messages.get(s.labelKey()), angka));
        }
        Label statusJudul = new Label(Messages.get("beranda.status", String.valueOf(d.tahun())));
        statusJudul.getStyleClass().add(Styles.TITLE_4);

        BarChart<String, Number> perDesa = new BarChart<>(new CategoryAxis(), sumbuAngka());
        perDesa.setId("beranda-grafik-desa");
        perDesa.setTitle(Messages.get("beranda.grafikDesa", String.valueOf(d.tahun())));
        perDesa.setLegendVisible(false);
        perDesa.setAnimated(false);
        XYChart.Series<String, Number> sd = new XYChart.Series<>();
        for (Dasbor.Batang b : d.perDesa()) {
            sd.getData().add(new XYChart.Data<>(b.label(), b.jumlah()));
        }
        perDesa.getData().add(sd);
        perDesa.setPrefHeight(300);

        CategoryAxis sumbuJenis = new CategoryAxis();
        BarChart<Number, String> jenis = new BarChart<>(sumbuAngka(), sumbuJenis);
        jenis.setId("beranda-grafik-jenis");
        jenis.setTitle(Messages.get("beranda.grafikJenis", String.valueOf(d.tahun())));
        jenis.setLegendVisible(false);
        jenis.setAnimated(false);
        XYChart.Series<Number, String> sj = new XYChart.Series<>();
        // the largest at the top: a horizontal chart draws its first category at the bottom
        for (int i = d.jenisTerbanyak().size() - 1; i >= 0; i--) {
            Dasbor.Batang b = d.jenisTerbanyak().get(i);
            sj.getData().add(new XYChart.Data<>(b.jumlah(), b.label()));
        }
        jenis.getData().add(sj);
        jenis.setPrefHeight(300);
        HBox grafik = new HBox(16, perDesa, jenis);
        HBox.setHgrow(perDesa, Priority.ALWAYS);
        HBox.setHgrow(jenis, Priority.ALWAYS);
        if (d.perDesa().stream().allMatch(b -> b.jumlah() == 0) && d.jenisTerbanyak().stream().allMatch(b -> b.jumlah() == 0)) {
            // a year without entries: a sentence, not two empty charts with a "0,0" axis
            Label kosong = new Label(Messages.get("beranda.grafikKosong", String.valueOf(d.tahun())));
            kosong.setId("beranda-grafik-kosong");
            kosong.getStyleClass().add(Styles.TEXT_MUTED);
            grafik.getChildren().setAll(kosong);
        }

        // data-quality checks: each line opens the entries it found in the PMKS list
        Label kJudul = new Label(Messages.get("beranda.kualitas"));
        kJudul.getStyleClass().add(Styles.TITLE_4);
        Label kKet = new Label(Messages.get("beranda.kualitasKet"));
        kKet.getStyleClass().add(Styles.TEXT_MUTED);
        VBox kualitas = card(kJudul, kKet);
        for (Dasbor.Masalah m : d.masalah()) {
            Hyperlink h = new Hyperlink(Messages.get("beranda.kualitasBaris", Messages.get(m.jenis().labelKey()), nf.format(m.jumlah())));
            h.setId("beranda-masalah-" + m.jenis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            h.getStyleClass().add("kesos-masalah");
            h.setDisable(m.jumlah() == 0);
            h.setOnAction(e -> vm.buka(m));
            kualitas.getChildren().add(h);
        }
        dasbor.getChildren().addAll(statusJudul, status, card(grafik), kualitas);
    }

    /** A count axis: whole numbers only (no "0,5"), in the Indonesian way of writing them. */
    private static NumberAxis sumbuAngka() {
        NumberAxis a = new NumberAxis();
        a.setMinorTickVisible(false);
        java.text.NumberFormat nf = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id"));
        a.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? nf.format(n.longValue()) : "";
            }

            @Override
            public Number fromString(String t) {
                return null;
            }
        });
        return a;
    }

    private void tampilkan(Ringkasan r) {
        if (r == null) {
            return;
        }
        NumberFormat nf = NumberFormat.getIntegerInstance(Messages.locale());
        pmks.setText(nf.format(r.pmks()));
        psks.setText(nf.format(r.psks()));
        rapat.setText(nf.format(r.rapat()));
        dataDir.setText(r.dataDir());
        // follow-ups past their deadline, oldest first: what the next meeting must ask about
        tindakLanjut.setText(r.tindakLanjutLewat().stream().limit(8).map(t -> Messages.get("beranda.tindakLanjutBaris",
                t.tindakLanjut().uraian(), t.tindakLanjut().penanggungJawab() == null ? "-" : t.tindakLanjut().penanggungJawab(),
                id.kesos.core.penduduk.Tanggal.format(t.tindakLanjut().batasWaktu()), Messages.get(t.tindakLanjut().status().labelKey())))
                .collect(Collectors.joining("\n")) + (r.tindakLanjutLewat().size() > 8 ? "\n" + Messages.get("beranda.tindakLanjutLain",
                        r.tindakLanjutLewat().size() - 8) : ""));
        if (r.profil().isPresent()) {
            ProfilKantor p = r.profil().get();
            kantor.setText(Messages.get("beranda.kantor", p.kecamatan().nama()));
            wilayah.setText(Messages.get("beranda.wilayah", p.kabupaten().nama(), p.provinsi().nama(), p.kecamatan().kode()));
            pejabat.setText(Messages.get("beranda.pejabat", p.kantor().namaCamat(), p.kantor().namaKasie()));
            desa.setText(Messages.get("beranda.desaDaftar", p.desa().size(),
                    p.desa().stream().map(Wilayah::nama).collect(Collectors.joining(", "))));
        }
    }

    private static Label angka(String id) {
        Label l = new Label("…");
        l.setId(id);
        l.getStyleClass().add(Gaya.ANGKA_BESAR);
        return l;
    }

    private static VBox kartu(String judulKey, Label angka) {
        return kartuTeks(Messages.get(judulKey), angka);
    }

    private static VBox kartuTeks(String teks, Label angka) {
        Label judul = new Label(teks);
        judul.getStyleClass().add(Styles.TEXT_MUTED);
        VBox v = card(angka, judul);
        v.setPrefWidth(200);
        return v;
    }

    private static VBox card(javafx.scene.Node... nodes) {
        VBox v = new VBox(6, nodes);
        v.getStyleClass().add(Gaya.CARD);
        v.setPadding(new Insets(16));
        return v;
    }
}
