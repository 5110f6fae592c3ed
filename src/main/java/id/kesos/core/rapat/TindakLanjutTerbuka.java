package id.kesos.core.rapat;

import java.time.LocalDate;

/** An unfinished follow-up with the meeting it came from. */
public record TindakLanjutTerbuka(TindakLanjut tindakLanjut, long rapatId, String judulRapat, LocalDate tanggalRapat) {
    public boolean lewat(LocalDate hariIni) {
        return tindakLanjut.batasWaktu() != null && tindakLanjut.batasWaktu().isBefore(hariIni);
    }
}
