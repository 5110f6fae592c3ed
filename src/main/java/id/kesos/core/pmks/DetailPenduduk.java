package id.kesos.core.pmks;

import id.kesos.core.penduduk.Penduduk;
import java.util.List;

/** A person with everything the register holds about them. */
public record DetailPenduduk(Penduduk penduduk, String desaNama, List<Entri> entri, List<Bantuan> bantuan) {

    /** An entry with its type and status history. */
    public record Entri(EntriPmks entri, JenisPmks jenis, List<RiwayatStatus> riwayat) {
    }
}
