package id.kesos.core.cadangan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.db.Brankas;
import id.kesos.core.db.DataDir;
import id.kesos.core.db.Enkripsi;
import id.kesos.core.db.KataSandiException;
import id.kesos.core.demo.DemoPmks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data password: the file encrypted at rest, refused without or with a wrong password, backups encrypted, set/change/remove. */
class KataSandiTest {
    @TempDir
    Path dir;
    DataDir d;
    Map<String, Long> jumlah;
    String nik;
    static final char[] SANDI = "rahasia kantor 2026".toCharArray();
    static final char[] BARU = "kata sandi yang baru".toCharArray();

    @BeforeEach
    void setUp() {
        d = new DataDir(dir.resolve("data"));
        try (Layanan l = Layanan.buka(d)) {
            UjiKantor.pasang(l);
            new DemoPmks(l.db().dsl(), id.kesos.core.audit.AuditLog.forCurrentUser()).isi(60, 3, LocalDate.now().getYear(), false,
                    l.pmks().jenis(), n -> { });
            jumlah = l.db().hitung(CadanganService.TABEL);
            nik = String.valueOf(l.db().dsl().fetchValue("SELECT MIN(nik) FROM penduduk"));
        }
    }

    @AfterEach
    void lupakan() {
        Brankas.simpan(d, null);
    }

    Path cadangan() {
        return dir.resolve("cadangan");
    }

    Map<String, Long> buka() {
        try (Layanan l = Layanan.buka(d)) {
            return l.db().hitung(CadanganService.TABEL);
        }
    }

    static boolean memuat(Path f, String teks) throws Exception {
        return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(teks);
    }

    @Test
    void withAPasswordTheFileIsUnreadableWithoutItAndAWrongOneIsRefusedAfterAPause() throws Exception {
        assertTrue(memuat(d.databaseFile(), nik), "a plain file holds the NIK as it is");
        KataSandi.Hasil h = KataSandi.pasang(d, SANDI.clone(), cadangan(), Clock.systemDefaultZone());
        assertEquals(jumlah, h.jumlah());
        assertTrue(Enkripsi.aktif(d));
        assertFalse(memuat(d.databaseFile(), nik), "no NIK readable in the encrypted file");
        assertTrue(Files.exists(dir.resolve("data/kesos.sandi")));
        assertEquals(jumlah, buka(), "this process keeps the password it set");

        Brankas.simpan(d, null);
        KataSandiException tanpa = assertThrows(KataSandiException.class, () -> Layanan.buka(d));
        assertFalse(tanpa.salah());
        assertTrue(tanpa.getMessage().startsWith("Data terkunci: folder " + d + " memakai kata sandi."), tanpa.getMessage());

        Brankas.simpan(d, "rahasia kantor 2025".toCharArray());
        long t = System.nanoTime();
        KataSandiException salah = assertThrows(KataSandiException.class, () -> Layanan.buka(d));
        assertTrue(salah.salah());
        assertEquals("Kata sandi salah. Periksa huruf besar/kecil dan tombol Caps Lock, lalu coba lagi.", salah.getMessage());
        assertTrue((System.nanoTime() - t) / 1_000_000 >= 1500, "a wrong password is answered after a pause");
        assertTrue(Brankas.sandi(d).isEmpty(), "a wrong password is forgotten: the window asks again");
        assertFalse(Files.exists(dir.resolve("data/kesos.trace.db")));

        Brankas.simpan(d, SANDI);
        assertEquals(jumlah, buka());
    }

