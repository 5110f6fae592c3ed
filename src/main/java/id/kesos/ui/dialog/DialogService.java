package id.kesos.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs behind an interface, so ViewModels can be tested without a screen. */
public interface DialogService {
    void galat(String judul, String pesan);

    /** Asks a question; {@code tombolLanjut} names the action ("Ganti kecamatan"), never just "Ya". */
    boolean konfirmasi(String judul, String pesan, String tombolLanjut);

    Optional<Path> pilihGambar(String judul);

    /** Asks where to save a PDF, proposing {@code namaAwal}; empty when the user cancelled. */
    Optional<Path> simpanPdf(String judul, String namaAwal);

    /** Shows a failure of background work: the user's message for a known problem, a generic one otherwise. */
    void galat(Throwable e);
}
