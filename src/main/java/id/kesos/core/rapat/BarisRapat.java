package id.kesos.core.rapat;

import java.time.LocalDate;

/** One row of the meetings list. */
public record BarisRapat(long id, LocalDate tanggal, String judul, JenisRapat jenis, String tempat, StatusRapat status, int peserta,
        int hadir, int tindakLanjutTerbuka) {
}
