package id.kesos.ui;

import id.kesos.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what would have been shown; answers confirmations as told. */
public final class FakeDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    /** The questions asked, in full. */
    public final List<String> pesanKonfirmasi = new ArrayList<>();
    public boolean jawabKonfirmasi = true;
    public Path gambar;
    /** What the folder chooser and the backup chooser answer (null: cancelled). */
    public Path folder;
    public Path cadangan;

    @Override
    public void galat(String judul, String pesan) {
        shown.add(judul + ": " + pesan);
    }

    @Override
    public boolean konfirmasi(String judul, String pesan, String tombolLanjut) {
        shown.add("konfirmasi: " + tombolLanjut);
        pesanKonfirmasi.add(pesan);
        return jawabKonfirmasi;
    }

    @Override
    public Optional<Path> pilihGambar(String judul) {
        return Optional.ofNullable(gambar);
    }

    @Override
    public Optional<Path> simpanBerkas(String judul, String namaAwal) {
        return Optional.ofNullable(gambar);
    }

    @Override
    public Optional<Path> pilihFolder(String judul) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> pilihCadangan(String judul) {
        return Optional.ofNullable(cadangan);
    }

    @Override
    public void galat(Throwable e) {
        shown.add("galat: " + e.getMessage());
    }
}
