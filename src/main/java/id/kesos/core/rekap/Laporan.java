package id.kesos.core.rekap;

import id.kesos.core.i18n.Messages;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.kantor.ProfilKantor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A recap ready to be written: its name and year, who issues it (kop and signers), the date it is signed, the paper, who
 * signs, and its sheets. The same object feeds the Excel file, the PDF, the preview and a district
 * template.
 */
public record Laporan(String judul, int tahun, Penerbit penerbit, LocalDate tanggal, Kertas kertas, Penandatangan penandatangan,
        List<Lembar> lembar) {

    /** A recap of a kecamatan office. */
    public Laporan(String judul, int tahun, ProfilKantor profil, LocalDate tanggal, Kertas kertas, Penandatangan penandatangan,
            List<Lembar> lembar) {
        this(judul, tahun, Penerbit.kecamatan(profil), tanggal, kertas, penandatangan, lembar);
    }

    /** The second title line: KECAMATAN ... KABUPATEN ... TAHUN ..., saying when proposed entries count too. */
    static String judulTahun(ProfilKantor p, int tahun, boolean termasukUsulan) {
        return Messages.dok(termasukUsulan ? "dok.rekap.judulTahunUsulan" : "dok.rekap.judulTahun", p.kecamatan().nama().toUpperCase(Locale.ROOT),
                p.kabupaten().nama().toUpperCase(Locale.ROOT), String.valueOf(tahun));
    }
}
