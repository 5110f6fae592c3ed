package id.kesos.core.cetak;

import id.kesos.core.KesosException;
import id.kesos.core.db.Galat;
import id.kesos.core.db.Izin;
import id.kesos.core.db.Sementara;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a document through a temporary file beside it, then moves it in place: a failure never
 * leaves half a file, and an existing file is replaced only by a complete one. The temporary file is
 * noted in the process's list, so a start after a kill removes it.
 */
public final class Berkas {
    /** What writes the document. */
    public interface Penulis {
        void tulis(OutputStream out) throws IOException;
    }

    private Berkas() {
    }

    /**
     * Refuses a target that is a folder, a device or anything else than a regular file, and a new file
     * whose folder does not exist. Returns the absolute path.
     */
    public static Path periksaTujuan(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new KesosException(Messages.get("berkas.tujuanFolder", abs));
        }
        String nama = out.getFileName() == null ? "" : out.getFileName().toString();
        if (nama.isBlank() || nama.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
            throw new KesosException(Messages.get("berkas.namaTidakSah", id.kesos.core.validasi.Teks.tampil(out.toString())));
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new KesosException(Messages.get("berkas.tujuanBukanBerkas", abs));
        }
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            throw new KesosException(Messages.get("berkas.tujuanFolder", abs));
        }
        if (!Files.isDirectory(dir)) {
            throw new KesosException(Messages.get("berkas.folderTidakAda", dir));
        }
        return abs;
    }

    public static void tulisAman(Path out, Penulis penulis) {
        tulisAman(out, id.kesos.core.Kemajuan.DIAM, penulis);
    }

    /**
     * As {@link #tulisAman(Path, Penulis)} for long work the user can stop: a Batal up to the moment the
     * file takes its place throws it away; after that the file is there, and the work reports it done.
     */
    public static void tulisAman(Path out, id.kesos.core.Kemajuan kemajuan, Penulis penulis) {
        Path tujuan = periksaTujuan(out);
        Path tmp = null;
        try {
            tmp = tujuan.resolveSibling(Sementara.AWALAN + Long.toHexString(System.nanoTime()) + ".tmp");
            Sementara.catat(tmp);
            Files.createFile(tmp);
            Izin.berkasPribadi(tmp); // personal data: for the user only until they share it
            try (OutputStream os = Files.newOutputStream(tmp)) {
                penulis.tulis(os);
            }
            // the new file is complete: only now does it take the old one's place
            kemajuan.tanpaBatal();
            pindahkan(tmp, tujuan);
        } catch (IOException e) {
            throw Galat.berkas(tujuan.toString(), e);
        } finally {
            hapus(tmp);
        }
    }

    /** Puts a complete file in {@code ke}'s place in one step where the file system can (else a plain replace). */
    public static void pindahkan(Path dari, Path ke) throws IOException {
        try {
            Files.move(dari, ke, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(dari, ke, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void hapus(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // noted in the list: the next start removes it
            }
        }
    }
}
