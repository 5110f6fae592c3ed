package id.kesos;

import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests over a generated PMKS register of Kecamatan Bandung, each in its own temporary data folder. */
public abstract class UjiRegister {
    @TempDir
    protected Path dir;
    protected Layanan l;
    protected final int tahun;
    private final int orang;
    private final long benih;

    protected UjiRegister(int orang, long benih, int tahun) {
        this.orang = orang;
        this.benih = benih;
        this.tahun = tahun;
    }

    @BeforeEach
    void bukaRegister() {
        l = Layanan.buka(new DataDir(dir));
        UjiKantor.pasang(l);
        new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi(orang, benih, tahun, false, l.pmks().jenis(), n -> { });
    }

    @AfterEach
    void tutupRegister() {
        l.close();
    }
}