    @Test
    void backupsOfAnEncryptedFolderStayEncryptedAndRestoreWithTheirPassword() throws Exception {
        KataSandi.pasang(d, SANDI.clone(), cadangan(), Clock.systemDefaultZone());
        Path zip = dir.resolve("cadangan-terenkripsi.zip");
        try (Layanan l = Layanan.buka(d)) {
            l.cadangan().cadangkan(zip);
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            byte[] isi = z.getInputStream(z.getEntry("kesos.mv.db")).readAllBytes();
            assertEquals("H2encrypt", new String(isi, 0, 9, StandardCharsets.US_ASCII));
            assertFalse(new String(isi, StandardCharsets.ISO_8859_1).contains(nik));
        }
        // the password changes; the old backup opens with the old one and takes the folder's new password
        KataSandi.ganti(d, SANDI.clone(), BARU.clone(), cadangan(), Clock.systemDefaultZone());
        KesosException beda = assertThrows(KesosException.class, () -> Pemulihan.pulihkan(d, zip, cadangan(), Clock.systemDefaultZone()));
        assertTrue(beda.getMessage().startsWith("Kata sandi tidak cocok dengan cadangan"), beda.getMessage());
        Pemulihan.pulihkan(d, zip, cadangan(), Clock.systemDefaultZone(), SANDI.clone());
        assertEquals(jumlah, buka());
        Brankas.simpan(d, SANDI);
        assertThrows(KataSandiException.class, () -> Layanan.buka(d), "the folder kept its new password");

        // on a new computer: a plain folder restoring the encrypted backup becomes encrypted with the backup's password
        DataDir lain = new DataDir(dir.resolve("komputer-baru"));
        try (Layanan l = Layanan.buka(lain)) {
            UjiKantor.pasang(l);
        }
        Brankas.simpan(lain, SANDI);
        try {
            Pemulihan.pulihkan(lain, zip, dir.resolve("cadangan-baru"), Clock.systemDefaultZone());
            assertTrue(Enkripsi.aktif(lain));
            try (Layanan l = Layanan.buka(lain)) {
                assertEquals(jumlah, l.db().hitung(CadanganService.TABEL));
            }
        } finally {
            Brankas.simpan(lain, null);
        }
    }

    @Test
    void changingAndRemovingThePasswordKeepTheDataAndAFailedCheckChangesNothing() throws Exception {
        KesosException pendek = assertThrows(KesosException.class, () -> KataSandi.pasang(d, "pendek".toCharArray(), cadangan(),
                Clock.systemDefaultZone()));
        assertEquals("Kata sandi minimal 8 karakter, sekarang 6. Pakai kalimat pendek yang mudah diingat, misalnya beberapa kata.",
                pendek.getMessage());
        assertFalse(Enkripsi.aktif(d), "nothing changed");

        KataSandi.pasang(d, SANDI.clone(), cadangan(), Clock.systemDefaultZone());
        assertThrows(KesosException.class, () -> KataSandi.pasang(d, BARU.clone(), cadangan(), Clock.systemDefaultZone()), "already set");
        String garam = Files.readString(dir.resolve("data/kesos.sandi"));
        KataSandiException salah = assertThrows(KataSandiException.class, () -> KataSandi.ganti(d, "bukan kata sandinya".toCharArray(),
                BARU.clone(), cadangan(), Clock.systemDefaultZone()));
        assertTrue(salah.salah());
        Brankas.simpan(d, SANDI);
        assertEquals(jumlah, buka(), "a refused change leaves the old password working");

        KataSandi.Hasil h = KataSandi.ganti(d, SANDI.clone(), BARU.clone(), cadangan(), Clock.systemDefaultZone());
        assertTrue(Files.exists(h.cadangan().berkas()), "a backup first");
        assertEquals(garam, Files.readString(dir.resolve("data/kesos.sandi")), "the folder keeps its salt: one file changes, in one step");
        Brankas.simpan(d, SANDI);
        assertThrows(KataSandiException.class, () -> Layanan.buka(d));
        Brankas.simpan(d, BARU);
        assertEquals(jumlah, buka());

        KataSandi.hapus(d, BARU.clone(), cadangan(), Clock.systemDefaultZone());
        assertFalse(Enkripsi.aktif(d));
        assertFalse(Files.exists(dir.resolve("data/kesos.sandi")));
        Brankas.simpan(d, null);
        assertEquals(jumlah, buka());
        assertTrue(memuat(d.databaseFile(), nik));
        try (Layanan l = Layanan.buka(d)) {
            assertEquals(java.util.List.of("dihapus", "diganti", "dipasang"), l.db().dsl().fetchValues(
                    "SELECT nilai_baru FROM audit_log WHERE baris_id = 'kata_sandi' ORDER BY id DESC").stream()
                    .map(v -> String.valueOf(v).replaceAll(".*\"nilai\":\"([a-z]+)\".*", "$1")).toList(), "recorded, without the password");
            assertTrue(l.db().dsl().fetchValues("SELECT nilai_baru FROM audit_log").stream().noneMatch(v -> String.valueOf(v).contains("rahasia")));
        }
    }
}
