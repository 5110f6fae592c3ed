package id.kesos.core.pmks;

/** Why a verified entry became inactive (DOMAIN.md section 3). */
public enum AlasanTidakAktif {
    MENINGGAL("alasan.meninggal"), PINDAH("alasan.pindah"), TIDAK_MEMENUHI_KRITERIA("alasan.tidakMemenuhi"),
    DATA_GANDA("alasan.dataGanda");

    private final String labelKey;

    AlasanTidakAktif(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
