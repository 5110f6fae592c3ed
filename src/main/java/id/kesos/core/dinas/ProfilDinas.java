package id.kesos.core.dinas;

import id.kesos.core.cetak.KopSurat;
import id.kesos.core.i18n.Messages;
import id.kesos.core.rekap.Penandatangan;
import id.kesos.core.rekap.Penerbit;
import id.kesos.core.validasi.NipValidator;
import id.kesos.core.wilayah.Wilayah;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A Dinas Sosial with its region names and the kecamatan of its kabupaten/kota (Kemendagri code order). */
public record ProfilDinas(Dinas dinas, Wilayah provinsi, Wilayah kabupaten, List<Wilayah> kecamatan) {
    public ProfilDinas {
        kecamatan = List.copyOf(kecamatan);
    }

    /** The kabupaten's name without "Kabupaten"/"Kota" ("Serang"): the place written before the date. */
    public String namaPendek() {
        return kabupaten.nama().replaceFirst("(?i)^(kabupaten|kota)\\s+", "");
    }

    /** "PEMERINTAH KABUPATEN SERANG", "DINAS SOSIAL", the address line: the Dinas's letterhead. */
    public KopSurat kop() {
        return KopSurat.dinas(kabupaten.nama(), dinas.alamat(), dinas.telepon(), dinas.email(), dinas.kodePos()).denganLogo(dinas.logo());
    }

    /** The kabupaten recaps' issuer: the Dinas's kop, the Kepala Dinas signing at the right. */
    public Penerbit penerbit() {
        return new Penerbit() {
            @Override
            public KopSurat kop() {
                return ProfilDinas.this.kop();
            }

            @Override
            public String tempat() {
                return namaPendek();
            }

            @Override
            public String[][] blok(Penandatangan ttd) {
                String[] kepala = {"", Messages.dok("dok.ttd.kepalaDinas", kabupaten.nama().toUpperCase(Locale.ROOT)), dinas.namaKepala(),
                    dinas.pangkatKepala(), Messages.dok("dok.nip", NipValidator.tampil(dinas.nipKepala()))};
                return new String[][] {new String[5], kepala};
            }

            @Override
            public Map<String, Object> dataTemplat() {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kecamatan", "");
                m.put("kabupaten", kabupaten.nama());
                m.put("provinsi", provinsi.nama());
                m.put("camat", Penerbit.orang(null, null, null));
                m.put("kasi", Penerbit.orang(null, null, null));
                m.put("kepala", Penerbit.orang(dinas.namaKepala(), dinas.pangkatKepala(), dinas.nipKepala()));
                m.put("kantor", Penerbit.kontak(dinas.alamat(), dinas.telepon(), dinas.email(), dinas.kodePos()));
                return m;
            }
        };
    }
}
