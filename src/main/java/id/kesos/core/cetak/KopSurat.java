package id.kesos.core.cetak;

import id.kesos.core.cetak.Tata.Rata;
import id.kesos.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The office's letterhead: "PEMERINTAH KABUPATEN ...", "KECAMATAN ...", the address line, the logo at
 * the left and a double rule. One letterhead for every document the office signs: the notula, the
 * PDF recaps ({@link #gambar}) and the Excel recaps (which lay out the same lines in cells).
 *
 * @param pemerintah the first line, upper case
 * @param instansi the second, larger line: the office itself
 * @param alamat street, phone, e-mail and postcode, those that are filled in (may be empty)
 * @param logo PNG or JPEG bytes, or {@code null}
 */
public record KopSurat(String pemerintah, String instansi, String alamat, byte[] logo) {

    /** The letterhead of a kecamatan office (document text: always Indonesian). */
    public static KopSurat kecamatan(String kabupaten, String kecamatan, String jalan, String telepon, String email, String kodePos) {
        return new KopSurat(Messages.dok("dok.kop.pemerintah", kabupaten.toUpperCase(Locale.ROOT)),
                Messages.dok("dok.kop.kecamatan", kecamatan.toUpperCase(Locale.ROOT)), alamat(jalan, telepon, email, kodePos), null);
    }

    /** The letterhead of a kabupaten/kota's Dinas Sosial ("PEMERINTAH KABUPATEN SERANG", "DINAS SOSIAL"). */
    public static KopSurat dinas(String kabupaten, String jalan, String telepon, String email, String kodePos) {
        return new KopSurat(Messages.dok("dok.kop.pemerintah", kabupaten.toUpperCase(Locale.ROOT)), Messages.dok("dok.kop.dinas"),
                alamat(jalan, telepon, email, kodePos), null);
    }

    public KopSurat denganLogo(byte[] gambar) {
        return new KopSurat(pemerintah, instansi, alamat, gambar);
    }

    public boolean adaLogo() {
        return logo != null && logo.length > 0;
    }

    /** True for a JPEG logo (by its first byte), false for PNG. */
    public boolean logoJpeg() {
        return adaLogo() && logo.length > 3 && (logo[0] & 0xFF) == 0xFF;
    }

    /** The address line: the parts that are filled in, two spaces apart. */
    static String alamat(String jalan, String telepon, String email, String kodePos) {
        List<String> a = new ArrayList<>();
        if (jalan != null) {
            a.add(jalan);
        }
        if (telepon != null) {
            a.add(Messages.dok("dok.kop.telepon", telepon));
        }
        if (email != null) {
            a.add(Messages.dok("dok.kop.email", email));
        }
        if (kodePos != null) {
            a.add(Messages.dok("dok.kop.kodePos", kodePos));
        }
        return String.join("  ", a).strip();
    }

    /** Draws the letterhead at the top of the current page of {@code t}. */
    public void gambar(Tata t) {
        float logoTinggi = 2.1f * Tata.CM;
        float atas = t.y;
        float lebarLogo = adaLogo() ? t.gambar(logo, t.kiri, atas - logoTinggi, logoTinggi) : 0;
        boolean denganLogo = lebarLogo > 0;
        // with a logo at the left, the lines are centred on the space beside it
        float x = denganLogo ? t.kiri + lebarLogo + 8f : t.kiri;
        t.paragraf(pemerintah, t.tebal, 13f, Rata.TENGAH, x);
        t.paragraf(instansi, t.tebal, 16f, Rata.TENGAH, x);
        if (!alamat.isEmpty()) {
            t.paragraf(alamat, t.biasa, 9f, Rata.TENGAH, x);
        }
        t.y = (denganLogo ? Math.min(t.y, atas - logoTinggi) : t.y) - 4f;
        t.garis(t.kiri, t.y, t.kanan, t.y, 2.2f);
        t.garis(t.kiri, t.y - 2.6f, t.kanan, t.y - 2.6f, 0.6f);
        t.spasi(14f);
    }
}
