package id.kesos.core.kantor;

import static id.kesos.core.db.jooq.Tables.AUDIT_LOG;
import static id.kesos.core.db.jooq.Tables.KANTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.validasi.ValidasiException;
import id.kesos.core.wilayah.Wilayah;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KantorServiceTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @TempDir
    Path dir;

    static Kantor bandung(int version) {
        return new Kantor("36.04.34", " Drs. Budi Santoso ", "19700101 199003 1 001", "Pembina, IV/a", "Siti Aminah, S.Sos",
                "198002022005012002", null, "Jl. Raya Bandung No. 1", "42176", "(0254) 123456", "kec.bandung@contoh.go.id", PNG,
                version);
    }

    @Test
    void firstSaveSetsProfileAndDesaAndSurvivesRestart() {
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            assertFalse(l.kantor().sudahDiatur());
            Kantor saved = l.kantor().simpan(bandung(0));
            assertEquals(1, saved.version());
            assertEquals("Drs. Budi Santoso", saved.namaCamat(), "names are trimmed");
            assertEquals("197001011990031001", saved.nipCamat(), "NIP stored as 18 digits");
        }
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            assertTrue(l.kantor().sudahDiatur());
            ProfilKantor p = l.kantor().profil().orElseThrow();
            assertEquals("Bandung", p.kecamatan().nama());
            assertEquals("Kabupaten Serang", p.kabupaten().nama());
            assertEquals("Banten", p.provinsi().nama());
            assertEquals(List.of("36.04.34.2001", "36.04.34.2002", "36.04.34.2003", "36.04.34.2004", "36.04.34.2005",
                    "36.04.34.2006", "36.04.34.2007", "36.04.34.2008"), p.desa().stream().map(Wilayah::kode).toList());
            assertEquals("kec.bandung@contoh.go.id", p.kantor().email());
            assertEquals(PNG.length, p.kantor().logo().length);
        }
    }

    @Test
    void invalidProfileIsRefusedAndNothingIsStored() {
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            Kantor salah = new Kantor("36.04.99", "", "123", null, "Siti", "198002022005012002", null, null, "123", "abc",
                    "bukan-email", new byte[] {1, 2, 3, 4}, 0);
            ValidasiException e = assertThrows(ValidasiException.class, () -> l.kantor().simpan(salah));
            var h = e.hasil();
            assertTrue(h.untuk("KECAMATAN").orElseThrow().contains("36.04.99"));
            assertEquals("Nama Camat wajib diisi.", h.untuk("NAMA_CAMAT").orElseThrow());
            assertTrue(h.untuk("NIP_CAMAT").orElseThrow().contains("18 angka, sekarang 3"));
            assertTrue(h.untuk("KODE_POS").orElseThrow().contains("5 angka"));
            assertTrue(h.untuk("TELEPON").orElseThrow().startsWith("Telepon \"abc\" tidak sah"));
            assertTrue(h.untuk("EMAIL").orElseThrow().contains("bukan alamat e-mail yang sah"));
            assertEquals("Logo harus gambar PNG atau JPG.", h.untuk("LOGO").orElseThrow());
            assertEquals(0, l.db().dsl().fetchCount(KANTOR));
            assertEquals(0, l.db().dsl().fetchCount(AUDIT_LOG));
        }
    }

    @Test
    void editIsAuditedAndAStaleVersionIsRefused() {
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            l.kantor().simpan(bandung(0));
            Kantor v1 = l.kantor().muat().orElseThrow();
            Kantor ubah = new Kantor(v1.kodeKecamatan(), "Hj. Ratna Dewi", v1.nipCamat(), v1.pangkatCamat(), v1.namaKasie(),
                    v1.nipKasie(), v1.pangkatKasie(), v1.alamat(), v1.kodePos(), v1.telepon(), v1.email(), v1.logo(), v1.version());
            assertEquals(2, l.kantor().simpan(ubah).version());
            // another window still holds version 1: its save must not overwrite silently
            KesosException konflik = assertThrows(KesosException.class, () -> l.kantor().simpan(v1));
            assertTrue(konflik.getMessage().contains("diubah di jendela lain"));
            assertEquals("Hj. Ratna Dewi", l.kantor().muat().orElseThrow().namaCamat());

            var rows = l.db().dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch();
            assertEquals(2, rows.size());
            assertEquals("tambah", rows.get(0).getAksi());
            assertEquals("ubah", rows.get(1).getAksi());
            assertTrue(rows.get(1).getNilaiLama().contains("\"nama_camat\":\"Drs. Budi Santoso\""));
            assertTrue(rows.get(1).getNilaiBaru().contains("\"nama_camat\":\"Hj. Ratna Dewi\""));
        }
    }

    @Test
    void changingTheKecamatanReplacesTheDesaList() {
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            l.kantor().simpan(bandung(0));
            Kantor v1 = l.kantor().muat().orElseThrow();
            l.kantor().simpan(new Kantor("32.12.01", v1.namaCamat(), v1.nipCamat(), null, v1.namaKasie(), v1.nipKasie(), null,
                    null, null, null, null, null, v1.version()));
            ProfilKantor p = l.kantor().profil().orElseThrow();
            assertEquals("Haurgeulis", p.kecamatan().nama());
            assertEquals("Kabupaten Indramayu", p.kabupaten().nama());
            assertTrue(p.desa().stream().allMatch(d -> d.kode().startsWith("32.12.01.")));
            assertEquals(l.wilayah().anak("32.12.01").size(), p.desa().size());
        }
    }
}
