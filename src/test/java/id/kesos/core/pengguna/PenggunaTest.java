package id.kesos.core.pengguna;

import static id.kesos.core.db.jooq.Tables.AUDIT_LOG;
import static id.kesos.core.db.jooq.Tables.PENGGUNA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.audit.Peran;
import id.kesos.core.db.Brankas;
import id.kesos.core.db.DataDir;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.pmks.StatusPmks;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Users and roles: off by default, the first Admin turns them on; roles refuse in the services; lock-out; recovery code. */
class PenggunaTest extends id.kesos.UjiLayanan {
    static final char[] ADMIN = "admin kantor 123".toCharArray();
    static final char[] OPERATOR = "operator 12345".toCharArray();
    static final char[] KASIE = "kasie kesos 123".toCharArray();
    static final char[] TAMU = "tamu kantor 1".toCharArray();
    final int tahun = LocalDate.now().getYear();

    @AfterEach
    void lupakan() {
        Brankas.simpanPengguna(new DataDir(dir), null, null);
    }

    static Penduduk orang(String nik, String nama) {
        return new Penduduk(null, nik, null, nama, "Serang", LocalDate.of(1970, 3, 4), JenisKelamin.P, "Kp. Pasir", null, "003", "001",
                "36.04.34.2001", null, null, null, null, 0);
    }

    void tigaPengguna() {
        assertNotNull(l.pengguna().tambah("siti", Peran.ADMIN, ADMIN.clone()), "the first Admin gets the recovery code");
        assertNull(l.pengguna().tambah("Operator1", Peran.OPERATOR, OPERATOR.clone()));
        assertNull(l.pengguna().tambah("budi", Peran.KASIE, KASIE.clone()));
    }

    @Test
    void offByDefaultTheFirstUserMustBeAnAdminAndTurnsThemOn() {
        assertFalse(l.pengguna().aktif());
        assertTrue(l.sesi().boleh(Peran.Hak.PENGATURAN), "a one-person office may do everything");
        assertEquals(AuditLog.akunOs(), l.sesi().nama());
        KesosException e = assertThrows(KesosException.class, () -> l.pengguna().tambah("ani", Peran.OPERATOR, OPERATOR.clone()));
        assertEquals("Pengguna pertama harus Admin: dialah yang nanti menambah pengguna lain dan mengatur program.", e.getMessage());
        tigaPengguna();
        assertTrue(l.pengguna().aktif());
        assertTrue(l.db().dsl().fetchValues(PENGGUNA.HASH_SANDI).stream().allMatch(h -> h.startsWith("$argon2id$")), "stored as Argon2id");
        assertTrue(l.db().dsl().fetchValues(AUDIT_LOG.NILAI_BARU).stream().noneMatch(v -> v != null && v.contains("operator 12345")));
        assertThrows(KesosException.class, () -> l.pengguna().tambah("BUDI", Peran.TAMU, TAMU.clone()), "names are one regardless of case");
    }

