package id.kesos;

import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test in an office of its own: Kecamatan Bandung ({@link UjiKantor}) in a temporary data folder, closed afterwards. */
public abstract class UjiLayanan {
    @TempDir
    protected Path dir;
    protected Layanan l;

    @BeforeEach
    void bukaLayanan() {
        l = Layanan.buka(new DataDir(dir));
        UjiKantor.pasang(l);
    }

    @AfterEach
    void tutupLayanan() {
        l.close();
    }
}
