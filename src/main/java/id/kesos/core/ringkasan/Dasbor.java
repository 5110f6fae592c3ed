package id.kesos.core.ringkasan;

import id.kesos.core.pmks.StatusPmks;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Beranda's charts and checks for one year: PMKS entries per desa and the most common types (verified
 * and proposed), entries per status, and the data-quality problems, each with the entries it concerns
 * so the PMKS list can show exactly them.
 */
public record Dasbor(int tahun, List<Batang> perDesa, List<Batang> jenisTerbanyak, Map<StatusPmks, Long> perStatus, List<Masalah> masalah) {
    /** One bar: a label and a count. */
    public record Batang(String label, long jumlah) {
    }

    /** The checks of the data-quality panel. */
    public enum JenisMasalah {
        NIK_KOSONG_ATAU_SALAH("dasbor.masalah.nik"), KEMUNGKINAN_GANDA("dasbor.masalah.ganda"), USIA_DI_LUAR_BATAS("dasbor.masalah.usia"),
        USULAN_LEBIH_30_HARI("dasbor.masalah.usulanLama"), MENINGGAL_MASIH_DIBANTU("dasbor.masalah.meninggal");

        private final String labelKey;

        JenisMasalah(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    /** A problem and the register entries (ids) it was found in. */
    public record Masalah(JenisMasalah jenis, Set<Long> entri) {
        public int jumlah() {
            return entri.size();
        }
    }
}
