package id.kesos.core.impor;

import java.time.OffsetDateTime;

/** One import run as the history keeps it. */
public record RiwayatImpor(long id, String register, String namaBerkas, String hash, String lembar, String pengguna, OffsetDateTime waktu,
        int baris, int ditambah, int diperbarui, int dilewati, int ditolak) {
}
