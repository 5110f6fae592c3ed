package id.kesos.core.ringkasan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiRegister;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.ringkasan.Dasbor.JenisMasalah;
import id.kesos.core.wilayah.Wilayah;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Beranda's charts and data-quality checks against plain SQL, with one planted case of each problem. */
class DasborServiceTest extends UjiRegister {
    DSLContext sql;

    DasborServiceTest() {
        super(300, 9, LocalDate.now().getYear());
    }

    @BeforeEach
    void sql() {
        sql = l.db().dsl();
    }

    Set<Long> ids(String query, Object... p) {
        Set<Long> s = new HashSet<>();
        sql.fetch(query, p).forEach(r -> s.add(((Number) r.get(0)).longValue()));
        return s;
    }

    long satu(String query, Object... p) {
        return ((Number) sql.fetchValue(query, p)).longValue();
    }

    static final String AKTIF = "e.hapus_token = 0 AND e.status IN ('usulan', 'terverifikasi')";

    Dasbor.Masalah masalah(Dasbor d, JenisMasalah j) {
        return d.masalah().stream().filter(m -> m.jenis() == j).findFirst().orElseThrow();
    }

    @Test
    void chartsAndStatusEqualTheRegister() {
        Dasbor d = l.dasbor().dasbor(tahun);
        List<Wilayah> desa = l.kantor().profil().orElseThrow().desa();
        assertEquals(desa.size(), d.perDesa().size(), "every desa, zero ones too");
        for (int i = 0; i < desa.size(); i++) {
            long harap = satu("SELECT COUNT(*) FROM pmks e LEFT JOIN penduduk p ON p.id = e.penduduk_id LEFT JOIN kelompok k ON k.id ="
                    + " e.kelompok_id WHERE " + AKTIF + " AND e.tahun = ? AND COALESCE(p.desa_kode, k.desa_kode) = ?", tahun, desa.get(i).kode());
            assertEquals(desa.get(i).nama(), d.perDesa().get(i).label());
            assertEquals(harap, d.perDesa().get(i).jumlah(), desa.get(i).nama());
        }
        for (StatusPmks s : StatusPmks.values()) {
            assertEquals(satu("SELECT COUNT(*) FROM pmks WHERE hapus_token = 0 AND tahun = ? AND status = ?", tahun, s.kode()),
                    d.perStatus().get(s), s.name());
        }
        Dasbor.Batang teratas = d.jenisTerbanyak().getFirst();
        long maks = satu("SELECT MAX(n) FROM (SELECT COUNT(*) n FROM pmks e WHERE " + AKTIF + " AND e.tahun = ? GROUP BY e.jenis_kode)", tahun);
        assertEquals(maks, teratas.jumlah(), "the most common type first");
        assertTrue(d.jenisTerbanyak().size() <= 10);
    }

