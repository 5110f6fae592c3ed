package id.kesos.core.rapat;

import id.kesos.core.cetak.Kertas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.rapat.AgendaRapat;
import id.kesos.core.rapat.JenisRapat;
import id.kesos.core.rapat.Kehadiran;
import id.kesos.core.rapat.Pejabat;
import id.kesos.core.rapat.PesertaRapat;
import id.kesos.core.rapat.Rapat;
import id.kesos.core.rapat.StatusTindakLanjut;
import id.kesos.core.rapat.TindakLanjut;
import id.kesos.core.rapat.Unsur;
import id.kesos.core.wilayah.Tingkat;
import id.kesos.core.wilayah.Wilayah;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed minutes read back from the PDF file: what a user checks before signing. */
class NotulaPdfTest {
    static ProfilKantor profil() {
        Kantor k = new Kantor("36.04.34", "Drs. Budi Santoso", "197001011990031001", "Pembina (IV/a)", "Siti Aminah", "198002022005012002",
                "Penata (III/c)", "Jl. Raya Bandung No. 1", "42176", "(0254) 123456", "kec.bandung@example.go.id", null, 1);
        return new ProfilKantor(k, new Wilayah("36", "Banten", Tingkat.PROVINSI), new Wilayah("36.04", "Kabupaten Serang", Tingkat.KABUPATEN),
                new Wilayah("36.04.34", "Bandung", Tingkat.KECAMATAN), List.of(new Wilayah("36.04.34.2001", "Bandung", Tingkat.DESA)));
    }

    static Rapat rapat(String pembahasan) {
        return rapat(pembahasan, StatusRapat.FINAL);
    }

    static Rapat rapat(String pembahasan, StatusRapat status) {
        return new Rapat(1L, "Rapat Koordinasi Kesejahteraan Sosial", JenisRapat.RAKOR_BULANAN, LocalDate.of(2026, 11, 23),
                LocalTime.of(9, 0), LocalTime.of(11, 30), "Aula Kantor Kecamatan Bandung",
                new Pejabat("Drs. Budi Santoso", "Camat Bandung", "Pembina (IV/a)", "197001011990031001"),
                new Pejabat("Siti Aminah", "Kasi Kesejahteraan Sosial", "Penata (III/c)", "198002022005012002"), "Dibuka oleh Camat.",
                "Data PMKS diperbarui.", null, List.of(new AgendaRapat("Verifikasi dan validasi data PMKS", pembahasan, "Diperbaiki.", null)),
                List.of(new PesertaRapat(null, null, "Euis Rahmawati", "PSM", Unsur.PSKS, "Mander", JenisKelamin.P, "081234567890",
                        Kehadiran.HADIR), new PesertaRapat(null, null, "Asep Saputra", "Kepala Desa", Unsur.DESA, "Desa Bandung", JenisKelamin.L,
                        null, Kehadiran.HADIR), new PesertaRapat(null, null, "Dedi", "Sekdes", Unsur.DESA, null, null, null, Kehadiran.IZIN)),
                List.of(new TindakLanjut(5L, "Perbaiki data ganda NIK", "Operator desa", LocalDate.of(2026, 12, 15), StatusTindakLanjut.BELUM,
                        null)), status, 0);
    }

    static PDDocument baca(Rapat r, Kertas k, NotulaPdf.Bagian b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NotulaPdf.tulis(r, profil(), k, b, out);
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void minutesAndAttendanceReadBack() throws IOException {
        try (PDDocument d = baca(rapat("Operator desa melaporkan data ganda."), Kertas.A4, NotulaPdf.Bagian.SEMUA)) {
            String teks = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(teks.contains("PEMERINTAH KABUPATEN SERANG"), teks);
            assertTrue(teks.contains("KECAMATAN BANDUNG"));
            assertTrue(teks.contains("NOTULA RAPAT"));
            assertTrue(teks.contains("DAFTAR HADIR"));
            assertTrue(teks.contains("Senin, 23 November 2026"), "the date in Indonesian");
            assertTrue(teks.contains("09.00 \u2013 11.30 WIB"));
            assertTrue(teks.contains("Euis Rahmawati") && teks.contains("Asep Saputra"));
            assertTrue(teks.contains("2 orang hadir dari 3 undangan (izin 1)"), teks);
            assertTrue(teks.contains("Perbaiki data ganda NIK") && teks.contains("15 Desember 2026"));
            assertTrue(teks.contains("NIP. 19700101 199003 1 001"), "the NIP in its four parts, as letters print it");
            assertTrue(teks.contains("Halaman 1 dari " + d.getNumberOfPages()));
            assertTrue(teks.contains("Tanda Tangan"));
            PDRectangle a4 = d.getPage(0).getMediaBox();
            assertEquals(595.28f, a4.getWidth(), 0.5f);
            assertEquals(841.89f, a4.getHeight(), 0.5f);
        }
    }

    @Test
    void aDraftSaysSoOnEveryPageSignsNothingAndTheAttendanceListMarksWhoWasAway() throws IOException {
        try (PDDocument d = baca(rapat("Operator desa melaporkan data ganda.", StatusRapat.DRAFT), Kertas.A4, NotulaPdf.Bagian.SEMUA)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            String notula = s.getText(d).replaceAll("\\s+", " ");
            assertTrue(notula.contains("NOTULA RAPAT (DRAF)"), notula);
            assertTrue(notula.contains("DRAF"), "the watermark");
            assertTrue(notula.contains("belum ditandatangani"), notula);
            assertTrue(!notula.contains("NIP. 19700101"), "no signature block on a draft's minutes");
            s.setStartPage(d.getNumberOfPages());
            s.setEndPage(d.getNumberOfPages());
            String hadir = s.getText(d).replaceAll("\\s+", " ");
            assertTrue(hadir.contains("DAFTAR HADIR"), hadir);
            assertTrue(hadir.contains("Dedi Sekdes - Izin") || hadir.matches(".*Dedi.*Izin.*"), "the excused attendee is marked so: " + hadir);
            assertTrue(!hadir.contains("DRAF"), "the attendance list, signed at the meeting, carries no watermark");
        }
        try (PDDocument d = baca(rapat("Operator desa melaporkan data ganda."), Kertas.A4, NotulaPdf.Bagian.NOTULA)) {
            String teks = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(!teks.contains("DRAF"), "a final meeting prints without the mark");
        }
    }

    @Test
    void folioPaperAndALongDiscussionFlowOverPages() throws IOException {
        List<String> kalimat = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            kalimat.add("Peserta ke-" + i + " menyampaikan tanggapan tentang pendataan PMKS di desanya dan usulan perbaikannya.");
        }
        try (PDDocument d = baca(rapat(String.join(" ", kalimat)), Kertas.F4, NotulaPdf.Bagian.NOTULA)) {
            assertTrue(d.getNumberOfPages() > 1, "a long discussion continues on the next page");
            PDRectangle f4 = d.getPage(0).getMediaBox();
            assertEquals(609.45f, f4.getWidth(), 0.5f, "215 mm");
            assertEquals(935.43f, f4.getHeight(), 0.5f, "330 mm");
            String teks = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(teks.contains("Peserta ke-120 menyampaikan"), "nothing of the discussion is lost");
            assertTrue(teks.contains("Halaman 2 dari " + d.getNumberOfPages()));
            assertTrue(!teks.contains("DAFTAR HADIR"), "only the part asked for");
        }
    }
}