    @Test
    void rolesRefuseInTheServicesAndNobodyVerifiesWhatTheyEntered() {
        tigaPengguna();
        l.pengguna().masuk("Operator1", OPERATOR.clone());
        PmksService.HasilSimpan h = l.pmks().tambah(orang("3604344403700001", "Siti Aminah"), EntriPmks.baru("PMKS-08", tahun, null, null), true);
        KesosException op = assertThrows(KesosException.class, () -> l.pmks().ubahStatus(h.entri().id(), h.entri().version(),
                StatusPmks.TERVERIFIKASI, null));
        assertEquals("Operator1 (Operator) tidak boleh memverifikasi atau menolak data PMKS. Minta pengguna dengan peran yang sesuai "
                + "(Admin, atau Kasi Kesos untuk verifikasi).", op.getMessage());
        assertThrows(KesosException.class, () -> l.kantor().setKertas(id.kesos.core.cetak.Kertas.F4), "settings are the Admin's");
        assertEquals("Operator1", l.db().dsl().select(AUDIT_LOG.PENGGUNA).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne().value1(),
                "the history names the signed-in user");

        l.pengguna().masuk("budi", KASIE.clone());
        assertEquals(StatusPmks.TERVERIFIKASI, l.pmks().ubahStatus(h.entri().id(), h.entri().version(), StatusPmks.TERVERIFIKASI, null).status());
        PmksService.HasilSimpan sendiri = l.pmks().tambah(orang("3604344403700002", "Ai Rosmiati"), EntriPmks.baru("PMKS-08", tahun, null, null),
                true);
        KesosException diri = assertThrows(KesosException.class, () -> l.pmks().ubahStatus(sendiri.entri().id(), sendiri.entri().version(),
                StatusPmks.DITOLAK, "Pindah"));
        assertTrue(diri.getMessage().startsWith("Data ini Anda sendiri yang mencatat"), diri.getMessage());

        l.pengguna().masuk("siti", ADMIN.clone());
        l.pengguna().tambah("tamu", Peran.TAMU, TAMU.clone());
        l.pengguna().masuk("tamu", TAMU.clone());
        KesosException tamu = assertThrows(KesosException.class, () -> l.pmks().tambah(orang("3604344403700003", "Ade"),
                EntriPmks.baru("PMKS-08", tahun, null, null), true));
        assertTrue(tamu.getMessage().startsWith("tamu (Tamu) tidak boleh mengisi atau mengubah data."), tamu.getMessage());
        assertThrows(KesosException.class, () -> l.pengguna().nonaktifkan("budi"), "users are the Admin's");

        l.pengguna().masuk("siti", ADMIN.clone());
        l.pengguna().nonaktifkan("budi");
        assertThrows(KesosException.class, () -> l.pengguna().masuk("budi", KASIE.clone()), "a deactivated user cannot sign in");
        KesosException terakhir = assertThrows(KesosException.class, () -> l.pengguna().nonaktifkan("siti"));
        assertTrue(terakhir.getMessage().contains("Admin aktif terakhir"), terakhir.getMessage());
    }

    @Test
    void fiveWrongPasswordsLockTheNameAndTheRecoveryCodeLetsTheAdminBackIn() {
        String kode = l.pengguna().tambah("siti", Peran.ADMIN, ADMIN.clone());
        for (int i = 0; i < 5; i++) {
            KesosException e = assertThrows(KesosException.class, () -> l.pengguna().masuk("siti", "bukan ini".toCharArray()));
            assertEquals("Nama atau kata sandi salah. Periksa huruf besar/kecil dan Caps Lock, lalu coba lagi.", e.getMessage());
        }
        KesosException kunci = assertThrows(KesosException.class, () -> l.pengguna().masuk("siti", ADMIN.clone()));
        assertTrue(kunci.getMessage().startsWith("Terlalu banyak kata sandi salah: nama ini terkunci sekitar"), kunci.getMessage());
        assertEquals("Nama atau kata sandi salah. Periksa huruf besar/kecil dan Caps Lock, lalu coba lagi.",
                assertThrows(KesosException.class, () -> l.pengguna().masuk("tidak-ada", ADMIN.clone())).getMessage(),
                "an unknown name gets the same answer");

        assertThrows(KesosException.class, () -> l.pengguna().pulihkanAdmin("siti", "AAAAA-BBBBB-CCCCC-DDDDD", "baru sekali 1".toCharArray()));
        String lagi = l.pengguna().pulihkanAdmin("siti", kode.toLowerCase(java.util.Locale.ROOT), "baru sekali 1".toCharArray());
        assertEquals(Peran.ADMIN, l.pengguna().masuk("siti", "baru sekali 1".toCharArray()), "unlocked, with the new password");
        assertThrows(KesosException.class, () -> l.pengguna().pulihkanAdmin("siti", kode, "baru sekali 2".toCharArray()), "a code works once");
        assertTrue(lagi.matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){3}"), lagi);
    }

    @Test
    void theCommandLinesOpeningSignsInOrIsRefused() {
        tigaPengguna();
        DataDir d = new DataDir(dir);
        l.close();
        try {
            KesosException tanpa = assertThrows(KesosException.class, () -> Layanan.buka(d));
            assertTrue(tanpa.getMessage().startsWith("Pengguna aktif di data ini: beri --pengguna NAMA"), tanpa.getMessage());
            Brankas.simpanPengguna(d, "Operator1", OPERATOR);
            try (Layanan op = Layanan.buka(d)) {
                assertEquals("Operator1", op.sesi().nama());
                assertEquals(Peran.OPERATOR, op.sesi().peran().orElseThrow());
            }
        } finally {
            l = Layanan.bukaTanpaMasuk(d);
        }
    }
}
