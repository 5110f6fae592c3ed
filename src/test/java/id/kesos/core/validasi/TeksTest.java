package id.kesos.core.validasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Text as it is stored, whether it takes the quick path (plain text) or the full one. */
class TeksTest {
    @Test
    void plainTextIsKeptAsItIs() {
        String s = "Siti Aminah, Kp. Pasir RT 003/002";
        assertSame(s, Teks.bersih(s));
    }

    @Test
    void spacesInvisibleAndControlCharactersAreCleaned() {
        assertEquals("Siti Aminah", Teks.bersih("  Siti   Aminah "));
        assertEquals("Siti Aminah", Teks.bersih("Siti\tAminah"));
        assertEquals("Siti Aminah", Teks.bersih("Siti\u00a0Aminah"), "a no-break space from a spreadsheet");
        assertEquals("ab", Teks.bersih("a\u200bb"), "a zero-width space");
        assertEquals("xy", Teks.bersih("x\u001b[31my"), "a terminal escape sequence");
        assertEquals("\u00e9", Teks.bersih("e\u0301"), "NFC");
        assertEquals("Baris 1\n\nBaris 2", Teks.bersih("Baris 1 \n\n\n\n Baris 2"));
        assertEquals("Maémunah", Teks.bersih("Maémunah"));
        assertNull(Teks.bersih(""));
        assertNull(Teks.bersih("   "));
        assertNull(Teks.bersih(null));
    }
}
