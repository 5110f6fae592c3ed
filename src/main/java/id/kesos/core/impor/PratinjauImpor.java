package id.kesos.core.impor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What any register's import preview shows: every row below the header counted once (added, updated,
 * skipped for its reason, rejected with its reason), the desa names to confirm, the warnings, and
 * whether the file was imported before. The Impor page reads PMKS and PSKS previews through it.
 */
public interface PratinjauImpor {
    Path berkas();

    String lembar();

    Kepala<?> kepala();

    int baris();

    /** The rows to add, of the register's own kind. */
    List<?> tambah();

    default int diperbarui() {
        return 0;
    }

    int lewatKosong();

    int lewatJumlah();

    int lewatKepala();

    int lewatGanda();

    int lewatTerdaftar();

    default int dilewati() {
        return lewatKosong() + lewatJumlah() + lewatKepala() + lewatGanda() + lewatTerdaftar();
    }

    List<Tolakan> tolak();

    List<ImporPmks.SaranDesa> saranDesa();

    List<String> peringatan();

    Optional<RiwayatImpor> pernah();
}
