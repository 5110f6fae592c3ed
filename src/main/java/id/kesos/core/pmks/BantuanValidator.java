package id.kesos.core.pmks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.pmks.Bantuan.Field;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.Teks;
import java.time.LocalDate;

/** The rules of an aid record: programme, a date not in the future, money or goods, the source of funds. */
public final class BantuanValidator {
    private BantuanValidator() {
    }

    public static HasilValidasi periksa(Bantuan b) {
        HasilValidasi h = new HasilValidasi();
        if (b.program() == null) {
            h.tambah(Field.PROGRAM, Messages.get("validasi.wajib", Messages.get("bantuan.program")));
        }
        if (b.tanggal() == null) {
            h.tambah(Field.TANGGAL, Messages.get("validasi.wajib", Messages.get("bantuan.tanggal")));
        } else if (b.tanggal().isAfter(LocalDate.now())) {
            h.tambah(Field.TANGGAL, Messages.get("bantuan.tanggalMasaDepan", Tanggal.format(b.tanggal())));
        }
        if (b.nilaiRupiah() == null && Teks.bersih(b.barang()) == null) {
            h.tambah(Field.NILAI, Messages.get("bantuan.nilaiWajib"));
        }
        if (b.nilaiRupiah() != null && b.nilaiRupiah() <= 0) {
            h.tambah(Field.NILAI, Messages.get("bantuan.nilaiPositif"));
        }
        if (b.sumberDana() == null) {
            h.tambah(Field.SUMBER, Messages.get("validasi.wajib", Messages.get("bantuan.sumberDana")));
        }
        return h;
    }
}
