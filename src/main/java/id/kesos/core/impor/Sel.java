package id.kesos.core.impor;

import java.time.LocalDate;

/**
 * One cell as a spreadsheet holds it: its text as the program that made the file shows it, and, for a
 * number cell, the number itself (a NIK in a number cell has lost its 16th digit: the importer must
 * know) and, for a date-formatted number cell, the date.
 *
 * @param teks the text shown (never null; "" for an empty cell)
 * @param angka the number of a number cell, else null
 * @param tanggal the date of a number cell formatted as a date, else null
 */
public record Sel(String teks, Double angka, LocalDate tanggal) {
    public static final Sel KOSONG = new Sel("", null, null);

    public Sel {
        teks = teks == null ? "" : teks;
    }

    public static Sel teks(String s) {
        return new Sel(s, null, null);
    }

    public boolean kosong() {
        return teks.isBlank() && angka == null;
    }
}
