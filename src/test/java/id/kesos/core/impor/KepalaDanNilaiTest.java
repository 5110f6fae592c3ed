package id.kesos.core.impor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.wilayah.Tingkat;
import id.kesos.core.wilayah.Wilayah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a list's header is found (below a kop and titles, two merged rows, a row of column numbers) and
 * how its values are read: the header names offices and the Dinas use, dates in every usual form,
 * sex codes, NIKs with apostrophes or damaged by Excel, desa by name (a near miss only suggested),
 * PMKS types by code, number, name or abbreviation.
 */
class KepalaDanNilaiTest {
    private static BarisMentah baris(int nomor, String... teks) {
        List<Sel> s = new ArrayList<>();
        for (String t : teks) {
            s.add(Sel.teks(t));
        }
        return new BarisMentah(nomor, s);
    }

    @Test
    void theHeaderIsFoundBelowTheKopWithItsColumnNumberRow() {
        List<BarisMentah> awal = List.of(
                baris(1, "PEMERINTAH KABUPATEN SERANG"),
                baris(2, "DAFTAR PENERIMA BANTUAN PERMAKANAN TAHUN 2026"),
                baris(3),
                baris(4, "No.", "No. NIK", "Nama Lengkap", "Tgl. Lahir", "L/P", "Desa / Kel.", "Jenis PMKS", "Ket."),
                baris(5, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
                baris(6, "1", "3604345708600003", "Siti Maemunah", "17-08-1960", "P", "Mander", "LUT", ""));
        Kepala k = Kepala.cari(awal);
        assertEquals(4, k.baris());
        assertEquals(6, k.dataMulai(), "the column-number row is skipped");
        assertEquals(Map.of(0, KolomPmks.NO, 1, KolomPmks.NIK, 2, KolomPmks.NAMA, 3, KolomPmks.TANGGAL_LAHIR, 4, KolomPmks.JENIS_KELAMIN,
                5, KolomPmks.DESA, 6, KolomPmks.JENIS, 7, KolomPmks.KETERANGAN), k.kolom());
        assertEquals("Desa / Kel.", k.teks().get(5));
    }

    @Test
    void aTwoRowMergedHeaderIsReadAsOne() {
        List<BarisMentah> awal = List.of(
                baris(1, "NO", "NIK ART", "NAMA ART", "TEMPAT/TGL LAHIR", "", "ALAMAT", "", "", "DESIL"),
                baris(2, "", "", "", "TEMPAT", "TANGGAL", "DUSUN", "RT", "RW", ""),
                baris(3, "1", "3604345708600003", "SITI", "SERANG", "17/08/1960", "KP. PASIR", "003", "002", "2"));
        Kepala k = Kepala.cari(awal);
        assertEquals(2, k.baris());
        assertEquals(3, k.dataMulai());
        assertEquals(KolomPmks.TEMPAT_LAHIR, k.kolom().get(3));
        assertEquals(KolomPmks.TANGGAL_LAHIR, k.kolom().get(4));
        assertEquals(KolomPmks.DUSUN, k.kolom().get(5));
        assertEquals(KolomPmks.RT, k.kolom().get(6));
        assertEquals(KolomPmks.RW, k.kolom().get(7));
        assertEquals(KolomPmks.DESIL, k.kolom().get(8), "a top header over no sub-header keeps its meaning");
        assertEquals(KolomPmks.NIK, k.kolom().get(1));
        assertEquals(4, k.indeks(KolomPmks.TANGGAL_LAHIR));
    }

    @Test
    void aListWithoutKnownColumnsHasNoHeader() {
        assertNull(Kepala.cari(List.of(baris(1, "Barang", "Harga", "Jumlah"), baris(2, "Beras", "12000", "3"))));
        assertTrue(Kepala.nomorKolom(baris(9, "1", "2", "3", "4")));
        assertFalse(Kepala.nomorKolom(baris(9, "1", "3604345708600003", "Siti")));
    }

    @Test
    void datesInEveryUsualForm() {
        LocalDate d = LocalDate.of(1950, 5, 12);
        for (String t : List.of("12-05-1950", "12/05/1950", "1950-05-12", "12.5.1950", "12 Mei 1950", "12-Mei-1950", "12 mei 1950",
                "12 May 1950")) {
            assertEquals(Optional.of(d), NilaiImpor.tanggal(Sel.teks(t)), t);
        }
        assertEquals(Optional.of(LocalDate.of(1950, 8, 12)), NilaiImpor.tanggal(Sel.teks("12-Agu-1950")));
        assertEquals(Optional.of(LocalDate.of(1950, 8, 12)), NilaiImpor.tanggal(Sel.teks("12 Agustus 1950")));
        assertEquals(Optional.of(d), NilaiImpor.tanggal(new Sel("18395", 18395d, null)), "an Excel serial number in a General cell");
        assertEquals(Optional.of(d), NilaiImpor.tanggal(new Sel("12/05/1950", 18395d, d)), "a date cell");
        assertEquals(Optional.empty(), NilaiImpor.tanggal(Sel.teks("31-02-1950")));
        assertEquals(Optional.empty(), NilaiImpor.tanggal(Sel.teks("12 Mai 1950")), "no guessing at a misspelt month");
    }

    @Test
    void sexCodes() {
        for (String l : List.of("L", "l", "Laki-laki", "LAKI LAKI", "LK", "1", "Pria")) {
            assertEquals(JenisKelamin.L, NilaiImpor.jenisKelamin(l), l);
        }
        for (String p : List.of("P", "Perempuan", "PR", "2", "wanita")) {
            assertEquals(JenisKelamin.P, NilaiImpor.jenisKelamin(p), p);
        }
        assertNull(NilaiImpor.jenisKelamin("X"));
    }

    @Test
    void nikWithApostropheSpacesOrDamagedByExcel() {
        assertEquals(new NilaiImpor.Nomor("3604345708600003", false, false), NilaiImpor.nomor(Sel.teks("'3604 3457 0860 0003")));
        assertEquals(new NilaiImpor.Nomor("3604345708600003", false, false), NilaiImpor.nomor(Sel.teks("3604.3457.0860.0003")));
        assertTrue(NilaiImpor.nomor(new Sel("3604345708600000", 3604345708600000d, null)).rusak(), "a 16-digit number cell");
        assertTrue(NilaiImpor.nomor(Sel.teks("3.60435E+15")).rusak(), "scientific notation text");
        assertEquals(new NilaiImpor.Nomor("12345", false, false), NilaiImpor.nomor(new Sel("12345", 12345d, null)), "a short number is no NIK, but not damaged");
        assertTrue(NilaiImpor.nomor(Sel.KOSONG).kosong());
    }

    private static final List<Wilayah> DESA = List.of(new Wilayah("36.04.34.2001", "Bandung", Tingkat.DESA),
            new Wilayah("36.04.34.2002", "Mander", Tingkat.DESA), new Wilayah("36.04.34.2003", "Panamping", Tingkat.DESA),
            new Wilayah("36.04.34.2004", "Pangawinan", Tingkat.DESA), new Wilayah("36.04.34.2005", "Malabar", Tingkat.DESA));

    @Test
    void desaByNameWhateverTheCaseOrPrefixAndANearMissOnlySuggested() {
        NilaiImpor.PencocokDesa c = new NilaiImpor.PencocokDesa(DESA);
        for (String t : List.of("Mander", "MANDER", "Desa Mander", "DS. MANDER", "Kel.  mander ", "36.04.34.2002", "3604342002")) {
            assertEquals("36.04.34.2002", c.cocok(t).tepat().kode(), t);
        }
        NilaiImpor.Desa saran = c.cocok("Panampng");
        assertNull(saran.tepat(), "a misspelling is never matched silently");
        assertEquals("Panamping", saran.saran().nama());
        assertEquals(NilaiImpor.Desa.TIDAK_ADA, c.cocok("Cikande"));
        assertEquals(NilaiImpor.Desa.TIDAK_ADA, c.cocok(""));
    }

    @Test
    void pmksTypesByCodeNumberNameOrAbbreviation() {
        List<JenisPmks> jenis = List.of(new JenisPmks("PMKS-08", 8, "Lanjut Usia Telantar", "LUT", "jiwa", 60, null, "lansia_telantar", false),
                new JenisPmks("PMKS-24", 24, "Fakir Miskin", "FM", "jiwa_kk", null, null, null, false),
                new JenisPmks("PMKS-09", 9, "Penyandang Disabilitas", "PD", "jiwa", null, null, null, false));
        NilaiImpor.PencocokJenis c = new NilaiImpor.PencocokJenis(jenis);
        for (String t : List.of("PMKS-08", "pmks 08", "8", "08", "Lanjut Usia Telantar", "LANJUT USIA TELANTAR", "LUT", "Lansia terlantar",
                "PPKS-08")) {
            assertEquals("PMKS-08", c.cocok(t).orElseThrow().kode(), t);
        }
        assertEquals("PMKS-24", c.cocok("FM").orElseThrow().kode());
        assertEquals("PMKS-09", c.cocok("PD").orElseThrow().kode());
        assertEquals(Optional.empty(), c.cocok("Pengemis"));
    }
}
