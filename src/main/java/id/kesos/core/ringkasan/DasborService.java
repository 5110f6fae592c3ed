package id.kesos.core.ringkasan;

import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;

import id.kesos.core.kantor.KantorService;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.penduduk.PendudukService;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.ringkasan.Dasbor.Batang;
import id.kesos.core.ringkasan.Dasbor.JenisMasalah;
import id.kesos.core.ringkasan.Dasbor.Masalah;
import id.kesos.core.wilayah.Wilayah;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Computes {@link Dasbor} with a few plain scans of the register (a quarter of a million entries take
 * a few seconds, in the background while Beranda already shows its counts).
 */
public final class DasborService {
    private final DSLContext dsl;
    private final KantorService kantor;
    private final PmksService pmks;
    private final PendudukService orang;
    private final Clock jam;

    public DasborService(DSLContext dsl, KantorService kantor, PmksService pmks, PendudukService orang, Clock jam) {
        this.dsl = dsl;
        this.kantor = kantor;
        this.pmks = pmks;
        this.orang = orang;
        this.jam = jam;
    }

    private static boolean aktif(StatusPmks s) {
        return s == StatusPmks.USULAN || s == StatusPmks.TERVERIFIKASI;
    }

    public Dasbor dasbor(int tahun) {
        LocalDate hariIni = LocalDate.now(jam);
        Map<String, JenisPmks> jenis = new HashMap<>();
        for (JenisPmks j : pmks.jenis()) {
            jenis.put(j.kode(), j);
        }
        Map<String, Long> perDesa = new HashMap<>();
        Map<String, Long> perJenis = new HashMap<>();
        Map<StatusPmks, Long> perStatus = new EnumMap<>(StatusPmks.class);
        for (StatusPmks s : StatusPmks.values()) {
            perStatus.put(s, 0L);
        }
        Set<Long> nik = new LinkedHashSet<>();
        Set<Long> usia = new LinkedHashSet<>();
        Set<Long> usulanLama = new LinkedHashSet<>();
        Timestamp batasUsulan = Timestamp.valueOf(hariIni.minusDays(30).atStartOfDay());
        dsl.connection(c -> {
            try (var st = c.createStatement()) {
                st.setFetchSize(5000);
                // one pass over the register (no index lookup per entry), people and groups joined by key
                try (ResultSet r = st.executeQuery("SELECT e.id, e.penduduk_id, e.jenis_kode, e.status, e.tahun, e.dibuat_pada, p.nik,"
                        + " p.tanggal_lahir, COALESCE(p.desa_kode, k.desa_kode) FROM pmks e USE INDEX () LEFT JOIN penduduk p ON p.id ="
                        + " e.penduduk_id LEFT JOIN kelompok k ON k.id = e.kelompok_id WHERE e.hapus_token = 0")) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        boolean adaOrang = r.getObject(2) != null; // a group's entry has no person
                        String kode = r.getString(3);
                        StatusPmks status = StatusPmks.dariKode(r.getString(4));
                        if (r.getInt(5) == tahun) {
                            perStatus.merge(status, 1L, Long::sum);
                            if (aktif(status)) {
                                perDesa.merge(r.getString(9), 1L, Long::sum);
                                perJenis.merge(kode, 1L, Long::sum);
                            }
                        }
                        if (!aktif(status)) {
                            continue;
                        }
                        if (status == StatusPmks.USULAN && r.getTimestamp(6).before(batasUsulan)) {
                            usulanLama.add(id);
                        }
                        if (!adaOrang) {
                            continue;
                        }
                        String n = r.getString(7);
                        if (n == null || !orang.nikSah(n)) {
                            nik.add(id);
                        }
                        java.sql.Date lahir = r.getDate(8);
                        JenisPmks j = jenis.get(kode);
                        if (lahir != null && j != null) {
                            int umur = Period.between(lahir.toLocalDate(), hariIni).getYears();
                            if (j.usiaMin() != null && umur < j.usiaMin() || j.usiaMax() != null && umur > j.usiaMax()) {
                                usia.add(id);
                            }
                        }
                    }
                }
            }
        });
        // the same name, birth date and desa on two people: the register's duplicate rule
        // (the groups first, then their people by the name index: H2 would join the grouped rows without an index)
        Set<Long> orangGanda = new HashSet<>();
        Set<String> kembar = new HashSet<>();
        dsl.fetch("SELECT nama_normal, tanggal_lahir, desa_kode FROM penduduk WHERE tanggal_lahir IS NOT NULL"
                + " GROUP BY nama_normal, tanggal_lahir, desa_kode HAVING COUNT(*) > 1")
                .forEach(r -> kembar.add(r.get(0) + "|" + r.get(1) + "|" + r.get(2)));
        List<String> nama = kembar.stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().toList();
        for (int i = 0; i < nama.size(); i += 500) {
            dsl.select(PENDUDUK.ID, PENDUDUK.NAMA_NORMAL, PENDUDUK.TANGGAL_LAHIR, PENDUDUK.DESA_KODE).from(PENDUDUK)
                    .where(PENDUDUK.NAMA_NORMAL.in(nama.subList(i, Math.min(nama.size(), i + 500))))
                    .forEach(r -> {
                        if (kembar.contains(r.value2() + "|" + r.value3() + "|" + r.value4())) {
                            orangGanda.add(r.value1());
                        }
                    });
        }
        // their active entries
        Set<Long> ganda = new LinkedHashSet<>();
        List<Long> orangList = List.copyOf(orangGanda);
        for (int i = 0; i < orangList.size(); i += 500) {
            dsl.select(PMKS.ID).from(PMKS).where(PMKS.PENDUDUK_ID.in(orangList.subList(i, Math.min(orangList.size(), i + 500))))
                    .and(PMKS.HAPUS_TOKEN.eq(0L)).and(PMKS.STATUS.in(StatusPmks.USULAN.kode(), StatusPmks.TERVERIFIKASI.kode()))
                    .forEach(r -> ganda.add(r.value1()));
        }
        // inactive because they died, yet aid is recorded on or after that day
        Set<Long> meninggal = new LinkedHashSet<>();
        dsl.fetch("SELECT DISTINCT e.id FROM pmks e JOIN bantuan b ON b.penduduk_id = e.penduduk_id WHERE e.hapus_token = 0"
                + " AND e.status = 'tidak_aktif' AND (LOWER(e.alasan_status) LIKE '%meninggal%' OR LOWER(e.alasan_status) LIKE '%died%')"
                + " AND b.tanggal >= COALESCE((SELECT CAST(MAX(r.waktu) AS DATE) FROM pmks_status_riwayat r WHERE r.pmks_id = e.id"
                + " AND r.ke = 'tidak_aktif'), CAST(e.diubah_pada AS DATE))")
                .forEach(r -> meninggal.add(((Number) r.get(0)).longValue()));

        List<Batang> desa = new ArrayList<>();
        for (Wilayah w : kantor.profil().map(ProfilKantor::desa).orElse(List.of())) {
            desa.add(new Batang(w.nama(), perDesa.getOrDefault(w.kode(), 0L)));
        }
        List<Batang> terbanyak = perJenis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .map(e -> new Batang(jenis.containsKey(e.getKey()) ? jenis.get(e.getKey()).nama() : e.getKey(), e.getValue()))
                .toList();
        List<Masalah> masalah = List.of(new Masalah(JenisMasalah.NIK_KOSONG_ATAU_SALAH, nik),
                new Masalah(JenisMasalah.KEMUNGKINAN_GANDA, ganda), new Masalah(JenisMasalah.USIA_DI_LUAR_BATAS, usia),
                new Masalah(JenisMasalah.USULAN_LEBIH_30_HARI, usulanLama), new Masalah(JenisMasalah.MENINGGAL_MASIH_DIBANTU, meninggal));
        return new Dasbor(tahun, desa, terbanyak, perStatus, masalah);
    }
}
