package id.kesos.ui.beranda;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.ringkasan.Ringkasan;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Gaya;
import java.text.NumberFormat;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Beranda: the office, the number of records in each register, and where the data lives. */
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

    public BerandaView(BerandaViewModel vm) {
        getStyleClass().add(Gaya.PAGE);
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
        VBox isi = new VBox(14, new VBox(4, kantor, wilayah, pejabat), kartu, tl, card(desaJudul, desa), card(dataJudul, dataDir, dataKet));
        isi.setPadding(new Insets(24));
        setContent(isi);
        vm.ringkasanProperty().addListener((o, a, r) -> tampilkan(r));
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
        Label judul = new Label(Messages.get(judulKey));
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
