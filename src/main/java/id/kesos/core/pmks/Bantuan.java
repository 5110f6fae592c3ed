package id.kesos.core.pmks;

import java.time.LocalDate;

/** Aid a person received: money (rupiah) or goods, from a programme and a source of funds. */
public record Bantuan(Long id, long pendudukId, ProgramBantuan program, LocalDate tanggal, Long nilaiRupiah, String barang,
        SumberDana sumberDana, String keterangan) {

    /** The fields its checks name ({@link BantuanValidator}). */
    public enum Field { PROGRAM, TANGGAL, NILAI, SUMBER }
}
