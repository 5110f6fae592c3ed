package id.kesos.core.rekap;

import id.kesos.core.cetak.KopSurat;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.validasi.NipValidator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Who issues a recap: the letterhead, the place written before the date, the signature blocks and what a district
 * template sees of the office. A kecamatan office ({@link #kecamatan}) and a Dinas Sosial both issue recaps, through
 * the same writers.
 */
public interface Penerbit {
    /** The letterhead. */
    KopSurat kop();

    /** The place before the date of signing ("Bandung, 1 Desember 2026"). */
    String tempat();

    /**
     * The two signature blocks, left and right, five lines each: heading, office, name, rank, NIP; a block left out is
     * five nulls.
     */
    String[][] blok(Penandatangan ttd);

    /** The names a district template reads ({@code kecamatan}, {@code kabupaten}, {@code camat}, ...). */
    Map<String, Object> dataTemplat();

    /** The office's region names as a template reads them, and a signer as a map of nama, pangkat, nip. */
    static Map<String, Object> orang(String nama, String pangkat, String nip) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nama", nama == null ? "" : nama);
        m.put("pangkat", pangkat == null ? "" : pangkat);
        m.put("nip", nip == null ? "" : NipValidator.tampil(nip));
        return m;
    }

    /** The contact lines of the letterhead as a template reads them. */
    static Map<String, Object> kontak(String alamat, String telepon, String email, String kodePos) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alamat", alamat == null ? "" : alamat);
        m.put("telepon", telepon == null ? "" : telepon);
        m.put("email", email == null ? "" : email);
        m.put("kodePos", kodePos == null ? "" : kodePos);
        return m;
    }

    /** A kecamatan office: its kop, "Mengetahui, CAMAT ..." at the left and the Kasi Kesos at the right. */
    static Penerbit kecamatan(ProfilKantor p) {
        return new Penerbit() {
            @Override
            public KopSurat kop() {
                return p.kopSurat();
            }

            @Override
            public String tempat() {
                return p.kecamatan().nama();
            }

            @Override
            public String[][] blok(Penandatangan ttd) {
                Kantor k = p.kantor();
                String[] camat = {Messages.dok("dok.mengetahui"), Messages.dok("dok.ttd.camat", p.kecamatan().nama().toUpperCase(Locale.ROOT)),
                    k.namaCamat(), k.pangkatCamat(), Messages.dok("dok.nip", NipValidator.tampil(k.nipCamat()))};
                String[] kasi = {"", Messages.dok("dok.ttd.kasi"), k.namaKasie(), k.pangkatKasie(), Messages.dok("dok.nip", NipValidator.tampil(k.nipKasie()))};
                return switch (ttd) {
                    case KASI -> new String[][] {new String[5], kasi};
                    case CAMAT -> {
                        String[] kanan = camat.clone();
                        kanan[0] = "";
                        yield new String[][] {new String[5], kanan};
                    }
                    default -> new String[][] {camat, kasi};
                };
            }

            @Override
            public Map<String, Object> dataTemplat() {
                Kantor kt = p.kantor();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kecamatan", p.kecamatan().nama());
                m.put("kabupaten", p.kabupaten().nama());
                m.put("provinsi", p.provinsi().nama());
                m.put("camat", orang(kt.namaCamat(), kt.pangkatCamat(), kt.nipCamat()));
                m.put("kasi", orang(kt.namaKasie(), kt.pangkatKasie(), kt.nipKasie()));
                m.put("kepala", orang(null, null, null));
                m.put("kantor", kontak(kt.alamat(), kt.telepon(), kt.email(), kt.kodePos()));
                return m;
            }
        };
    }
}
