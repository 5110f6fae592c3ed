package id.kesos.core.validasi;

/** One validation message for one field: {@code field} is the rule set's field key, {@code teks} what the user reads. */
public record Pesan(Enum<?> field, String teks) {
}
