package id.kesos.core.validasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NipValidatorTest {
    private static String pesan(String nip) {
        return NipValidator.periksa(nip, "NIP Camat").orElse("");
    }

    @Test
    void validNipsAsTypedOrAsPrintedOnLetters() {
        assertEquals(Optional.empty(), NipValidator.periksa("197001011990031001", "NIP Camat"));
        assertEquals(Optional.empty(), NipValidator.periksa("19800202 200501 2 002", "NIP Camat"));
        assertEquals("198002022005012002", NipValidator.normalisasi(" 19800202.200501.2.002 "));
    }

    @Test
    void eachMistakeIsNamedWithTheFieldAndTheFix() {
        assertEquals("NIP Camat wajib diisi.", pesan("  "));
        assertEquals("NIP Camat harus 18 angka, sekarang 17 angka. Salin NIP dari SK atau kartu pegawai.", pesan("19700101199003100"));
        assertTrue(pesan("1970010119900310O1").startsWith("NIP Camat hanya boleh berisi angka"));
        assertTrue(pesan("197013011990031001").contains("8 angka pertama (19701301) harus tanggal lahir"));
        assertTrue(pesan("197001011990131001").contains("(199013) harus tahun dan bulan pengangkatan"));
        assertTrue(pesan("197001011960031001").contains("(196003) harus tahun dan bulan pengangkatan"), "appointed before birth");
        assertTrue(pesan("197001011990033001").contains("angka ke-15 harus 1 (laki-laki) atau 2 (perempuan), bukan 3"));
        assertTrue(pesan("197001011990031000").contains("tidak boleh 000"));
    }

    @Test
    void aNipIsPrintedInItsFourParts() {
        assertEquals("19700101 199003 1 001", NipValidator.tampil("197001011990031001"));
        assertEquals("19700101 199003 1 001", NipValidator.tampil("19700101 199003 1 001"));
        assertEquals("12345", NipValidator.tampil("12345"), "not a NIP: printed as stored");
        assertEquals(null, NipValidator.tampil(null));
        assertEquals(id.kesos.core.penduduk.JenisKelamin.L, id.kesos.core.penduduk.JenisKelamin.dariNip("19700101 199003 1 001"));
        assertEquals(id.kesos.core.penduduk.JenisKelamin.P, id.kesos.core.penduduk.JenisKelamin.dariNip("198002022005012002"));
        assertEquals(null, id.kesos.core.penduduk.JenisKelamin.dariNip("12345"));
    }
}
