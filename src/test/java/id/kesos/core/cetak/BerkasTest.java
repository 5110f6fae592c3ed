package id.kesos.core.cetak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kesos.core.Kemajuan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export stopped by Batal while it was written leaves neither the file nor a temporary one, and keeps the old file. */
class BerkasTest {
    @TempDir
    Path dir;

    @Test
    void batalBeforeTheFileTakesItsPlaceKeepsTheOldOne() throws Exception {
        Path out = dir.resolve("rekap.xlsx");
        Files.writeString(out, "yang lama");
        AtomicBoolean batal = new AtomicBoolean();
        Kemajuan k = new Kemajuan() {
            @Override
            public boolean batal() {
                return batal.get();
            }
        };
        assertThrows(CancellationException.class, () -> Berkas.tulisAman(out, k, os -> {
            os.write("yang baru".getBytes());
            batal.set(true); // the user pressed Batal while the last bytes went out
        }));
        assertEquals("yang lama", Files.readString(out));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
        Berkas.tulisAman(out, Kemajuan.DIAM, os -> os.write("yang baru".getBytes()));
        assertEquals("yang baru", Files.readString(out));
    }
}
