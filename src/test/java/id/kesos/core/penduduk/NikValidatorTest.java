package id.kesos.core.penduduk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NikValidatorTest {
    final NikValidator v = new NikValidator(Set.of("11", "32", "36"), kode -> kode.startsWith("36.04") || kode.equals("32.04")
            || kode.equals("32.04.12"));

    String galat(String nik) {
        return v.periksa(nik, "NIK").galat().orElse("");
    }

    @Test
    void validNikOfAManAndOfAWoman() {
        NikValidator.Hasil laki = v.periksa("3604341708600001", "NIK");
        assertTrue(laki.sah());
        assertEquals(LocalDate.of(1960, 8, 17), laki.info().orElseThrow().tanggalLahir());
        assertEquals(JenisKelamin.L, laki.info().orElseThrow().jenisKelamin());
        assertEquals("36.04.34", laki.info().orElseThrow().kodeKecamatan());
        // women: day + 40
        NikValidator.Hasil perempuan = v.periksa("3604345708600003", "NIK");
        assertTrue(perempuan.sah());
        assertEquals(LocalDate.of(1960, 8, 17), perempuan.info().orElseThrow().tanggalLahir());
        assertEquals(JenisKelamin.P, perempuan.info().orElseThrow().jenisKelamin());
        assertEquals(List.of(), perempuan.peringatan());
    }

    @Test
    void spacesDotsDashesAndTheExcelApostropheAreRemoved() {
        assertEquals("3604345708600003", v.periksa("'36.04.34-570860 0003", "NIK").nik());
        assertTrue(v.periksa("'3604345708600003", "NIK").sah());
    }

    @Test
    void wrongNiksAreNamedWithHowToFixThem() {
        assertEquals("NIK harus 16 angka, sekarang 15 angka. Salin dari KTP atau KK.", galat("360434570860000"));
        assertEquals("NIK harus 16 angka, sekarang 17 angka. Salin dari KTP atau KK.", galat("36043457086000031"));
        assertEquals("NIK: dua angka pertama (99) bukan kode provinsi. Periksa kembali dengan KTP.", galat("9904345708600003"));
        assertTrue(galat("3604343208600003").contains("angka ke-7 dan ke-8 (32) harus tanggal lahir"), "day 32 exists for nobody");
        assertTrue(galat("3604347208600003").contains("(72)"), "72 is past 31 + 40");
        assertTrue(galat("3604341713600003").contains("angka ke-9 dan ke-10 (13) harus bulan lahir"));
        assertTrue(galat("3604343102600003").contains("tidak ada di kalender"), "31 February");
        assertTrue(galat("3604341708600000").contains("tidak boleh 0000"));
        assertTrue(galat("36043417086A0001").startsWith("NIK hanya boleh berisi angka"));
    }

    @Test
    void excelDamageIsNamedAsSuch() {
        assertTrue(galat("3.60434E+15").contains("rusak oleh Excel"));
        assertTrue(galat("3,60434E+15").contains("rusak oleh Excel"));
        String dariSel = v.periksa("3604341708600010", "NIK", true).galat().orElse("");
        assertTrue(dariSel.contains("sel angka Excel dan berakhir dengan 0"), dariSel);
        assertTrue(v.periksa("3604341708600010", "NIK", false).sah(), "typed into a form, a final 0 is fine");
    }

    @Test
    void regionsSplitSinceAreAWarningNotAnError() {
        NikValidator.Hasil h = v.periksa("3204991708600001", "NIK");
        assertTrue(h.sah());
        assertEquals(1, h.peringatan().size());
        assertTrue(h.peringatan().getFirst().contains("32.04.99"));
    }

    @Test
    void birthDateOrSexDifferingFromTheFormIsAWarning() {
        InfoNik info = v.periksa("3604345708600003", "NIK").info().orElseThrow();
        List<String> w = NikValidator.bandingkan(info, LocalDate.of(1960, 8, 18), JenisKelamin.L, "NIK");
        assertEquals(2, w.size());
        assertTrue(w.get(0).contains("17-08-1960") && w.get(0).contains("18-08-1960"));
        assertTrue(w.get(1).contains("perempuan") && w.get(1).contains("laki-laki"));
        assertEquals(List.of(), NikValidator.bandingkan(info, LocalDate.of(1960, 8, 17), JenisKelamin.P, "NIK"));
    }
}
