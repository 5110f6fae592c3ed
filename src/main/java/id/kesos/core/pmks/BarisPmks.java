package id.kesos.core.pmks;

import id.kesos.core.penduduk.JenisKelamin;
import java.time.LocalDate;

/** One row of the register list: an entry with what the list shows of its person (or group). */
public record BarisPmks(long entriId, Long pendudukId, Long kelompokId, String nik, String noKk, String nama, JenisKelamin jk,
        LocalDate tanggalLahir, String desaKode, String desaNama, String jenisKode, String jenisSingkatan, boolean sensitif,
        int tahun, StatusPmks status, boolean adaBantuan) {
}
