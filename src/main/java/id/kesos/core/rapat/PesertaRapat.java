package id.kesos.core.rapat;

import id.kesos.core.penduduk.JenisKelamin;

/**
 * An attendee: from the PSKS register ({@code psksId}), from the village officials
 * ({@code perangkatDesaId}) or typed in. For a linked attendee the name is read from the register.
 */
public record PesertaRapat(Long psksId, Long perangkatDesaId, String nama, String jabatan, Unsur unsur, String instansi,
        JenisKelamin jk, String telepon, Kehadiran kehadiran) {
}
