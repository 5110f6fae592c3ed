package id.kesos.core.pmks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.NikValidator;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.pmks.EntriPmks.Field;
import id.kesos.core.referensi.Katalog;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.TahunData;
import id.kesos.core.validasi.Teks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import id.kesos.core.KesosException;

/**
 * The rules of a PMKS register entry and of its status changes, one place for the entry form, the
 * command line and the importer. The person's own data is {@link id.kesos.core.penduduk.PendudukValidator}'s.
 */
public final class EntriValidator {
    private final Katalog<JenisPmks> jenis;
    private final NikValidator nik;
    private final BiFunction<Long, EntriPmks, Optional<EntriPmks>> entriAda;

    /**
     * {@code entriAda} finds the stored entry of a person with the same type and year as the given one
     * (for the one-entry-per-year rule).
     */
    public EntriValidator(Katalog<JenisPmks> jenis, NikValidator nik, BiFunction<Long, EntriPmks, Optional<EntriPmks>> entriAda) {
        this.jenis = jenis;
        this.nik = nik;
        this.entriAda = entriAda;
    }

    /**
     * Checks entry {@code e} of person {@code p} (null for a group) into {@code h}: a known type, the
     * data year, a collection date not in the future, a family card and size for a family type, text
     * lengths, one entry per person, type and year, and (as a warning) the type's age band.
     */
    public void periksa(EntriPmks e, Penduduk p, HasilValidasi h) {
        JenisPmks j = jenis.dapat(e.jenisKode());
        if (j == null) {
            h.tambah(Field.JENIS, Messages.get("entri.jenisTidakDikenal", e.jenisKode() == null ? "" : e.jenisKode()));
            return;
        }
        if (!TahunData.sah(e.tahun())) {
            h.tambah(Field.TAHUN, TahunData.pesan(e.tahun()));
        }
        if (e.tanggalPendataan() != null && e.tanggalPendataan().isAfter(LocalDate.now())) {
            h.tambah(Field.TANGGAL_PENDATAAN, Messages.get("entri.pendataanMasaDepan", Tanggal.format(e.tanggalPendataan())));
        }
        if (j.perKk()) {
            if (e.kkKeluarga() == null) {
                h.tambah(Field.KK_KELUARGA, Messages.get("entri.kkWajib", j.nama()));
            } else {
                NikValidator.Hasil kk = nik.periksaKk(e.kkKeluarga(), Messages.get("entri.kkKeluarga"));
                h.tambah(Field.KK_KELUARGA, kk.galat());
            }
            if (e.jumlahAnggota() == null || e.jumlahAnggota() < 1 || e.jumlahAnggota() > 30) {
                h.tambah(Field.JUMLAH_ANGGOTA, Messages.get("entri.jumlahAnggota", j.nama()));
            }
        }
        // one family, one number: the entry counted under the No. KK the BNBA lists for the person
        if (e.kkKeluarga() != null && p != null && p.noKk() != null && !NikValidator.bersihkan(p.noKk()).equals(e.kkKeluarga())) {
            h.tambah(Field.KK_KELUARGA, Messages.get("entri.kkBeda", e.kkKeluarga(), p.noKk()));
        }
        h.tambah(Field.KETERANGAN, Teks.panjang(e.keterangan(), Messages.get("entri.keterangan"), 1000));
        h.tambah(Field.PETUGAS, Teks.panjang(e.petugasPendata(), Messages.get("entri.petugas"), 150));
        if (p != null && p.id() != null) {
            entriAda.apply(p.id(), e).filter(ada -> !ada.id().equals(e.id())).ifPresent(ada -> h.tambah(Field.JENIS,
                    Messages.get("entri.sudahAda", p.nama(), j.nama(), e.tahun())));
        }
        if (p != null) {
            periksaUsia(e, p, h);
        }
    }

    /** The type's age band for the person's age at the end of the data year (a warning the user may accept). */
    public void periksaUsia(EntriPmks e, Penduduk p, HasilValidasi h) {
        JenisPmks j = jenis.dapat(e.jenisKode());
        Integer usia = p.usia(LocalDate.of(e.tahun(), 12, 31).isAfter(LocalDate.now()) ? LocalDate.now() : LocalDate.of(e.tahun(), 12, 31));
        if (j == null || usia == null) {
            return;
        }
        if (j.usiaMin() != null && usia < j.usiaMin() || j.usiaMax() != null && usia > j.usiaMax()) {
            String batas = j.usiaMax() == null ? Messages.get("usia.minimal", j.usiaMin())
                    : Messages.get("usia.rentang", j.usiaMin() == null ? 0 : j.usiaMin(), j.usiaMax());
            h.peringatan(Field.JENIS, Messages.get("entri.usiaDiLuar", p.nama(), usia, j.nama(), batas));
        }
    }


    /** A status change must go where the status allows, and a reason is needed for some targets. */
    public static void periksaPerpindahan(StatusPmks dari, StatusPmks ke, String alasan) {
        if (dari == ke) {
            throw new KesosException(Messages.get("status.sama", Messages.get(ke.labelKey())));
        }
        if (!dari.tujuan().contains(ke)) {
            throw new KesosException(Messages.get("status.tidakBoleh", Messages.get(dari.labelKey()), Messages.get(ke.labelKey()),
                    dari.tujuan().stream().map(s -> Messages.get(s.labelKey())).sorted().collect(Collectors.joining(", "))));
        }
        if (ke.butuhAlasan() && alasan == null) {
            throw new KesosException(Messages.get("status.alasanWajib", Messages.get(ke.labelKey())));
        }
    }
}
