package id.kesos.ui.pmks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.wilayah.Wilayah;

/** Combo boxes that show Indonesian labels for domain values, with an optional "all" entry (null). */
final class Pilihan {
    private Pilihan() {
    }

    static String spm(String kelompok) {
        return switch (kelompok) {
            case "anak_telantar" -> Messages.get("spm.anakTelantar");
            case "lansia_telantar" -> Messages.get("spm.lansiaTelantar");
            case "disabilitas_telantar" -> Messages.get("spm.disabilitasTelantar");
            case "tuna_sosial" -> Messages.get("spm.tunaSosial");
            case "korban_bencana" -> Messages.get("spm.korbanBencana");
            default -> kelompok;
        };
    }

    static String jenis(JenisPmks j) {
        return j.nomor() + ". " + j.nama() + " (" + j.singkatan() + ")" + (j.sensitif() ? "  \u26a0" : "");
    }

    static String desa(Wilayah w) {
        return w.nama();
    }

    static String status(StatusPmks s) {
        return Messages.get(s.labelKey());
    }

    static String sumber(SumberData s) {
        return Messages.get(s.labelKey());
    }
}
