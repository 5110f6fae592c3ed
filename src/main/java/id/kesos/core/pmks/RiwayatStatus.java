package id.kesos.core.pmks;

import java.time.OffsetDateTime;

/** One status change of an entry: who, when, from, to, why. */
public record RiwayatStatus(OffsetDateTime waktu, String pengguna, StatusPmks dari, StatusPmks ke, String alasan) {
}
