package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.UjiKantor;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.ringkasan.Ringkasan;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the window is handed at start, read while JavaFX starts: the wizard for a new office, Beranda's own
 * counts for a set-up one, and nothing (the window then asks itself and shows the error) when the read fails.
 */
class AwalTest {
    @TempDir
    Path dir;

    @Test
    void aNewOfficeGetsTheWizardAndNoCounts() {
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            Awal a = Awal.baca(l);
            assertFalse(a.sudahDiatur());
            assertNull(a.ringkasan());
        }
    }

    @Test
    void aSetUpOfficeGetsBerandasCounts() {
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            UjiKantor.pasang(l);
            new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi(50, 3, LocalDate.now().getYear(), false, l.pmks().jenis(), n -> { });
            Awal a = Awal.baca(l);
            assertTrue(a.sudahDiatur());
            Ringkasan r = l.ringkasan().ringkasan();
            assertTrue(r.pmks() > 0);
            assertEquals(r.pmks(), a.ringkasan().pmks());
            assertEquals(r.psks(), a.ringkasan().psks());
            assertEquals(r.profil(), a.ringkasan().profil());
        }
    }

    @Test
    void aFailedReadLeavesItToTheWindow() {
        Layanan l = Layanan.buka(new DataDir(dir));
        l.close();
        assertSame(Awal.TIDAK_ADA, Awal.baca(l));
    }
}
