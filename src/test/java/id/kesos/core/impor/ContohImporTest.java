package id.kesos.core.impor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Kemajuan;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.ContohImpor;
import id.kesos.core.pmks.SumberData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example lists of {@code sample-data/} import as the README says: every row is counted once
 * (added, skipped or rejected), each planted problem is found with its reason, and the committed
 * files are what {@link ContohImpor} makes.
 */
class ContohImporTest {
    static final Path CONTOH = Path.of("sample-data");
    static final int TAHUN = 2025;

    @TempDir
    Path dir;
    Layanan l;

    @BeforeEach
    void buka() {
        l = Layanan.buka(new DataDir(dir.resolve("data")));
        UjiKantor.pasang(l);
    }

    @AfterEach
    void tutup() {
        l.close();
    }

    private static void utuh(ImporPmks.Pratinjau p) {
        assertEquals(p.baris(), p.tambah().size() + p.diperbarui() + p.dilewati() + p.tolak().size(), "nothing disappears: " + p.berkas());
    }

    @Test
    void theOfficeSpreadsheetWithEveryUsualMess() {
        Path f = CONTOH.resolve(ContohImpor.KANTOR);
        ImporPmks.Opsi opsi = ImporPmks.Opsi.bawaan().denganTahun(TAHUN);
        ImporPmks.Pratinjau p = l.impor().pratinjau(f, opsi, Kemajuan.DIAM);
        utuh(p);
        assertEquals("PMKS 2025", p.lembar());
        assertEquals(KolomPmks.TANGGAL_LAHIR, p.kepala().kolom().get(4), "TANGGAL under the merged TEMPAT/TGL LAHIR");
        assertEquals(KolomPmks.TEMPAT_LAHIR, p.kepala().kolom().get(3));
        int orang = ContohImpor.KANTOR_ORANG;
        assertEquals(orang + ContohImpor.KANTOR_GANDA + 2 + 1 + 5 + 4, p.baris(),
                "the people, their repeats, a blank row and a repeated header, the totals row, the signature block and its blank rows");
        assertEquals(ContohImpor.KANTOR_GANDA, p.lewatGanda());
        assertEquals(1, p.lewatKepala());
        assertEquals(6, p.lewatJumlah(), "the totals row and the five lines of the signature block");
        List<Tolakan> nik = p.tolak().stream().filter(t -> t.alasan().contains("tersimpan sebagai angka di Excel")).toList();
        assertEquals(ContohImpor.KANTOR_NIK_ANGKA, nik.size());
        assertTrue(nik.stream().allMatch(t -> t.asli().get(1).matches("\\d{16}")),
                "the rejects workbook shows the damaged number's digits, not 3.60434E+15: " + nik.getFirst().asli());
        assertEquals(ContohImpor.KANTOR_NIK_ANGKA + ContohImpor.KANTOR_DESA_SALAH_BARIS, p.tolak().size(), () -> p.tolak().toString());
        Map<String, String> saran = p.saranDesa().stream().collect(Collectors.toMap(ImporPmks.SaranDesa::teks, s -> s.saran().nama()));
        assertEquals(Map.of("Panampng", "Panamping", "Pangawian", "Pangawinan", "Pringwulng", "Pringwulung"), saran);
        assertEquals(ContohImpor.KANTOR_DESA_SALAH_BARIS, p.saranDesa().stream().mapToInt(ImporPmks.SaranDesa::baris).sum());
        assertEquals(orang - ContohImpor.KANTOR_NIK_ANGKA - ContohImpor.KANTOR_DESA_SALAH_BARIS, p.tambah().size(),
                "dates in five ways, date cells and serial numbers, NIKs with apostrophes and spaces, desa in any case: all read");
        assertTrue(p.peringatan().isEmpty(), p.peringatan().toString());

        // the user confirms the three names: their rows come in too
        Map<String, String> terima = new java.util.HashMap<>();
        p.saranDesa().forEach(s -> terima.put(s.teks(), s.saran().kode()));
        ImporPmks.Pratinjau benar = l.impor().pratinjau(f, opsi.denganDesaTerima(terima), Kemajuan.DIAM);
        utuh(benar);
        assertEquals(orang - ContohImpor.KANTOR_NIK_ANGKA, benar.tambah().size());
        ImporPmks.Hasil h = l.impor().jalankan(benar, Kemajuan.DIAM);
        assertEquals(orang - ContohImpor.KANTOR_NIK_ANGKA, l.pmks().jumlahAktif());
        assertEquals(h.ditambah(), l.impor().riwayat().getFirst().ditambah());

        ImporPmks.Pratinjau lagi = l.impor().pratinjau(f, opsi, Kemajuan.DIAM);
        utuh(lagi);
        assertTrue(lagi.pernah().isPresent(), "the same file is known by its content");
        assertEquals(0, lagi.tambah().size());
    }

