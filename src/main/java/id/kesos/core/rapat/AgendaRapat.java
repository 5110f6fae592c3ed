package id.kesos.core.rapat;

/** One agenda item: its title, the discussion (who said what), its conclusion; maybe an earlier follow-up it reviews. */
public record AgendaRapat(String judul, String pembahasan, String kesimpulan, Long tindakLanjutId) {
}
