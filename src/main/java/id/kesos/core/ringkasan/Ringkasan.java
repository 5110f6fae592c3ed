package id.kesos.core.ringkasan;

import id.kesos.core.kantor.ProfilKantor;
import java.util.Optional;

/**
 * What Beranda and {@code kesos info} show: the office, record counts per register, where the data is,
 * follow-ups past their deadline.
 */
public record Ringkasan(String dataDir, String schemaVersion, Optional<ProfilKantor> profil, long pmks, long psks,
        long rapat, java.util.List<id.kesos.core.rapat.TindakLanjutTerbuka> tindakLanjutLewat) {
}
