package id.kesos.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * A write whose connection broke while it committed (the process serving the data closed) may have
 * been stored: it is looked for before it runs again, and never reported as refused when it may be in.
 */
class GalatTulisTest {
    private static DataAccessException putus() {
        return new DataAccessException("putus", new SQLException("Connection is broken", "90067", ErrorCode.CONNECTION_BROKEN_1));
    }

    private static DataAccessException ganda() {
        return new DataAccessException("ganda", new SQLException("Unique index or primary key violation", "23505",
                ErrorCode.DUPLICATE_KEY_1));
    }

    @Test
    void aStoredWriteIsFoundInsteadOfRunningTwice() {
        AtomicInteger kali = new AtomicInteger();
        String hasil = Galat.tulis(() -> {
            kali.incrementAndGet();
            throw putus();
        }, () -> Optional.of("sudah tersimpan"));
        assertEquals("sudah tersimpan", hasil);
        assertEquals(1, kali.get(), "not run a second time");
    }

    @Test
    void aWriteThatWasNotStoredRunsAgain() {
        AtomicInteger kali = new AtomicInteger();
        String hasil = Galat.tulis(() -> {
            if (kali.incrementAndGet() == 1) {
                throw putus();
            }
            return "tersimpan";
        }, Optional::empty);
        assertEquals("tersimpan", hasil);
        assertEquals(2, kali.get());
    }

    @Test
    void withoutALookTheUserIsToldItMayAlreadyBeIn() {
        AtomicInteger kali = new AtomicInteger();
        KesosException e = assertThrows(KesosException.class, () -> Galat.tulis(() -> {
            if (kali.incrementAndGet() == 1) {
                throw putus();
            }
            throw ganda();
        }));
        assertTrue(e.getMessage().startsWith("Sambungan ke data terputus ketika menyimpan"), e.getMessage());
        assertTrue(e.getMessage().contains("mungkin sudah masuk"), e.getMessage());
    }

    @Test
    void theServingProcessShuttingDownIsAHandoverToWaitFor() {
        // seen in the two-process trial: the other program closed while this one's save went through it
        AtomicInteger kali = new AtomicInteger();
        String hasil = Galat.tulis(() -> {
            if (kali.incrementAndGet() == 1) {
                throw new DataAccessException("tutup", new SQLException("Database is already closed", "90121",
                        ErrorCode.DATABASE_CALLED_AT_SHUTDOWN));
            }
            return "tersimpan";
        }, Optional::empty);
        assertEquals("tersimpan", hasil);
        assertEquals(2, kali.get());
    }
}
