package id.kesos.core.pmks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.pmks.Kelompok.Field;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.TahunData;
import id.kesos.core.validasi.Teks;
import java.util.Set;

/**
 * The rules of a group entry (Komunitas Adat Terpencil, Kelompok Minoritas): a type that may be a
 * group, a name, a desa of this kecamatan, at least one family and no fewer people than families,
 * a data year in range.
 */
public final class KelompokValidator {
    private KelompokValidator() {
    }

    /** {@code jenis} is the entry's type (null when unknown), {@code desa} the codes of the kecamatan's desa. */
    public static HasilValidasi periksa(Kelompok k, JenisPmks jenis, int tahun, Set<String> desa) {
        HasilValidasi h = new HasilValidasi();
        if (jenis == null || !jenis.bolehKelompok()) {
            h.tambah(Field.JENIS, Messages.get("kelompok.jenis"));
        }
        h.tambah(Field.NAMA, Teks.nama(k.nama(), Messages.get("kelompok.nama"), 150));
        h.tambah(Field.LOKASI, Teks.panjang(k.lokasi(), Messages.get("kelompok.lokasi"), 250));
        if (k.desaKode() == null || !desa.contains(k.desaKode())) {
            h.tambah(Field.DESA, Messages.get("penduduk.desaLuar", Messages.get("penduduk.desa"), k.desaKode() == null ? "-" : k.desaKode()));
        }
        if (k.jumlahKk() < 1 || k.jumlahJiwa() < k.jumlahKk()) {
            h.tambah(Field.JUMLAH, Messages.get("kelompok.jumlah", k.jumlahKk(), k.jumlahJiwa()));
        }
        if (jenis != null && !TahunData.sah(tahun)) {
            h.tambah(Field.TAHUN, TahunData.pesan(tahun));
        }
        return h;
    }
}
