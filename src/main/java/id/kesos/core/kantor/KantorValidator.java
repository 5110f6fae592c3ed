package id.kesos.core.kantor;

import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor.Field;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.NipValidator;
import id.kesos.core.validasi.Teks;
import id.kesos.core.wilayah.Tingkat;
import id.kesos.core.wilayah.WilayahService;
import java.util.Optional;

/** Checks an office profile field by field; the form shows each message under its field. */
public final class KantorValidator {
    /** Letterhead logos are small pictures; a larger file is almost always a scan by mistake. */
    public static final int LOGO_MAX_BYTES = 1024 * 1024;

    private final WilayahService wilayah;

    public KantorValidator(WilayahService wilayah) {
        this.wilayah = wilayah;
    }

    public HasilValidasi periksa(Kantor k) {
        HasilValidasi h = new HasilValidasi();
        for (Field f : Field.values()) {
            h.tambah(f, periksa(f, k));
        }
        return h;
    }

    /** The message for one field, or empty when it is fine. */
    public Optional<String> periksa(Field field, Kantor k) {
        String label = Messages.get(field.labelKey());
        return switch (field) {
            case KECAMATAN -> kecamatan(k.kodeKecamatan(), label);
            case NAMA_CAMAT -> Teks.nama(k.namaCamat(), label, 100);
            case NIP_CAMAT -> NipValidator.periksa(k.nipCamat(), label);
            case PANGKAT_CAMAT -> Teks.panjang(k.pangkatCamat(), label, 60);
            case NAMA_KASIE -> Teks.nama(k.namaKasie(), label, 100);
            case NIP_KASIE -> NipValidator.periksa(k.nipKasie(), label);
            case PANGKAT_KASIE -> Teks.panjang(k.pangkatKasie(), label, 60);
            case ALAMAT -> Teks.panjang(k.alamat(), label, 250);
            case KODE_POS -> Teks.kodePos(k.kodePos(), label);
            case TELEPON -> Teks.telepon(k.telepon(), label);
            case EMAIL -> Teks.email(k.email(), label);
            case LOGO -> logo(k.logo());
        };
    }

    private Optional<String> kecamatan(String kode, String label) {
        String v = Teks.bersih(kode);
        if (v == null) {
            return Optional.of(Messages.get("validasi.kecamatan.kosong"));
        }
        boolean ok = wilayah.cari(v).map(w -> w.tingkat() == Tingkat.KECAMATAN).orElse(false);
        return ok ? Optional.empty() : Optional.of(Messages.get("validasi.kecamatan.tidakDikenal", v));
    }

    static Optional<String> logo(byte[] logo) {
        if (logo == null) {
            return Optional.empty();
        }
        if (logo.length > LOGO_MAX_BYTES) {
            return Optional.of(Messages.get("validasi.logo.terlaluBesar", logo.length / 1024));
        }
        if (!isPng(logo) && !isJpeg(logo)) {
            return Optional.of(Messages.get("validasi.logo.format"));
        }
        return Optional.empty();
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8;
    }
}
