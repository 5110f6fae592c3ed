package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the idle window gives its heap back: only idle (no collection for a minute), only after real growth, never at the first look. */
class MemoriDiamTest {
    private static final long MB = 1024L * 1024;

    @Test
    void anIdleWindowWhoseHeapGrewGivesItBack() {
        assertTrue(MemoriDiam.perluKembalikan(12, 12, 45 * MB, 460 * MB));
        assertTrue(MemoriDiam.perluKembalikan(0, 0, 45 * MB, 45 * MB + MemoriDiam.TUMBUH));
    }

    @Test
    void aWindowAtWorkIsLeftAlone() {
        assertFalse(MemoriDiam.perluKembalikan(12, 13, 45 * MB, 460 * MB), "a collection ran meanwhile: someone is working");
    }

    @Test
    void aHeapNearWhereItWasIsLeftAlone() {
        assertFalse(MemoriDiam.perluKembalikan(12, 12, 45 * MB, 100 * MB), "Beranda's usual heap");
        assertFalse(MemoriDiam.perluKembalikan(12, 12, 365 * MB, 400 * MB), "given back already, grown only a little since");
    }

    @Test
    void theFirstLookOnlyCounts() {
        assertFalse(MemoriDiam.perluKembalikan(-1, 5, 45 * MB, 460 * MB));
    }
}
