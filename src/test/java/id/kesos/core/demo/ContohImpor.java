package id.kesos.core.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the example lists of {@code sample-data/} to try the import with, from synthetic people of
 * Kecamatan Bandung (Kabupaten Serang, 36.04.34), as offices and the Dinas really send them: run
 * {@code main} with the project root as argument to make them again. Each file holds a known number of
 * each problem (below), which {@code ContohImporTest} checks the import finds.
 */
public final class ContohImpor {
    static final String[] DESA = {"Bandung", "Mander", "Panamping", "Pangawinan", "Malabar", "Blokang", "Babakan", "Pringwulung"};

    /** DTSEN by-name list: families with their decile, for Fakir Miskin (PMKS-24). */
    public static final String DTSEN = "dtsen-bnba-kecamatan-bandung.xlsx";
    public static final int DTSEN_KELUARGA = 240;
    /** Rows of the DTSEN list with a decile outside 1 to 10 (typed 0 or 11). */
    public static final int DTSEN_DESIL_SALAH = 2;

    /** The office's own spreadsheet, kept by hand for years. */
    public static final String KANTOR = "pmks-kecamatan-bandung-2025.xlsx";
    public static final int KANTOR_ORANG = 120;
    /** Its NIKs typed into number cells: Excel kept 15 digits. */
    public static final int KANTOR_NIK_ANGKA = 6;
    /** Its misspelt desa names, each close to one desa ("Panampng", "Pangawian", "Pringwulng"). */
    public static final List<String> KANTOR_DESA_SALAH = List.of("Panampng", "Pangawian", "Pringwulng");
    public static final int KANTOR_DESA_SALAH_BARIS = 9;
    /** People listed twice (the second time further down, the same type). */
    public static final int KANTOR_GANDA = 3;

    /** A desa's list sent as CSV with semicolons, saved by Excel in Windows-1252. */
    public static final String CSV = "pmks-desa-mander.csv";
    public static final int CSV_ORANG = 40;

    /** The Kemensos verification form of the kecamatan's PSM (Model B.1.1). */
    public static final String B11 = "psks-model-b11-psm-kecamatan-bandung.xlsx";
    public static final int B11_ORANG = 24;
    /** Its NIKs typed into number cells. */
    public static final int B11_NIK_ANGKA = 2;
    /** Rows whose education is written in no way the form's code list knows ("Pesantren"). */
    public static final int B11_PENDIDIKAN_SALAH = 1;

    /** A plain list of the kecamatan's pillars: persons and institutions, a type column. */
    public static final String PILAR = "psks-kecamatan-bandung.xlsx";
    /** TKSK 1, Tagana 5, Karang Taruna 8 (one per desa), LKS 3, WKSBM 2. */
    public static final int PILAR_BARIS = 19;

