package id.kesos.core.rekap;

import id.kesos.core.KesosException;
import id.kesos.core.cetak.Berkas;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.pmks.StatusPmks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;

/** The recaps the kecamatan sends to the Dinas Sosial. */
public final class RekapService {
    /** The recaps built in so far. */
    public enum Jenis {
        REKAP_PMKS_DESA, REKAP_PMKS_JENIS, REKAP_PSKS, DAFTAR_PSKS;

        public String kode() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Jenis dariKode(String s) {
            for (Jenis j : values()) {
                if (j.kode().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return j;
                }
            }
            return null;
        }
    }

    private final DSLContext dsl;
    private final KantorService kantor;
    private final PmksService pmks;

    private final id.kesos.core.psks.PsksService psks;

    public RekapService(DSLContext dsl, KantorService kantor, PmksService pmks, id.kesos.core.psks.PsksService psks) {
        this.dsl = dsl;
        this.kantor = kantor;
        this.pmks = pmks;
        this.psks = psks;
    }

    /**
     * Writes recap {@code jenis} of {@code tahun} to {@code out} (.xlsx). Counted: verified entries, and
     * proposed ones too when {@code termasukUsulan} (the title then says so). A year without data
     * gives a recap full of zeros.
     */
    public void ekspor(Jenis jenis, int tahun, boolean termasukUsulan, Kertas kertas, Path out) {
        if (tahun < 2000 || tahun > LocalDate.now().getYear() + 1) {
            throw new KesosException(Messages.get("entri.tahunSalah", tahun, LocalDate.now().getYear()));
        }
        ProfilKantor profil = kantor.profil().orElseThrow(() -> new KesosException(Messages.get("demo.belumSetup")));
        Kertas k = kertas == null ? kantor.kertas() : kertas;
        if (jenis == Jenis.REKAP_PSKS || jenis == Jenis.DAFTAR_PSKS) {
            // the register as it stands: the active pillars
            RekapPsksExcel.Data p = new RekapPsksExcel.Data(profil, psks.jenis(),
                    psks.cari(new id.kesos.core.psks.FilterPsks(null, null, null, true, null)).baris(), tahun, k, LocalDate.now());
            Berkas.tulisAman(out, os -> {
                if (jenis == Jenis.REKAP_PSKS) {
                    RekapPsksExcel.perDesa(p, os);
                } else {
                    RekapPsksExcel.daftar(p, os);
                }
            });
            return;
        }
        List<StatusPmks> status = termasukUsulan ? List.of(StatusPmks.TERVERIFIKASI, StatusPmks.USULAN) : List.of(StatusPmks.TERVERIFIKASI);
        RekapPmksExcel.Data d = new RekapPmksExcel.Data(profil, pmks.jenis(), AngkaPmks.baca(dsl, tahun, status), tahun, termasukUsulan,
                k, LocalDate.now());
        Berkas.tulisAman(out, os -> {
            switch (jenis) {
                case REKAP_PMKS_DESA -> RekapPmksExcel.perDesa(d, os);
                case REKAP_PMKS_JENIS -> RekapPmksExcel.perJenis(d, os);
                default -> throw new IllegalStateException(jenis.name());
            }
        });
    }
}
