package id.kesos.core.dinas;

import static id.kesos.core.db.jooq.Tables.JENIS_PMKS;
import static id.kesos.core.db.jooq.Tables.JENIS_PSKS;
import static id.kesos.core.db.jooq.Tables.PAKET;

import id.kesos.core.KesosException;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.i18n.Messages;
import id.kesos.core.impor.BarisMentah;
import id.kesos.core.impor.PembacaTabel;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.rekap.FormatPaket;
import id.kesos.core.validasi.TahunData;
import id.kesos.core.wilayah.Wilayah;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * Receives one package file: reads its "Paket" sheet (whose kecamatan, which year, which status rule), checks that it
 * is of this kabupaten and not older than the one already received, then reads the data sheets into the database in
 * one transaction while it recomputes their SHA-256; a changed, foreign or damaged file is refused with the reason and
 * leaves nothing behind. The rows are streamed from the file (POI's event API), never held as a workbook.
 */
final class PenerimaPaket {
    private static final int BATCH = 2000;

    private final DSLContext dsl;
    private final AuditLog audit;
    private final ProfilDinas profil;
    private final Set<String> jenisPmks;
    private final Set<String> jenisPsks;

    PenerimaPaket(DSLContext dsl, AuditLog audit, ProfilDinas profil) {
        this.dsl = dsl;
        this.audit = audit;
        this.profil = profil;
        this.jenisPmks = new HashSet<>(dsl.select(JENIS_PMKS.KODE).from(JENIS_PMKS).fetch(JENIS_PMKS.KODE));
        this.jenisPsks = new HashSet<>(dsl.select(JENIS_PSKS.KODE).from(JENIS_PSKS).where(JENIS_PSKS.RESMI.isTrue()).fetch(JENIS_PSKS.KODE));
        this.jenisPsks.add(FormatPaket.PILAR_LAIN);
    }

    /** The files named, a folder standing for the .xlsx files in it (by name); hidden and Office lock files are skipped. */
    static List<Path> berkasDari(List<Path> berkas) {
        List<Path> out = new ArrayList<>();
        for (Path b : berkas) {
            if (Files.isDirectory(b)) {
                try (Stream<Path> s = Files.list(b)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                            && !f.getFileName().toString().startsWith("~$") && !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new KesosException(Messages.get("impor.tidakTerbaca", b.getFileName(), e.getMessage()), e);
                }
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** Receives {@code berkas}: the result says received or refused, and why. */
    DinasService.HasilTerima terima(Path berkas) {
        Map<String, String> meta = null;
        try {
            PembacaTabel r;
            try {
                r = PembacaTabel.buka(berkas);
            } catch (KesosException e) {
                // a cut or damaged workbook: what to do is ask for the package again, not to re-save it in Excel
                throw Files.isRegularFile(berkas) ? tolak("dinas.tidakTerbaca") : e;
            }
            if (!r.lembar().contains(FormatPaket.LEMBAR_PAKET) || !r.lembar().containsAll(FormatPaket.DATA.stream().map(FormatPaket.Data::nama)
                    .toList())) {
                throw tolak("dinas.bukanPaket");
            }
            meta = meta(r);
            Kepala k = periksaKepala(meta);
            return simpan(berkas, r, meta, k);
        } catch (KesosException e) {
            return ditolak(berkas, meta, e.getMessage());
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // a file the readers choke on is refused like any damaged one; the next files are still received
            org.slf4j.LoggerFactory.getLogger(PenerimaPaket.class).warn(berkas.getFileName().toString(), e);
            return ditolak(berkas, meta, Messages.get("dinas.tidakTerbaca"));
        }
    }

    private static DinasService.HasilTerima ditolak(Path berkas, Map<String, String> meta, String alasan) {
        String kec = meta == null ? null : meta.get(FormatPaket.K_NAMA_KECAMATAN);
        Integer tahun = meta == null ? null : bilangan(meta.get(FormatPaket.K_TAHUN));
        return new DinasService.HasilTerima(berkas, false, kec, tahun, 0, false, alasan);
    }

    private static KesosException tolak(String kunci, Object... arg) {
        return new KesosException(Messages.get(kunci, arg));
    }

    private static Integer bilangan(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The key/value rows of the "Paket" sheet, in the file's order. */
    private static Map<String, String> meta(PembacaTabel r) {
        Map<String, String> m = new LinkedHashMap<>();
        r.baca(FormatPaket.LEMBAR_PAKET, b -> {
            if (b.nomor() >= 4 && !b.sel(0).teks().isBlank()) {
                m.put(b.sel(0).teks().strip(), b.sel(1).teks().strip());
            }
        });
        return m;
    }

    /** What the "Paket" sheet says, checked. */
    private record Kepala(Wilayah kecamatan, int tahun, String status, OffsetDateTime dibuat, Map<String, Long> baris) {
    }

    private Kepala periksaKepala(Map<String, String> m) {
        if (!FormatPaket.FORMAT.equals(m.get(FormatPaket.K_FORMAT))) {
            throw tolak("dinas.bukanPaket");
        }
        String kab = m.getOrDefault(FormatPaket.K_KABUPATEN, "");
        String kec = m.getOrDefault(FormatPaket.K_KECAMATAN, "");
        Optional<Wilayah> w = profil.kecamatan().stream().filter(x -> x.kode().equals(kec)).findFirst();
        if (!kab.equals(profil.kabupaten().kode()) || w.isEmpty()) {
            throw tolak("dinas.bukanKabupatenIni", m.getOrDefault(FormatPaket.K_NAMA_KECAMATAN, kec), kec, profil.kabupaten().nama());
        }
        Integer tahun = bilangan(m.get(FormatPaket.K_TAHUN));
        if (tahun == null || !TahunData.sah(tahun)) {
            throw tolak("dinas.tahunSalah", m.getOrDefault(FormatPaket.K_TAHUN, ""));
        }
        String status = m.getOrDefault(FormatPaket.K_STATUS, "");
        if (!status.equals("terverifikasi") && !status.equals("semua")) {
            throw tolak("dinas.rusak", FormatPaket.K_STATUS);
        }
        OffsetDateTime dibuat;
        try {
            dibuat = OffsetDateTime.parse(m.getOrDefault(FormatPaket.K_DIBUAT, ""));
        } catch (DateTimeParseException e) {
            throw tolak("dinas.rusak", FormatPaket.K_DIBUAT);
        }
        Map<String, Long> baris = new LinkedHashMap<>();
        for (FormatPaket.Data d : FormatPaket.DATA) {
            Integer n = bilangan(m.get(d.kunciBaris()));
            if (n == null || n < 0) {
                throw tolak("dinas.rusak", d.kunciBaris());
            }
            baris.put(d.nama(), n.longValue());
        }
        if (m.getOrDefault(FormatPaket.K_SHA, "").length() != 64 || bilangan(m.get(FormatPaket.K_ORANG)) == null) {
            throw tolak("dinas.rusak", FormatPaket.K_SHA);
        }
        return new Kepala(w.get(), tahun, status, dibuat, baris);
    }

    private DinasService.HasilTerima simpan(Path berkas, PembacaTabel r, Map<String, String> meta, Kepala k) {
        String sha = meta.get(FormatPaket.K_SHA);
        return new id.kesos.core.audit.Penulis(dsl, audit).tulis(tx -> {
            var lama = tx.selectFrom(PAKET).where(PAKET.KECAMATAN_KODE.eq(k.kecamatan().kode())).and(PAKET.TAHUN.eq((short) k.tahun()))
                    .and(PAKET.AKTIF.isTrue()).forUpdate().fetchOptional();
            if (lama.isPresent() && lama.get().getSha256().equals(sha)) {
                throw tolak("dinas.sudahAda", k.kecamatan().nama(), k.tahun());
            }
            if (lama.isPresent() && !lama.get().getDibuat().isBefore(k.dibuat())) {
                throw tolak("dinas.lebihLama", k.kecamatan().nama(), k.tahun(), id.kesos.core.cetak.TanggalIndonesia.tanggal(
                        lama.get().getDibuat().toLocalDate()));
            }
            long id = tx.insertInto(PAKET).set(PAKET.KECAMATAN_KODE, k.kecamatan().kode()).set(PAKET.TAHUN, (short) k.tahun())
                    .set(PAKET.STATUS, k.status()).set(PAKET.VERSI_APP, potong(meta.getOrDefault(FormatPaket.K_APP, ""), 40))
                    .set(PAKET.VERSI_SKEMA, potong(meta.getOrDefault(FormatPaket.K_SKEMA, ""), 10)).set(PAKET.DIBUAT, k.dibuat())
                    .set(PAKET.DITERIMA, OffsetDateTime.now()).set(PAKET.NAMA_BERKAS, potong(berkas.getFileName().toString(), 255))
                    .set(PAKET.SHA256, sha).set(PAKET.JUMLAH_ENTRI, k.baris().get(FormatPaket.ENTRI.nama()).intValue())
                    .set(PAKET.JUMLAH_ORANG, bilangan(meta.get(FormatPaket.K_ORANG))).set(PAKET.AKTIF, true)
                    .returning(PAKET.ID).fetchOne().getId();
            FormatPaket.Sidik sidik = new FormatPaket.Sidik();
            meta.forEach((kunci, nilai) -> {
                if (!kunci.equals(FormatPaket.K_SHA)) {
                    sidik.baris(FormatPaket.LEMBAR_PAKET, List.of(kunci, nilai));
                }
            });
            tx.connection(c -> {
                for (FormatPaket.Data d : FormatPaket.DATA) {
                    long n = bacaData(c, r, d, id, k, sidik);
                    if (n != k.baris().get(d.nama())) {
                        throw tolak("dinas.diubah");
                    }
                }
            });
            if (!sidik.hex().equals(sha)) {
                throw tolak("dinas.diubah");
            }
            Map<String, Object> nilai = new LinkedHashMap<>();
            nilai.put("kecamatan", k.kecamatan().kode() + " " + k.kecamatan().nama());
            nilai.put("tahun", k.tahun());
            nilai.put("status", k.status());
            nilai.put("dibuat", k.dibuat().toString());
            nilai.put("berkas", berkas.getFileName().toString());
            nilai.put("entri", k.baris().get(FormatPaket.ENTRI.nama()));
            nilai.put("sha256", sha);
            if (lama.isPresent()) {
                tx.update(PAKET).set(PAKET.AKTIF, false).where(PAKET.ID.eq(lama.get().getId())).execute();
                audit.catat(tx, "paket", String.valueOf(lama.get().getId()), AuditLog.Aksi.UBAH, Map.of("aktif", true),
                        Map.of("aktif", false, "diganti_oleh", id));
            }
            audit.catat(tx, "paket", String.valueOf(id), AuditLog.Aksi.TAMBAH, null, nilai);
            return new DinasService.HasilTerima(berkas, true, k.kecamatan().nama(), k.tahun(), k.baris().get(FormatPaket.ENTRI.nama()),
                    lama.isPresent(), null);
        });
    }

    private static String potong(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }

    /** Reads one data sheet into its table, feeding the hash; returns the number of data rows. */
    private long bacaData(Connection c, PembacaTabel r, FormatPaket.Data d, long id, Kepala k, FormatPaket.Sidik sidik) throws SQLException {
        String sql = switch (d.nama()) {
            case "data_angka" -> "INSERT INTO paket_angka (paket_id, desa_kode, jenis_kode, l, p, jiwa_kelompok, kk) VALUES (?, ?, ?, ?, ?, ?, ?)";
            case "data_spm" -> "INSERT INTO paket_spm (paket_id, kelompok, l, p, dibantu_l, dibantu_p) VALUES (?, ?, ?, ?, ?, ?)";
            case "data_psks" -> "INSERT INTO paket_psks (paket_id, desa_kode, jenis_kode, jumlah) VALUES (?, ?, ?, ?)";
            default -> "INSERT INTO paket_entri (paket_id, no, nik, no_kk, nama, nama_normal, tempat_lahir, tanggal_lahir, jenis_kelamin, "
                    + "alamat, rt, rw, desa_kode, jenis_kode, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        };
        String awalDesa = k.kecamatan().kode() + ".";
        long[] n = {0};
        int[] antri = {0};
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Consumer<BarisMentah> tiap = b -> {
                if (b.kosong()) {
                    return;
                }
                List<String> sel = new ArrayList<>(d.kolom().size());
                for (int i = 0; i < d.kolom().size(); i++) {
                    sel.add(b.sel(i).teks());
                }
                sidik.baris(d.nama(), sel);
                if (b.nomor() == 1) {
                    if (!sel.equals(d.kolom())) {
                        throw tolak("dinas.rusak", d.nama());
                    }
                    return;
                }
                n[0]++;
                try {
                    isi(ps, d, id, n[0], sel, awalDesa, b.nomor());
                    ps.addBatch();
                    if (++antri[0] == BATCH) {
                        ps.executeBatch();
                        antri[0] = 0;
                    }
                } catch (SQLException e) {
                    throw new org.jooq.exception.DataAccessException(e.getMessage(), e);
                }
            };
            r.baca(d.nama(), tiap);
            if (antri[0] > 0) {
                ps.executeBatch();
            }
        }
        return n[0];
    }

    /** Binds one data row after checking it; a value the writer never writes means the file was changed. */
    private void isi(PreparedStatement ps, FormatPaket.Data d, long id, long no, List<String> s, String awalDesa, int baris) throws SQLException {
        ps.setLong(1, id);
        switch (d.nama()) {
            case "data_angka" -> {
                ps.setString(2, desa(s.get(0), awalDesa, d, baris));
                ps.setString(3, jenis(s.get(1), jenisPmks, d, baris));
                for (int i = 2; i < 6; i++) {
                    ps.setInt(i + 2, angka(s.get(i), d, baris));
                }
            }
            case "data_spm" -> {
                if (s.get(0).isEmpty() || s.get(0).length() > 30) {
                    throw tolak("dinas.barisSalah", d.nama(), baris);
                }
                ps.setString(2, s.get(0));
                for (int i = 1; i < 5; i++) {
                    ps.setInt(i + 2, angka(s.get(i), d, baris));
                }
            }
            case "data_psks" -> {
                ps.setString(2, s.get(0).equals(FormatPaket.TINGKAT_KECAMATAN) ? s.get(0) : desa(s.get(0), awalDesa, d, baris));
                ps.setString(3, jenis(s.get(1), jenisPsks, d, baris));
                ps.setInt(4, angka(s.get(2), d, baris));
            }
            default -> {
                ps.setLong(2, no);
                ps.setString(3, nomor(s.get(0), d, baris));
                ps.setString(4, nomor(s.get(1), d, baris));
                if (s.get(2).isEmpty() || s.get(2).length() > 150) {
                    throw tolak("dinas.barisSalah", d.nama(), baris);
                }
                ps.setString(5, s.get(2));
                ps.setString(6, Penduduk.normalisasiNama(s.get(2)));
                ps.setString(7, kosong(potong(s.get(3), 80)));
                if (s.get(4).isEmpty()) {
                    ps.setNull(8, Types.DATE);
                } else {
                    try {
                        ps.setObject(8, LocalDate.parse(s.get(4)));
                    } catch (DateTimeParseException e) {
                        throw tolak("dinas.barisSalah", d.nama(), baris);
                    }
                }
                if (!s.get(5).isEmpty() && !s.get(5).equals("L") && !s.get(5).equals("P")) {
                    throw tolak("dinas.barisSalah", d.nama(), baris);
                }
                ps.setString(9, kosong(s.get(5)));
                ps.setString(10, kosong(potong(s.get(6), 250)));
                ps.setString(11, kosong(potong(s.get(7), 3)));
                ps.setString(12, kosong(potong(s.get(8), 3)));
                ps.setString(13, desa(s.get(9), awalDesa, d, baris));
                ps.setString(14, jenis(s.get(10), jenisPmks, d, baris));
                if (s.get(11).isEmpty() || s.get(11).length() > 15) {
                    throw tolak("dinas.barisSalah", d.nama(), baris);
                }
                ps.setString(15, s.get(11));
            }
        }
    }

    private static String kosong(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String desa(String s, String awal, FormatPaket.Data d, int baris) {
        if (!s.startsWith(awal) || s.length() > 13) {
            throw tolak("dinas.barisSalah", d.nama(), baris);
        }
        return s;
    }

    private static String jenis(String s, Set<String> kenal, FormatPaket.Data d, int baris) {
        if (!kenal.contains(s)) {
            throw tolak("dinas.barisSalah", d.nama(), baris);
        }
        return s;
    }

    private static String nomor(String s, FormatPaket.Data d, int baris) {
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() != 16 || !s.chars().allMatch(Character::isDigit)) {
            throw tolak("dinas.barisSalah", d.nama(), baris);
        }
        return s;
    }

    private static int angka(String s, FormatPaket.Data d, int baris) {
        Integer n = bilangan(s);
        if (n == null || n < 0) {
            throw tolak("dinas.barisSalah", d.nama(), baris);
        }
        return n;
    }
}