    private ContohImpor() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".").resolve("sample-data");
        Files.createDirectories(dir);
        dtsen(dir.resolve(DTSEN));
        kantor(dir.resolve(KANTOR));
        csv(dir.resolve(CSV));
        b11(dir.resolve(B11));
        pilar(dir.resolve(PILAR));
    }

    /** A synthetic person of the kecamatan. */
    record Orang(String nik, String kk, String nama, boolean perempuan, LocalDate lahir, String tempat, String kampung, int rt, int rw,
            int desa) {
    }

    /** Makes people with NIKs of the kecamatan's code (unique within a file), and family cards. */
    static final class Pembuat {
        final SplittableRandom r;
        final Map<String, Integer> serial = new HashMap<>();

        Pembuat(long seed) {
            this.r = new SplittableRandom(seed);
        }

        Orang orang(int umurMin, int umurMaks) {
            boolean p = r.nextBoolean();
            LocalDate lahir = LocalDate.of(2025 - umurMin - r.nextInt(umurMaks - umurMin + 1), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String tgl = Nama.tanggalNik(lahir, p);
            String nik = "360434" + tgl + String.format("%04d", serial.merge(tgl, 1, Integer::sum));
            LocalDate terbit = LocalDate.of(2010 + r.nextInt(14), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String tk = String.format("%02d%02d%02d", terbit.getDayOfMonth(), terbit.getMonthValue(), terbit.getYear() % 100);
            String kk = "360434" + tk + String.format("%04d", serial.merge("kk" + tk, 1, Integer::sum));
            return new Orang(nik, kk, Nama.orang(r, p), p, lahir, Nama.TEMPAT[r.nextInt(Nama.TEMPAT.length)],
                    Nama.KAMPUNG[r.nextInt(Nama.KAMPUNG.length)], 1 + r.nextInt(6), 1 + r.nextInt(4), r.nextInt(DESA.length));
        }
    }

    private static void baris(Sheet s, int i, Object... nilai) {
        Row row = s.createRow(i);
        for (int c = 0; c < nilai.length; c++) {
            Object v = nilai[c];
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    private static void tulis(XSSFWorkbook wb, Path p) throws IOException {
        // a fixed creation time: making the files again changes them only where the content changed
        wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(
                LocalDate.of(2025, 11, 3).atStartOfDay().toInstant(ZoneOffset.UTC))));
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        wb.close();
    }

    /**
     * The Dinas's DTSEN by-name-by-address list of the kecamatan: a title block, one header row, one row
     * per family head with the family card, family size and welfare decile (1 to 10), NIKs as text.
     */
    static void dtsen(Path p) throws IOException {
        Pembuat pb = new Pembuat(2026);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("BNBA DTSEN");
        baris(s, 0, "DATA TUNGGAL SOSIAL DAN EKONOMI NASIONAL (DTSEN)");
        baris(s, 1, "DAFTAR KELUARGA BY NAME BY ADDRESS (BNBA)");
        baris(s, 2, "PROVINSI BANTEN - KABUPATEN SERANG - KECAMATAN BANDUNG");
        for (int i = 0; i < 3; i++) {
            s.addMergedRegion(new CellRangeAddress(i, i, 0, 12));
        }
        baris(s, 4, "NO", "NO KK", "NIK KEPALA KELUARGA", "NAMA KEPALA KELUARGA", "JENIS KELAMIN", "TANGGAL LAHIR", "ALAMAT", "RT", "RW",
                "DESA/KELURAHAN", "JUMLAH ANGGOTA KELUARGA", "DESIL", "KETERANGAN");
        int salah = 0;
        for (int i = 0; i < DTSEN_KELUARGA; i++) {
            Orang o = pb.orang(25, 80);
            int desil = 1 + pb.r.nextInt(5);
            if (i % 97 == 50 && salah < DTSEN_DESIL_SALAH) {
                desil = salah == 0 ? 11 : 0; // typed wrongly at the Dinas
                salah++;
            }
            baris(s, 5 + i, i + 1, o.kk(), o.nik(), o.nama().toUpperCase(java.util.Locale.ROOT), o.perempuan() ? "Perempuan" : "Laki-laki",
                    o.lahir().toString(), o.kampung(), String.format("%03d", o.rt()), String.format("%03d", o.rw()),
                    DESA[o.desa()].toUpperCase(java.util.Locale.ROOT), 1 + pb.r.nextInt(7), desil, "");
        }
        for (int c = 0; c < 13; c++) {
            s.setColumnWidth(c, c == 3 || c == 6 ? 7000 : c == 1 || c == 2 ? 5200 : 3200);
        }
        tulis(wb, p);
    }

    /**
     * The kecamatan's own spreadsheet, as years of hand-keeping leave it: a kop and merged titles, a
     * two-row merged header ("TEMPAT/TGL LAHIR" over "TEMPAT" and "TANGGAL"), a row of column numbers,
     * types as abbreviations, numbers or names, dates in five ways (and as date cells and bare serial
     * numbers), some NIKs typed into number cells, misspelt desa names, a blank row, a repeated header
     * (a page break copied), people listed twice, the totals row and the signatures below.
     */
    static void kantor(Path p) throws IOException {
        Pembuat pb = new Pembuat(2025);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("PMKS 2025");
        CellStyle tanggal = wb.createCellStyle();
        tanggal.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        baris(s, 0, "PEMERINTAH KABUPATEN SERANG");
        baris(s, 1, "KECAMATAN BANDUNG");
        baris(s, 2, "Jl. Raya Bandung No. 1, Kabupaten Serang, Banten");
        baris(s, 4, "DATA PENYANDANG MASALAH KESEJAHTERAAN SOSIAL (PMKS) TAHUN 2025");
        for (int i : new int[] {0, 1, 2, 4}) {
            s.addMergedRegion(new CellRangeAddress(i, i, 0, 12));
        }
        Object[] atas = {"NO", "NIK", "NAMA", "TEMPAT/TGL LAHIR", null, "L/P", "ALAMAT", "RT/RW", "DESA", "JENIS PMKS", "NO KK", "JML ART", "KET"};
        Object[] bawah = {null, null, null, "TEMPAT", "TANGGAL"};
        baris(s, 6, atas);
        baris(s, 7, bawah);
        for (int c = 0; c < 13; c++) {
            if (c != 3 && c != 4) {
                s.addMergedRegion(new CellRangeAddress(6, 7, c, c));
            }
        }
        s.addMergedRegion(new CellRangeAddress(6, 6, 3, 4));
        Object[] nomor = new Object[13];
        for (int c = 0; c < 13; c++) {
            nomor[c] = "(" + (c + 1) + ")";
        }
        baris(s, 8, nomor);
        // type as the office writes it, and whether the type is counted per family
        String[][] jenis = {{"LUT", "0"}, {"Lansia terlantar", "0"}, {"PD", "0"}, {"Penyandang Disabilitas", "0"}, {"9", "0"}, {"FM", "1"},
            {"Fakir Miskin", "1"}, {"ABT", "0"}, {"Anak Terlantar", "0"}, {"PMKS-08", "0"}};
        String[] bulan = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
            "Desember"};
        String[] bln = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
        int rowNum = 9;
        int nikAngka = 0;
        int desaSalah = 0;
        List<Object[]> ditulis = new ArrayList<>();
        for (int i = 0; i < KANTOR_ORANG; i++) {
            String[] j = jenis[i % jenis.length];
            boolean balita = j[0].equals("ABT");
            boolean anak = j[0].equals("Anak Terlantar");
            boolean lansia = j[0].equals("LUT") || j[0].equals("Lansia terlantar") || j[0].equals("PMKS-08");
            boolean disabilitas = j[0].equals("PD") || j[0].equals("Penyandang Disabilitas") || j[0].equals("9");
            Orang o = balita ? pb.orang(1, 4) : anak ? pb.orang(6, 17) : lansia ? pb.orang(62, 90) : disabilitas ? pb.orang(20, 58)
                    : pb.orang(25, 70);
            LocalDate l = o.lahir();
            Object tgl = switch (i % 7) {
                case 0 -> String.format("%02d-%02d-%d", l.getDayOfMonth(), l.getMonthValue(), l.getYear());
                case 1 -> String.format("%02d/%02d/%d", l.getDayOfMonth(), l.getMonthValue(), l.getYear());
                case 2 -> l.toString();
                case 3 -> l.getDayOfMonth() + " " + bulan[l.getMonthValue() - 1] + " " + l.getYear();
                case 4 -> String.format("%02d-%s-%d", l.getDayOfMonth(), bln[l.getMonthValue() - 1], l.getYear());
                case 5 -> l; // a date cell
                default -> (double) (l.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay()); // a serial number, no date format
            };
            Object nik = o.nik();
            if (i % 19 == 7 && nikAngka < KANTOR_NIK_ANGKA) {
                // typed into a number cell: Excel keeps 15 significant digits, the 16th becomes 0
                nik = Math.floor(Double.parseDouble(o.nik()) / 10) * 10;
                nikAngka++;
            } else if (i % 5 == 1) {
                nik = "'" + o.nik();
            } else if (i % 5 == 2) {
                nik = o.nik().substring(0, 6) + " " + o.nik().substring(6, 12) + " " + o.nik().substring(12);
            }
            String desa = switch (i % 4) {
                case 0 -> DESA[o.desa()];
                case 1 -> "Desa " + DESA[o.desa()];
                case 2 -> DESA[o.desa()].toUpperCase(java.util.Locale.ROOT);
                default -> "  " + DESA[o.desa()].toLowerCase(java.util.Locale.ROOT) + " ";
            };
            if (i % 13 == 4 && desaSalah < KANTOR_DESA_SALAH_BARIS) {
                desa = KANTOR_DESA_SALAH.get(desaSalah % KANTOR_DESA_SALAH.size());
                desaSalah++;
            }
            boolean keluarga = j[1].equals("1");
            Object[] v = {i + 1, nik, o.nama(), o.tempat(), tgl, o.perempuan() ? "P" : "L", o.kampung(), String.format("%03d/%03d", o.rt(), o.rw()),
                desa, j[0], keluarga ? o.kk() : null, keluarga ? 1 + pb.r.nextInt(6) : null, i % 11 == 0 ? "Tinggal sendiri" : null};
            if (i == 60) {
                rowNum++; // a row left blank
                baris(s, rowNum++, atas); // the header again, where a page break was copied
            }
            tulisBaris(s, rowNum++, v, tanggal);
            ditulis.add(v);
        }
        for (int g = 0; g < KANTOR_GANDA; g++) {
            // rows with nothing else wrong: each is skipped as a duplicate, not rejected
            Object[] v = ditulis.get(11 + g * 20).clone();
            v[0] = KANTOR_ORANG + g + 1;
            tulisBaris(s, rowNum++, v, tanggal);
        }
        baris(s, rowNum++, null, "JUMLAH", (KANTOR_ORANG + KANTOR_GANDA) + " orang");
        rowNum++;
        baris(s, rowNum++, null, null, null, null, null, null, null, null, null, "Bandung, 3 November 2025");
        baris(s, rowNum++, null, null, "Mengetahui,", null, null, null, null, null, null, "KASI KESEJAHTERAAN SOSIAL");
        baris(s, rowNum++, null, null, "CAMAT BANDUNG");
        rowNum += 3;
        baris(s, rowNum++, null, null, "H. BUDI SANTOSO, S.Sos", null, null, null, null, null, null, "SITI AMINAH, S.AP");
        baris(s, rowNum, null, null, "NIP. 19700101 199003 1 001", null, null, null, null, null, null, "NIP. 19800202 200501 2 002");
        int[] lebar = {1500, 5200, 6500, 3500, 3500, 1500, 5000, 2500, 4000, 5000, 5200, 2200, 4000};
        for (int c = 0; c < lebar.length; c++) {
            s.setColumnWidth(c, lebar[c]);
        }
        tulis(wb, p);
    }

    private static void tulisBaris(Sheet s, int i, Object[] v, CellStyle tanggal) {
        Row row = s.createRow(i);
        for (int c = 0; c < v.length; c++) {
            if (v[c] instanceof LocalDate d) {
                var cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(tanggal);
            } else if (v[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v[c] != null) {
                row.createCell(c).setCellValue(v[c].toString());
            }
        }
    }

    /**
     * The Kemensos verification form for PSM (Model B.1.1) as a kecamatan fills it in: the title block, the
     * counts box and the "petunjuk pengisian" code lists at the top, a two-row merged header (TEMPAT/TGL
     * LAHIR), the column-number row, one PSM a row with codes and labels mixed (sex 1/2 or L/P, education
     * "SMA", "S 1" or "3", certificate "Dasar" or "1"), the totals and the signatures below.
     */
    static void b11(Path p) throws IOException {
        Pembuat pb = new Pembuat(2011);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("B.1.1 PSM");
        baris(s, 0, "FORMULIR VERIFIKASI DAN VALIDASI DATA PEKERJA SOSIAL MASYARAKAT (PSM)", null, null, null, null, null, null, null, null, null,
                null, null, "MODEL B.1.1");
        baris(s, 1, "PROVINSI : BANTEN", null, null, null, null, null, null, null, null, null, null, null, "Jumlah data awal", null,
                B11_ORANG);
        baris(s, 2, "KABUPATEN : SERANG", null, null, null, null, null, null, null, null, null, null, null, "Data hasil verifikasi", null,
                B11_ORANG);
        baris(s, 3, "KECAMATAN : BANDUNG");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 11));
        baris(s, 5, "PETUNJUK PENGISIAN:");
        baris(s, 6, "Kolom (3) Jenis kelamin: 1. Laki-laki; 2. Perempuan");
        baris(s, 7, "Kolom (6) Pendidikan terakhir: 1. SD; 2. SMP; 3. SLTA; 4. Diploma; 5. S1; 6. S2; 7. S3");
        baris(s, 8, "Kolom (13) Legalitas: 1. Sertifikat dasar; 2. Sertifikat lanjutan; 3. Sertifikat khusus; 0. Belum ada");
        baris(s, 9, "Kolom (14) Pendampingan: KUBE, PKH, Askesos, Lansia, Disabilitas (boleh lebih dari satu)");
        Object[] atas = {"NO", "NAMA", "JENIS KELAMIN", "TEMPAT/TGL LAHIR", null, "PENDIDIKAN TERAKHIR", "NIK", "ALAMAT", "DESA",
            "NO. TELP/HP", "E-MAIL", "MULAI AKTIF", "LEGALITAS", "PENDAMPINGAN", "KET"};
        baris(s, 11, atas);
        baris(s, 12, null, null, null, "TEMPAT", "TANGGAL");
        for (int c = 0; c < atas.length; c++) {
            if (c != 3 && c != 4) {
                s.addMergedRegion(new CellRangeAddress(11, 12, c, c));
            }
        }
        s.addMergedRegion(new CellRangeAddress(11, 11, 3, 4));
        Object[] nomor = new Object[atas.length];
        for (int c = 0; c < nomor.length; c++) {
            nomor[c] = "(" + (c + 1) + ")";
        }
        baris(s, 13, nomor);
        String[] pendidikan = {"SMA", "S 1", "3", "SLTA", "D3", "5", "SMP", "S1", "SMK", "2"};
        String[] legalitas = {"Dasar", "1", "Belum", "Lanjutan", "0", "Dasar"};
        String[] damping = {"PKH, KUBE", "Askesos", "-", "KUBE dan PKH", "Lansia", ""};
        int angka = 0;
        for (int i = 0; i < B11_ORANG; i++) {
            Orang o = pb.orang(24, 58);
            Object nik = o.nik();
            if (i % 11 == 5 && angka < B11_NIK_ANGKA) {
                nik = Math.floor(Double.parseDouble(o.nik()) / 10) * 10;
                angka++;
            }
            Object jk = i % 2 == 0 ? (o.perempuan() ? "P" : "L") : (o.perempuan() ? "2" : "1");
            String pend = i == 17 ? "Pesantren" : pendidikan[i % pendidikan.length];
            LocalDate l = o.lahir();
            baris(s, 14 + i, i + 1, o.nama(), jk, o.tempat(), String.format("%02d-%02d-%d", l.getDayOfMonth(), l.getMonthValue(), l.getYear()),
                    pend, nik, o.kampung() + " RT " + String.format("%03d", o.rt()), DESA[o.desa()], "08" + (1200000000L + pb.r.nextInt(99999999)),
                    i % 4 == 0 ? o.nama().toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@contoh.id" : null, 2010 + pb.r.nextInt(14),
                    legalitas[i % legalitas.length], damping[i % damping.length], null);
        }
        int r = 14 + B11_ORANG;
        baris(s, r++, null, "JUMLAH", B11_ORANG + " orang");
        r++;
        baris(s, r++, null, null, null, null, null, null, null, null, null, null, null, "Bandung, 3 November 2025");
        baris(s, r++, null, "Mengetahui,", null, null, null, null, null, null, null, null, null, "Petugas Verifikasi,");
        baris(s, r++, null, "CAMAT BANDUNG", null, null, null, null, null, null, null, null, null, "TKSK KECAMATAN BANDUNG");
        r += 3;
        baris(s, r, null, "H. BUDI SANTOSO, S.Sos", null, null, null, null, null, null, null, null, null, "DEDE SUPRIATNA");
        int[] lebar = {1500, 6000, 2500, 3500, 3200, 3500, 5200, 5500, 3500, 4000, 5500, 2800, 3000, 4000, 3000};
        for (int c = 0; c < lebar.length; c++) {
            s.setColumnWidth(c, lebar[c]);
        }
        tulis(wb, p);
    }

    /**
     * The kecamatan's list of its pillars, persons and institutions together, one type column: the TKSK,
     * the Tagana members, a Karang Taruna in every desa, LKS and WKSBM with their chairs and founding years.
     */
    static void pilar(Path p) throws IOException {
        Pembuat pb = new Pembuat(2012);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Pilar");
        baris(s, 0, "DAFTAR POTENSI DAN SUMBER KESEJAHTERAAN SOSIAL (PSKS) KECAMATAN BANDUNG TAHUN 2025");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 12));
        baris(s, 2, "NO", "JENIS PSKS", "NAMA", "NIK", "L/P", "TGL LAHIR", "KETUA", "ALAMAT", "DESA", "TAHUN BERDIRI", "NO SK", "JML ANGGOTA",
                "KET");
        int i = 0;
        List<Object[]> v = new ArrayList<>();
        Orang tksk = pb.orang(30, 50);
        v.add(new Object[] {"TKSK", tksk.nama(), tksk.nik(), tksk.perempuan() ? "P" : "L", tksk.lahir().toString(), null, tksk.kampung(),
            DESA[tksk.desa()], null, "460/12/Dinsos/2021", null, null});
        for (int t = 0; t < 5; t++) {
            Orang o = pb.orang(19, 39);
            v.add(new Object[] {"Tagana", o.nama(), o.nik(), o.perempuan() ? "P" : "L", o.lahir().toString(), null, o.kampung(), DESA[o.desa()],
                null, null, null, null});
        }
        String[] kt = {"Tunas Mekar", "Bina Remaja", "Satria Muda", "Pemuda Harapan", "Karya Bakti", "Mitra Usaha", "Sinar Jaya",
            "Putra Mandiri"};
        for (int d = 0; d < DESA.length; d++) {
            Orang ketua = pb.orang(20, 35);
            v.add(new Object[] {"Karang Taruna", "Karang Taruna " + kt[d], null, null, null, ketua.nama(), "Kantor Desa " + DESA[d], DESA[d],
                2005 + pb.r.nextInt(15), "400/" + (10 + d) + "/Kec.Bdg/2024", 20 + pb.r.nextInt(40), null});
        }
        String[][] lembaga = {{"LKS", "LKSA Al-Ikhlas"}, {"LKS", "LKS Lansia Mandiri"}, {"LKS", "Yayasan Peduli Disabilitas"},
            {"WKSBM", "WKSBM Mander"}, {"WKSBM", "WKSBM Babakan"}};
        for (String[] l : lembaga) {
            Orang ketua = pb.orang(35, 60);
            v.add(new Object[] {l[0], l[1], null, null, null, ketua.nama(), ketua.kampung(), DESA[ketua.desa()], 1998 + pb.r.nextInt(20), null,
                10 + pb.r.nextInt(30), null});
        }
        for (Object[] x : v) {
            Object[] row = new Object[x.length + 1];
            row[0] = ++i;
            System.arraycopy(x, 0, row, 1, x.length);
            baris(s, 2 + i, row);
        }
        for (int c = 0; c < 13; c++) {
            s.setColumnWidth(c, c == 2 || c == 6 || c == 7 ? 7000 : c == 3 || c == 10 ? 5200 : 3000);
        }
        tulis(wb, p);
    }

    /**
     * A desa's list of elderly and disabled people, saved by Excel as CSV with semicolons in
     * Windows-1252 (accented names), dates as dd/mm/yyyy, sex written out.
     */
    static void csv(Path p) throws IOException {
        Pembuat pb = new Pembuat(2024);
        StringBuilder b = new StringBuilder("No;NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Alamat;Desa/Kelurahan;Kategori;Keterangan\r\n");
        String[] nama = {"Maémunah", "Enéng", "Dédé"};
        for (int i = 0; i < CSV_ORANG; i++) {
            boolean lansia = i % 2 == 0;
            Orang o = lansia ? pb.orang(65, 88) : pb.orang(20, 60);
            String n = i % 9 == 3 ? o.nama() + " " + nama[i % nama.length] : o.nama();
            b.append(i + 1).append(';').append(o.nik()).append(';').append(n).append(';').append(o.perempuan() ? "Perempuan" : "Laki-laki")
                    .append(';').append(String.format("%02d/%02d/%d", o.lahir().getDayOfMonth(), o.lahir().getMonthValue(), o.lahir().getYear()))
                    .append(';').append(o.kampung()).append(" RT ").append(String.format("%03d", o.rt())).append(';').append("Mander").append(';')
                    .append(lansia ? "Lanjut Usia Terlantar" : "Penyandang Disabilitas").append(';').append(i % 7 == 0 ? "Sakit menahun" : "")
                    .append("\r\n");
        }
        Files.write(p, b.toString().getBytes(Charset.forName("windows-1252")));
    }
}
