package id.kesos.core.rapat;

import java.time.LocalDate;

/** A follow-up: what, who, by when, how far. {@code id} is null until saved; it keeps its id across edits. */
public record TindakLanjut(Long id, String uraian, String penanggungJawab, LocalDate batasWaktu, StatusTindakLanjut status,
        String catatan) {

    /** The fields its checks name. */
    public enum Field { URAIAN, PENANGGUNG_JAWAB, BATAS_WAKTU, CATATAN }
}
