package id.kesos.core.rekap;

import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.psks.BarisPsks;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.rekap.Lembar.Rata;
import id.kesos.core.wilayah.Wilayah;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The PSKS recaps as sheets: active pillars per desa (persons and families in orang, institutions and
 * businesses in unit; the kecamatan level as its own row), and the list of pillars, one sheet per type.
 */
final class RekapPsks {
    private RekapPsks() {
    }

    /** The office, the types (official and pilar lain), the active pillars, the year. */
    record Data(ProfilKantor profil, List<JenisPsks> jenis, List<BarisPsks> pilar, int tahun, boolean samarkan) {
    }

    private static String judulTahun(Data d) {
        return Laporan.judulTahun(d.profil(), d.tahun(), false);
    }

    /** Rows: every desa in code order, then the kecamatan level; columns: the types; JUMLAH row. */
    static Lembar perDesa(Data d) {
        Lembar s = new Lembar(Messages.dok("dok.psks.lembar"))
                .judul(Messages.dok("dok.psks.judul"), judulTahun(d))
                .nomorDanNama(Messages.dok("dok.kolom.desa"), 24);
        for (JenisPsks j : d.jenis()) {
            s.grup(j.singkatan(), List.of(j.kode().toLowerCase(Locale.ROOT).replace("-", "_")), List.of(Messages.dok(j.bentuk().orang() ? "dok.satuan.orang" : "dok.satuan.unit")),
                    9, false);
        }
        List<String[]> baris = new ArrayList<>();
        for (Wilayah w : d.profil().desa()) {
            baris.add(new String[] {w.kode(), w.nama()});
        }
        baris.add(new String[] {null, Messages.getId("psks.tingkatKecamatan")});
        List<Object[]> isi = new ArrayList<>();
        long no = 0;
        for (String[] b : baris) {
            List<Object> r = new ArrayList<>(List.of(++no, b[1]));
            for (JenisPsks j : d.jenis()) {
                r.add(d.pilar().stream().filter(p -> p.jenisKode().equals(j.kode()) && Objects.equals(p.desaKode(), b[0])).count());
            }
            isi.add(r.toArray());
        }
        StringBuilder ket = new StringBuilder(Messages.dok("dok.psks.keterangan"));
        for (JenisPsks j : d.jenis()) {
            ket.append(j.singkatan()).append(" = ").append(j.nama()).append("; ");
        }
        return s.isi(isi).catatan(ket.toString().strip());
    }

    /** One sheet per type with its active pillars: No | Nama | NIK (text) | L/P | Desa | Telepon | Legalitas. */
    static List<Lembar> daftar(Data d) {
        List<Lembar> out = new ArrayList<>();
        for (JenisPsks j : d.jenis()) {
            Lembar s = new Lembar(j.singkatan())
                    .judul(Messages.dok("dok.psks.daftar", j.nama().toUpperCase(Locale.ROOT), j.singkatan()), judulTahun(d))
                    .nomorDanNama(Messages.dok(j.bentuk().orang() ? "dok.kolom.nama" : "dok.psks.namaLembaga"), 30)
                    .kolom("nik", Messages.dok("dok.kolom.nik"), 20, Rata.KIRI, false)
                    .kolom("jk", Messages.dok("dok.kolom.lp"), 5, Rata.TENGAH, false)
                    .kolom("desa", Messages.dok("dok.kolom.desa"), 20, Rata.KIRI, false)
                    .kolom("telepon", Messages.dok("dok.kolom.telepon"), 16, Rata.KIRI, false)
                    .kolom("legalitas", Messages.dok("dok.kolom.legalitas"), 24, Rata.KIRI, false)
                    .hitungBaris(Messages.dok(j.bentuk().orang() ? "dok.satuan.orang" : "dok.satuan.unit"));
            List<Object[]> isi = new ArrayList<>();
            long no = 0;
            for (BarisPsks p : d.pilar()) {
                if (p.jenisKode().equals(j.kode())) {
                    isi.add(new Object[] {++no, p.nama(), p.nik() == null ? "" : d.samarkan() ? id.kesos.core.validasi.Samaran.nomor(p.nik()) : p.nik(), p.jk() == null ? "" : p.jk().name(),
                        p.desaKode() == null ? Messages.getId("psks.tingkatKecamatan") : p.desaNama(), p.telepon() == null ? "" : p.telepon(),
                        Messages.getId(p.legalitas().labelKey())});
                }
            }
            if (d.samarkan()) {
                s.catatan(Messages.dok("dok.samaran"));
            }
            out.add(s.isi(isi));
        }
        return out;
    }
}
