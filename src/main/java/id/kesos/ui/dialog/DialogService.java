package id.kesos.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs behind an interface, so ViewModels can be tested without a screen. */
public interface DialogService {
    void galat(String judul, String pesan);

    /** Asks a question; {@code tombolLanjut} names the action ("Ganti kecamatan"), never just "Ya". */
    boolean konfirmasi(String judul, String pesan, String tombolLanjut);

    Optional<Path> pilihGambar(String judul);

    /**
     * Asks where to save a file, proposing {@code namaAwal} (its extension, .pdf or .xlsx, chooses the
     * file filter); empty when the user cancelled.
     */
    Optional<Path> simpanBerkas(String judul, String namaAwal);

    /** Asks for an Excel workbook (.xlsx) to open; empty when the user cancelled. */
    default Optional<Path> pilihExcel(String judul) {
        return Optional.empty();
    }

    /** Asks for one or more Excel workbooks (.xlsx) to open at once; empty when the user cancelled. */
    default java.util.List<Path> pilihBanyakExcel(String judul) {
        return pilihExcel(judul).map(java.util.List::of).orElse(java.util.List.of());
    }

    /** Asks for a list to import (.xlsx, .xls or .csv); empty when the user cancelled. */
    default Optional<Path> pilihDaftar(String judul) {
        return Optional.empty();
    }

    /** Asks for a folder (where backups go); empty when the user cancelled. */
    default Optional<Path> pilihFolder(String judul) {
        return Optional.empty();
    }

    /** Asks for a backup (.zip) to restore; empty when the user cancelled. */
    default Optional<Path> pilihCadangan(String judul) {
        return Optional.empty();
    }

    /** Opens {@code berkas} with the program the system uses for it (a spreadsheet program for .xlsx). */
    default void buka(Path berkas) {
    }

    /** Shows a failure of background work: the user's message for a known problem, a generic one otherwise. */
    void galat(Throwable e);
}
