package id.kesos.core.rapat;

import id.kesos.core.i18n.Messages;
import id.kesos.core.rapat.Rapat.Field;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.NipValidator;
import id.kesos.core.validasi.Teks;

/**
 * The rules of a meeting record (a draft, and with {@code lengkap} what a final record needs too), of
 * a follow-up's tracking note and of a village official: one place for the meeting form, the
 * officials' editor and the command line.
 */
public final class RapatValidator {
    private RapatValidator() {
    }

    /** Field errors; with {@code lengkap}, what a final record needs too. */
    public static HasilValidasi periksa(Rapat r, boolean lengkap) {
        HasilValidasi h = new HasilValidasi();
        String judul = label(Field.JUDUL);
        h.tambah(Field.JUDUL, lengkap ? Teks.wajib(r.judul(), judul, 250) : Teks.panjang(r.judul(), judul, 250));
        if (lengkap && r.tanggal() == null) {
            h.tambah(Field.TANGGAL, Messages.get("validasi.wajib", label(Field.TANGGAL)));
        }
        h.tambah(Field.TEMPAT, lengkap ? Teks.wajib(r.tempat(), label(Field.TEMPAT), 250)
                : Teks.panjang(r.tempat(), label(Field.TEMPAT), 250));
        if (lengkap && Teks.bersih(r.pimpinan().nama()) == null) {
            h.tambah(Field.PIMPINAN, Messages.get("validasi.wajib", Messages.get("rapat.pimpinanNama")));
        }
        if (r.jamMulai() != null && r.jamSelesai() != null && !r.jamSelesai().isAfter(r.jamMulai())) {
            h.tambah(Field.JAM_SELESAI, Messages.get("rapat.jamSelesaiSebelum", RapatService.jam(r.jamSelesai()), RapatService.jam(r.jamMulai())));
        }
        pejabat(r.pimpinan(), Field.PIMPINAN, Messages.get("rapat.pimpinan"), h);
        pejabat(r.notulis(), Field.NOTULIS, Messages.get("rapat.notulis"), h);
        h.tambah(Field.PEMBUKAAN, Teks.panjang(r.pembukaan(), label(Field.PEMBUKAAN), 4000));
        h.tambah(Field.KESIMPULAN, Teks.panjang(r.kesimpulan(), label(Field.KESIMPULAN), 8000));
        h.tambah(Field.PENUTUPAN, Teks.panjang(r.penutupan(), label(Field.PENUTUPAN), 4000));
        for (int i = 0; i < r.agenda().size(); i++) {
            AgendaRapat a = r.agenda().get(i);
            String b = Messages.get("rapat.agendaKe", i + 1);
            h.tambah(Field.AGENDA, Teks.wajib(a.judul(), b + ": " + Messages.get("rapat.agendaJudul"), 500));
            h.tambah(Field.AGENDA, Teks.panjang(a.pembahasan(), b + ": " + Messages.get("rapat.pembahasan"), 20000));
            h.tambah(Field.AGENDA, Teks.panjang(a.kesimpulan(), b + ": " + Messages.get("rapat.agendaKesimpulan"), 4000));
        }
        for (int i = 0; i < r.peserta().size(); i++) {
            PesertaRapat p = r.peserta().get(i);
            String b = Messages.get("rapat.pesertaKe", i + 1);
            if (p.psksId() == null && p.perangkatDesaId() == null) {
                h.tambah(Field.PESERTA, Teks.nama(p.nama(), b + ": " + Messages.get("rapat.pesertaNama"), 150));
            }
            h.tambah(Field.PESERTA, Teks.panjang(p.jabatan(), b + ": " + Messages.get("rapat.pesertaJabatan"), 150));
            h.tambah(Field.PESERTA, Teks.telepon(p.telepon(), b + ": " + Messages.get("rapat.pesertaTelepon")));
        }
        for (int i = 0; i < r.tindakLanjut().size(); i++) {
            TindakLanjut t = r.tindakLanjut().get(i);
            String b = Messages.get("rapat.tindakLanjutKe", i + 1);
            h.tambah(Field.TINDAK_LANJUT, Teks.wajib(t.uraian(), b + ": " + Messages.get("tindakLanjut.uraian"), 1000));
            h.tambah(Field.TINDAK_LANJUT, Teks.panjang(t.penanggungJawab(), b + ": " + Messages.get("tindakLanjut.penanggungJawab"), 150));
        }
        return h;
    }

    private static void pejabat(Pejabat p, Field field, String siapa, HasilValidasi h) {
        h.tambah(field, Teks.panjang(p.nama(), siapa, 150));
        if (Teks.bersih(p.nip()) != null) {
            h.tambah(field, NipValidator.periksa(p.nip(), Messages.get("rapat.nipDari", siapa)));
        }
    }

    private static String label(Field f) {
        return Messages.get(f.labelKey());
    }

    /** The tracking note of a follow-up. */
    public static HasilValidasi periksaCatatan(String catatan) {
        return new HasilValidasi().tambah(TindakLanjut.Field.CATATAN, Teks.panjang(catatan, Messages.get("tindakLanjut.catatan"), 1000));
    }

    /** A village official: name, phone, post, and a desa of this kecamatan ({@code desaAda}). */
    public static HasilValidasi periksaPerangkat(PerangkatDesa p, boolean desaAda) {
        HasilValidasi h = new HasilValidasi();
        h.tambah(PerangkatDesa.Field.NAMA, Teks.nama(p.nama(), Messages.get("perangkat.nama"), 150));
        h.tambah(PerangkatDesa.Field.TELEPON, Teks.telepon(p.telepon(), Messages.get("perangkat.telepon")));
        if (p.jabatan() == null) {
            h.tambah(PerangkatDesa.Field.JABATAN, Messages.get("validasi.wajib", Messages.get("perangkat.jabatan")));
        }
        if (!desaAda) {
            h.tambah(PerangkatDesa.Field.DESA, Messages.get("penduduk.desaLuar", Messages.get("penduduk.desa"),
                    p.desaKode() == null ? "-" : p.desaKode()));
        }
        return h;
    }
}
