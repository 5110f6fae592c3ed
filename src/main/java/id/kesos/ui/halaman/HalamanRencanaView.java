package id.kesos.ui.halaman;

import atlantafx.base.theme.Styles;
import id.kesos.ui.Gaya;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A page whose feature is still being built: says what will come there. */
public final class HalamanRencanaView extends VBox {
    public HalamanRencanaView(String judul, String keterangan) {
        getStyleClass().add(Gaya.PAGE);
        setSpacing(12);
        setPadding(new Insets(24));
        Label j = new Label(judul);
        j.getStyleClass().add(Styles.TITLE_2);
        Label k = new Label(keterangan);
        k.setWrapText(true);
        k.setMaxWidth(720);
        VBox card = new VBox(k);
        card.getStyleClass().add(Gaya.CARD);
        card.setPadding(new Insets(16));
        getChildren().addAll(j, card);
    }
}
