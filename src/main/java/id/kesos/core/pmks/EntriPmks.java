package id.kesos.core.pmks;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A register entry: a person (or a group) with one PMKS type in one data year. */
public record EntriPmks(Long id, Long pendudukId, Long kelompokId, String jenisKode, int tahun, StatusPmks status,
        String alasanStatus, SumberData sumber, LocalDate tanggalPendataan, String petugasPendata, Long petugasPsksId, String keterangan,
        String kkKeluarga, Integer jumlahAnggota, int version) {

    public enum Field {
        JENIS("entri.jenis"), TAHUN("entri.tahun"), STATUS("entri.status"), SUMBER("entri.sumber"),
        TANGGAL_PENDATAAN("entri.tanggalPendataan"), PETUGAS("entri.petugas"), KETERANGAN("entri.keterangan"),
        KK_KELUARGA("entri.kkKeluarga"), JUMLAH_ANGGOTA("entri.jumlahAnggota");

        private final String labelKey;

        Field(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    /** A new entry for a person: status usulan unless told otherwise. */
    public static EntriPmks baru(String jenisKode, int tahun, StatusPmks status, SumberData sumber) {
        return new EntriPmks(null, null, null, jenisKode, tahun, status == null ? StatusPmks.USULAN : status, null,
                sumber == null ? SumberData.PENDATAAN_DESA : sumber, null, null, null, null, null, null, 0);
    }

    public EntriPmks untuk(Long penduduk, Long kelompok) {
        return new EntriPmks(id, penduduk, kelompok, jenisKode, tahun, status, alasanStatus, sumber, tanggalPendataan,
                petugasPendata, petugasPsksId, keterangan, kkKeluarga, jumlahAnggota, version);
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("penduduk_id", pendudukId);
        m.put("kelompok_id", kelompokId);
        m.put("jenis_kode", jenisKode);
        m.put("tahun", tahun);
        m.put("status", status == null ? null : status.kode());
        m.put("alasan_status", alasanStatus);
        m.put("sumber_data", sumber == null ? null : sumber.kode());
        m.put("tanggal_pendataan", tanggalPendataan);
        m.put("petugas_pendata", petugasPendata);
        m.put("petugas_psks_id", petugasPsksId);
        m.put("keterangan", keterangan);
        m.put("kk_keluarga", kkKeluarga);
        m.put("jumlah_anggota", jumlahAnggota);
        return m;
    }
}
