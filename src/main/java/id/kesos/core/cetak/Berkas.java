package id.kesos.core.cetak;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a document through a temporary file beside it, then moves it in place: a failure never leaves half a file. */
public final class Berkas {
    /** What writes the document. */
    public interface Penulis {
        void tulis(OutputStream out) throws IOException;
    }

    private Berkas() {
    }

    public static void tulisAman(Path out, Penulis penulis) {
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".kesos-", ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                penulis.tulis(os);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new KesosException(Messages.get("cli.rapat.gagalTulis", out, e.getMessage()), e);
        }
    }
}
