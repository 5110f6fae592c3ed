package id.kesos.core.penduduk;

import java.time.LocalDate;

/** What a valid NIK says: its region codes of first registration, the birth date and the sex. */
public record InfoNik(String nik, String kodeProvinsi, String kodeKabupaten, String kodeKecamatan, LocalDate tanggalLahir,
        JenisKelamin jenisKelamin) {
}