    @Test
    void theDinasDtsenListWithItsDeciles() {
        Path f = CONTOH.resolve(ContohImpor.DTSEN);
        ImporPmks.Pratinjau p = l.impor().pratinjau(f, ImporPmks.Opsi.bawaan().denganTahun(TAHUN).denganJenis("PMKS-24")
                .denganSumber(SumberData.SIKS_NG), Kemajuan.DIAM);
        utuh(p);
        assertEquals(ContohImpor.DTSEN_KELUARGA, p.baris());
        assertEquals(ContohImpor.DTSEN_DESIL_SALAH, p.tolak().size(), () -> p.tolak().toString());
        assertTrue(p.tolak().stream().allMatch(t -> t.kolom().equals("DESIL")));
        var e = p.tambah().getFirst().entri();
        assertTrue(e.keterangan().matches("Desil [1-5]"), e.keterangan());
        assertTrue(e.jumlahAnggota() >= 1 && e.kkKeluarga().length() == 16, "Fakir Miskin is counted per family: its card and size");
        assertEquals(SumberData.SIKS_NG, e.sumber());
    }

    @Test
    void aDesaCsvInWindows1252WithSemicolons() {
        Path f = CONTOH.resolve(ContohImpor.CSV);
        ImporPmks.Pratinjau p = l.impor().pratinjau(f, ImporPmks.Opsi.bawaan().denganTahun(TAHUN), Kemajuan.DIAM);
        utuh(p);
        assertEquals(ContohImpor.CSV_ORANG, p.tambah().size(), () -> p.tolak().toString());
        assertTrue(p.tambah().stream().anyMatch(b -> b.orang().nama().contains("Maémunah") || b.orang().nama().contains("Enéng")
                || b.orang().nama().contains("Dédé")), "accented names read from Windows-1252");
        assertTrue(p.tambah().stream().allMatch(b -> b.orang().desaKode().equals("36.04.34.2002")));
    }

    @Test
    void theKemensosModelB11FormOfThePsm() {
        Path f = CONTOH.resolve(ContohImpor.B11);
        ImporPsks.Pratinjau p = l.imporPsks().pratinjau(f, ImporPsks.Opsi.bawaan().denganJenis("PSKS-02"), Kemajuan.DIAM);
        assertEquals(p.baris(), p.tambah().size() + p.dilewati() + p.tolak().size(), "nothing disappears");
        assertEquals(KolomPsks.TANGGAL_LAHIR, p.kepala().kolom().get(4), "TANGGAL under the merged TEMPAT/TGL LAHIR");
        assertEquals(14 + 1, p.kepala().dataMulai(), "below the column numbers, the petunjuk pengisian above the header left alone");
        assertEquals(ContohImpor.B11_ORANG - ContohImpor.B11_NIK_ANGKA - ContohImpor.B11_PENDIDIKAN_SALAH, p.tambah().size(),
                () -> p.tolak().toString());
        assertEquals(ContohImpor.B11_NIK_ANGKA, p.tolak().stream().filter(t -> t.alasan().contains("tersimpan sebagai angka di Excel")).count());
        assertTrue(p.tolak().stream().anyMatch(t -> t.kolom().equals("PENDIDIKAN TERAKHIR") && t.alasan().contains("Pesantren")));
        assertEquals(5, p.lewatJumlah(), "the totals row and the four lines of the signatures");
        // codes and labels mixed, as the form's code list allows: row 3 of the data has "3" (SLTA), "Belum", "-"; row 2 "S 1", "1", "Askesos"
        var kedua = p.tambah().get(1);
        assertEquals(id.kesos.core.psks.Pendidikan.S1, kedua.pendidikan());
        assertEquals(id.kesos.core.psks.Legalitas.DASAR, kedua.legalitas());
        assertEquals(java.util.Set.of(id.kesos.core.psks.Pendampingan.ASKESOS), kedua.pendampingan());
        var pertama = p.tambah().getFirst();
        assertEquals(id.kesos.core.psks.Pendidikan.SLTA, pertama.pendidikan(), "SMA");
        assertEquals(java.util.Set.of(id.kesos.core.psks.Pendampingan.PKH, id.kesos.core.psks.Pendampingan.KUBE), pertama.pendampingan());
        assertTrue(pertama.orang().jenisKelamin() != null && pertama.orang().tanggalLahir() != null && pertama.mulaiAktif() >= 2010);

        l.imporPsks().jalankan(p, Kemajuan.DIAM);
        assertEquals(p.tambah().size(), l.psks().jumlah());
        ImporPsks.Pratinjau lagi = l.imporPsks().pratinjau(f, ImporPsks.Opsi.bawaan().denganJenis("PSKS-02"), Kemajuan.DIAM);
        assertTrue(lagi.pernah().isPresent());
        assertEquals(0, lagi.tambah().size(), "each PSM is registered now");
        assertEquals(p.tambah().size(), lagi.lewatTerdaftar());
    }