    @Test
    void eachPlantedProblemIsFoundAndOnlyThere() {
        // a person without NIK, one with an impossible NIK (province 99)
        List<Long> orang = sql.fetch("SELECT DISTINCT e.penduduk_id FROM pmks e WHERE " + AKTIF + " AND e.penduduk_id IS NOT NULL"
                + " ORDER BY 1 FETCH FIRST 3 ROWS ONLY").map(r -> ((Number) r.get(0)).longValue());
        sql.execute("UPDATE penduduk SET nik = NULL WHERE id = ?", orang.get(0));
        sql.execute("UPDATE penduduk SET nik = '9912345612340001' WHERE id = ?", orang.get(1));
        // the same name, birth date and desa on a second person with an entry
        sql.execute("INSERT INTO penduduk (nama, nama_normal, tanggal_lahir, jenis_kelamin, desa_kode) SELECT nama, nama_normal, tanggal_lahir,"
                + " jenis_kelamin, desa_kode FROM penduduk WHERE id = ?", orang.get(2));
        long kembar = satu("SELECT MAX(id) FROM penduduk");
        sql.execute("UPDATE penduduk SET tanggal_lahir = DATE '1980-05-05' WHERE id IN (?, ?)", orang.get(2), kembar);
        sql.execute("INSERT INTO pmks (penduduk_id, jenis_kode, tahun, status) VALUES (?, 'PMKS-24', ?, 'usulan')", kembar, tahun);
        // a Lanjut Usia Telantar born in 1990
        long lansia = satu("SELECT MIN(e.id) FROM pmks e JOIN pmks x ON x.penduduk_id = e.penduduk_id WHERE " + AKTIF
                + " AND e.jenis_kode = 'PMKS-08' GROUP BY e.penduduk_id HAVING COUNT(*) = 1 ORDER BY 1 FETCH FIRST 1 ROWS ONLY");
        sql.execute("UPDATE penduduk SET tanggal_lahir = DATE '1990-01-01' WHERE id = (SELECT penduduk_id FROM pmks WHERE id = ?)", lansia);
        // a proposal made 40 days ago
        long lama = satu("SELECT MIN(e.id) FROM pmks e WHERE e.hapus_token = 0 AND e.status = 'usulan'");
        sql.execute("UPDATE pmks SET dibuat_pada = DATEADD(DAY, -40, CURRENT_TIMESTAMP) WHERE id = ?", lama);
        // died 60 days ago, aid recorded 10 days ago; another died, aid only before
        var duaMati = sql.fetch("SELECT id, penduduk_id FROM pmks WHERE hapus_token = 0 AND status = 'terverifikasi' AND penduduk_id"
                + " NOT IN (?, ?, ?) AND jenis_kode <> 'PMKS-08' ORDER BY id FETCH FIRST 2 ROWS ONLY", orang.get(0), orang.get(1), orang.get(2));
        long mati = ((Number) duaMati.get(0).get(0)).longValue();
        long matiLama = ((Number) duaMati.get(1).get(0)).longValue();
        long orangMati = ((Number) duaMati.get(0).get(1)).longValue();
        long orangMatiLama = ((Number) duaMati.get(1).get(1)).longValue();
        for (long e : new long[] {mati, matiLama}) {
            sql.execute("UPDATE pmks SET status = 'tidak_aktif', alasan_status = 'Meninggal dunia' WHERE id = ?", e);
            sql.execute("INSERT INTO pmks_status_riwayat (pmks_id, waktu, pengguna, dari, ke, alasan) VALUES (?, DATEADD(DAY, -60,"
                    + " CURRENT_TIMESTAMP), 'uji', 'terverifikasi', 'tidak_aktif', 'Meninggal dunia')", e);
        }
        sql.execute("DELETE FROM bantuan WHERE penduduk_id IN (?, ?)", orangMati, orangMatiLama);
        sql.execute("INSERT INTO bantuan (penduduk_id, program, tanggal, nilai_rupiah, sumber_dana) VALUES (?, 'pkh', DATEADD(DAY, -10,"
                + " CURRENT_DATE), 750000, 'apbn')", orangMati);
        sql.execute("INSERT INTO bantuan (penduduk_id, program, tanggal, nilai_rupiah, sumber_dana) VALUES (?, 'pkh', DATEADD(DAY, -90,"
                + " CURRENT_DATE), 750000, 'apbn')", orangMatiLama);

        Dasbor d = l.dasbor().dasbor(tahun);
        Set<Long> nik = masalah(d, JenisMasalah.NIK_KOSONG_ATAU_SALAH).entri();
        assertTrue(nik.containsAll(ids("SELECT e.id FROM pmks e WHERE " + AKTIF + " AND e.penduduk_id IN (?, ?)", orang.get(0), orang.get(1))));
        assertEquals(ids("SELECT e.id FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE " + AKTIF
                + " AND (p.nik IS NULL OR p.nik = '9912345612340001')"), nik, "missing NIK, and the one with province 99");
        assertEquals(ids("SELECT e.id FROM pmks e WHERE " + AKTIF + " AND e.penduduk_id IN (?, ?)", orang.get(2), kembar),
                masalah(d, JenisMasalah.KEMUNGKINAN_GANDA).entri(), "both people of the pair, nobody else");
        assertTrue(masalah(d, JenisMasalah.USIA_DI_LUAR_BATAS).entri().contains(lansia));
        assertEquals(ids("SELECT e.id FROM pmks e WHERE e.hapus_token = 0 AND e.status = 'usulan' AND e.dibuat_pada <"
                + " DATEADD(DAY, -30, CURRENT_TIMESTAMP)"), masalah(d, JenisMasalah.USULAN_LEBIH_30_HARI).entri());
        assertTrue(masalah(d, JenisMasalah.USULAN_LEBIH_30_HARI).entri().contains(lama));
        Set<Long> meninggal = masalah(d, JenisMasalah.MENINGGAL_MASIH_DIBANTU).entri();
        assertTrue(meninggal.contains(mati), "aid after the death");
        assertFalse(meninggal.contains(matiLama), "aid only before the death is not a problem");
    }
}
