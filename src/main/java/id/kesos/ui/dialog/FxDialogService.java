package id.kesos.ui.dialog;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** JavaFX dialogs owned by the main window, with Indonesian buttons. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void galat(String judul, String pesan) {
        tampil(Alert.AlertType.ERROR, judul, pesan);
    }

    @Override
    public void galat(Throwable e) {
        if (e instanceof java.util.concurrent.CancellationException) {
            return; // the user stopped it: nothing went wrong
        }
        KesosException k = id.kesos.core.db.Galat.dikenali(e);
        if (k != null) {
            galat(Messages.get("galat.judul"), k.getMessage());
        } else {
            // the exception's text may quote someone's data: the window names only its kind and where the details are
            galat(Messages.get("galat.judul"), Messages.get("galat.takTerduga", e.getClass().getSimpleName(),
                    id.kesos.core.db.CatatanGalat.tulis(e)));
        }
    }

    @Override
    public boolean konfirmasi(String judul, String pesan, String tombolLanjut) {
        ButtonType lanjut = new ButtonType(tombolLanjut, ButtonBar.ButtonData.OK_DONE);
        ButtonType batal = new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, pesan, lanjut, batal);
        a.initOwner(owner.get());
        a.setTitle(judul);
        a.setHeaderText(judul);
        return a.showAndWait().filter(b -> b == lanjut).isPresent();
    }

    @Override
    public Optional<Path> pilihGambar(String judul) {
        return pilihBerkas(judul, Messages.get("dialog.filterGambar"), "*.png", "*.jpg", "*.jpeg");
    }

    /** The system's open dialog for files of one kind (its filter named {@code jenis}); empty when cancelled. */
    private Optional<Path> pilihBerkas(String judul, String jenis, String... pola) {
        FileChooser fc = new FileChooser();
        fc.setTitle(judul);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(jenis, pola));
        File f = fc.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> simpanBerkas(String judul, String namaAwal) {
        FileChooser fc = new FileChooser();
        fc.setTitle(judul);
        fc.getExtensionFilters().add(namaAwal.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                ? new FileChooser.ExtensionFilter(Messages.get("dialog.filterExcel"), "*.xlsx")
                : new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        fc.setInitialFileName(namaAwal);
        File f = fc.showSaveDialog(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst()
                .orElse(owner.get()));
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> pilihExcel(String judul) {
        return pilihBerkas(judul, Messages.get("dialog.filterExcel"), "*.xlsx");
    }

    @Override
    public java.util.List<Path> pilihBanyakExcel(String judul) {
        FileChooser fc = new FileChooser();
        fc.setTitle(judul);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.filterExcel"), "*.xlsx"));
        java.util.List<File> f = fc.showOpenMultipleDialog(owner.get());
        return f == null ? java.util.List.of() : f.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> pilihDaftar(String judul) {
        return pilihBerkas(judul, Messages.get("dialog.filterDaftar"), "*.xlsx", "*.xls", "*.csv", "*.XLSX", "*.XLS", "*.CSV");
    }

    @Override
    public Optional<Path> pilihFolder(String judul) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(judul);
        File f = dc.showDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> pilihCadangan(String judul) {
        return pilihBerkas(judul, Messages.get("dialog.filterCadangan"), "*.zip");
    }

    @Override
    public void buka(Path berkas) {
        if (hostServices == null) {
            galat(Messages.get("dialog.gagalBuka"), berkas.toString());
            return;
        }
        hostServices.get().showDocument(berkas.toUri().toString());
    }

    private Supplier<javafx.application.HostServices> hostServices;

    /** What opens a file with the system's program (the application's host services, asked for when first needed). */
    public FxDialogService denganHostServices(Supplier<javafx.application.HostServices> h) {
        this.hostServices = h;
        return this;
    }

    private void tampil(Alert.AlertType type, String judul, String pesan) {
        Alert a = new Alert(type, pesan, new ButtonType(Messages.get("tombol.tutup"), ButtonBar.ButtonData.OK_DONE));
        a.initOwner(owner.get());
        a.setTitle(judul);
        a.setHeaderText(judul);
        a.showAndWait();
    }
}
