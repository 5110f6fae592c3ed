package id.kesos.core.validasi;

/** One validation message for one field: {@code field} is the form's field name, {@code teks} what the user reads. */
public record Pesan(String field, String teks) {
}
