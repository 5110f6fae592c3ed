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
    void theCommittedFilesAreWhatTheGeneratorMakes() throws Exception {
        ContohImpor.main(new String[] {dir.toString()});
        for (String nama : List.of(ContohImpor.KANTOR, ContohImpor.DTSEN, ContohImpor.CSV)) {
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
