package id.kesos.core.impor;

import java.util.List;

/**
 * One row of a sheet as read, before any meaning is given to it.
 *
 * @param nomor the row's number as the spreadsheet program shows it (1 = the first row)
 * @param sel the cells from column A on; missing cells are {@link Sel#KOSONG}
 */
public record BarisMentah(int nomor, List<Sel> sel) {
    public BarisMentah {
        sel = List.copyOf(sel);
    }

    public Sel sel(int kolom) {
        return kolom < sel.size() ? sel.get(kolom) : Sel.KOSONG;
    }

    public boolean kosong() {
        return sel.stream().allMatch(Sel::kosong);
    }
}