    @Test
    void aPlainListOfPillarsPersonsAndInstitutions() {
        Path f = CONTOH.resolve(ContohImpor.PILAR);
        ImporPsks.Pratinjau p = l.imporPsks().pratinjau(f, ImporPsks.Opsi.bawaan(), Kemajuan.DIAM);
        assertEquals(ContohImpor.PILAR_BARIS, p.baris());
        assertEquals(ContohImpor.PILAR_BARIS, p.tambah().size(), () -> p.tolak().toString());
        java.util.Map<String, Long> perJenis = p.tambah().stream().collect(Collectors.groupingBy(id.kesos.core.psks.Psks::jenisKode,
                Collectors.counting()));
        assertEquals(java.util.Map.of("PSKS-11", 1L, "PSKS-03", 5L, "PSKS-05", 8L, "PSKS-04", 3L, "PSKS-08", 2L), perJenis);
        var kt = p.tambah().stream().filter(x -> x.jenisKode().equals("PSKS-05")).findFirst().orElseThrow();
        assertEquals("Karang Taruna Tunas Mekar", kt.nama());
        assertTrue(kt.ketua() != null && kt.tahunBerdiri() >= 2005 && kt.jumlahAnggota() >= 20 && kt.nomorSk().startsWith("400/"));
        assertEquals("36.04.34.2001", kt.desaKode());
        l.imporPsks().jalankan(p, Kemajuan.DIAM);
        assertEquals(ContohImpor.PILAR_BARIS, l.psks().jumlah());
        assertEquals(ContohImpor.PILAR_BARIS, l.imporPsks().pratinjau(f, ImporPsks.Opsi.bawaan(), Kemajuan.DIAM).lewatTerdaftar(),
                "institutions by name and desa, persons by NIK: all registered now");
    }

    @Test
    void theCommittedFilesAreWhatTheGeneratorMakes() throws Exception {
        ContohImpor.main(new String[] {dir.toString()});
        for (String nama : List.of(ContohImpor.KANTOR, ContohImpor.DTSEN, ContohImpor.CSV, ContohImpor.B11, ContohImpor.PILAR)) {
            assertEquals(isi(CONTOH.resolve(nama)), isi(dir.resolve("sample-data").resolve(nama)),
                    nama + " differs from ContohImpor's: run its main with the project root to make it again");
        }
    }

    private static List<String> isi(Path f) {
        PembacaTabel r = PembacaTabel.buka(f);
        List<String> out = new ArrayList<>();
        for (String l : r.lembar()) {
            r.baca(l, b -> out.add(b.nomor() + ":" + b.sel().stream().map(Sel::teks).collect(Collectors.joining("|"))));
        }
        return out;
    }
}
