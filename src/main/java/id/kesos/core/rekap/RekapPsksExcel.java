package id.kesos.core.rekap;

import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.psks.BarisPsks;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.wilayah.Wilayah;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The PSKS recaps as .xlsx: active pillars per desa (persons and families in orang, institutions and
 * businesses in unit; the kecamatan level as its own row), and the list of pillars, one sheet per type.
 */
public final class RekapPsksExcel {
    private RekapPsksExcel() {
    }

    /** The office, the types (official and pilar lain), the active pillars, the options. */
    public record Data(ProfilKantor profil, List<JenisPsks> jenis, List<BarisPsks> pilar, int tahun, Kertas kertas, LocalDate tanggal) {
    }

    private static String judulTahun(Data d) {
        return "KECAMATAN " + d.profil().kecamatan().nama().toUpperCase(Locale.ROOT) + " " + d.profil().kabupaten().nama()
                .toUpperCase(Locale.ROOT) + " TAHUN " + d.tahun();
    }

    /** Rows: every desa in code order, then the kecamatan level; columns: the types; JUMLAH row. */
    public static void perDesa(Data d, OutputStream out) throws IOException {
        int kolom = 2 + d.jenis().size();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            LembarResmi s = new LembarResmi(wb, "Rekap PSKS per desa", kolom);
            int h1 = s.pembuka(d.profil(), "REKAPITULASI POTENSI DAN SUMBER KESEJAHTERAAN SOSIAL (PSKS) PER DESA/KELURAHAN", judulTahun(d),
                    "Desa/Kelurahan");
            for (int i = 0; i < d.jenis().size(); i++) {
                JenisPsks j = d.jenis().get(i);
                s.gabung(h1, h1, 2 + i, 2 + i, j.singkatan());
                s.gabung(h1 + 1, h1 + 1, 2 + i, 2 + i, j.bentuk().orang() ? "orang" : "unit");
            }
            s.baris = h1 + 2;
            s.nomorKolom();
            int akhirKepala = s.baris - 1;
            List<String[]> baris = new ArrayList<>();
            for (Wilayah w : d.profil().desa()) {
                baris.add(new String[] {w.kode(), w.nama()});
            }
            baris.add(new String[] {null, Messages.getId("psks.tingkatKecamatan")});
            long[] total = new long[kolom];
            int no = 0;
            for (String[] b : baris) {
                Row r = s.baris();
                s.sel(r, 0, ++no, s.tengahGaris());
                s.sel(r, 1, b[1], s.biasa);
                for (int i = 0; i < d.jenis().size(); i++) {
                    String kode = d.jenis().get(i).kode();
                    long n = d.pilar().stream().filter(p -> p.jenisKode().equals(kode) && java.util.Objects.equals(p.desaKode(), b[0]))
                            .count();
                    s.sel(r, 2 + i, n, s.angka);
                    total[2 + i] += n;
                }
                s.baris++;
            }
            s.barisJumlah(total);
            s.baris++;
            StringBuilder ket = new StringBuilder("Keterangan: ");
            for (JenisPsks j : d.jenis()) {
                ket.append(j.singkatan()).append(" = ").append(j.nama()).append("; ");
            }
            s.garisTeks(ket.toString().strip(), s.keterangan());
            s.penutup(d.profil(), d.tanggal(), 24, 9, d.kertas(), true, akhirKepala);
            wb.write(out);
        }
    }

    /** One sheet per type with its active pillars: No | Nama | NIK (text) | L/P | Desa | Telepon | Legalitas. */
    public static void daftar(Data d, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (JenisPsks j : d.jenis()) {
                LembarResmi s = new LembarResmi(wb, j.singkatan(), 7);
                int h1 = s.pembuka(d.profil(), "DAFTAR " + j.nama().toUpperCase(Locale.ROOT) + " (" + j.singkatan() + ")", judulTahun(d),
                        j.bentuk().orang() ? "Nama" : "Nama Lembaga/Usaha");
                String[] kepala = {"NIK", "L/P", "Desa/Kelurahan", "Telepon", "Legalitas"};
                for (int i = 0; i < kepala.length; i++) {
                    s.gabung(h1, h1 + 1, 2 + i, 2 + i, kepala[i]);
                }
                s.baris = h1 + 2;
                s.nomorKolom();
                int akhirKepala = s.baris - 1;
                int no = 0;
                for (BarisPsks p : d.pilar()) {
                    if (!p.jenisKode().equals(j.kode())) {
                        continue;
                    }
                    Row r = s.baris();
                    s.sel(r, 0, ++no, s.tengahGaris());
                    s.sel(r, 1, p.nama(), s.biasa);
                    // NIK as text: a number cell would keep only 15 digits
                    s.sel(r, 2, p.nik() == null ? "" : p.nik(), s.biasa);
                    s.sel(r, 3, p.jk() == null ? "" : p.jk().name(), s.tengahGaris());
                    s.sel(r, 4, p.desaKode() == null ? Messages.getId("psks.tingkatKecamatan") : p.desaNama(), s.biasa);
                    s.sel(r, 5, p.telepon() == null ? "" : p.telepon(), s.biasa);
                    s.sel(r, 6, Messages.getId(p.legalitas().labelKey()), s.biasa);
                    s.baris++;
                }
                Row r = s.baris();
                s.sel(r, 1, "JUMLAH: " + no + (j.bentuk().orang() ? " orang" : " unit"), s.tebal);
                s.baris++;
                s.tandaTangan(d.profil(), d.tanggal());
                int[] lebar = {5, 30, 20, 5, 20, 16, 24};
                for (int i = 0; i < lebar.length; i++) {
                    s.sheet.setColumnWidth(i, lebar[i] * 256);
                }
                s.cetak(d.kertas(), true, akhirKepala, 2);
            }
            wb.write(out);
        }
    }
}
