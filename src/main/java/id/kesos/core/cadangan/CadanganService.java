package id.kesos.core.cadangan;

import id.kesos.core.AppInfo;
import id.kesos.core.KesosException;
import id.kesos.core.cetak.Berkas;
import id.kesos.core.db.Database;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the office's data: one .zip holding a consistent snapshot of the database (H2's online
 * {@code BACKUP}, taken while the app is in use) and a description (date, app version, kecamatan,
 * record counts). Every backup is verified after it is written: the copy is opened and counted.
 * Automatic ones go to the backup folder: one a day (the last {@value #HARIAN} kept) and one a month
 * (the last {@value #BULANAN} kept).
 */
public final class CadanganService {
    public static final int HARIAN = 10;
    public static final int BULANAN = 12;
    static final String ISI_DB = "kesos.mv.db";
    static final String KETERANGAN = "kesos-cadangan.properties";
    static final String JENIS = "kesos-kecamatan-cadangan";
    static final String[] TABEL = {"penduduk", "pmks", "psks", "rapat", "bantuan", "kelompok"};
    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What a backup holds, as its description says. */
    public record Info(Path berkas, LocalDateTime dibuat, String versiAplikasi, String skema, String kodeKecamatan,
            String namaKecamatan, Map<String, Long> jumlah, String enkripsi) {
        /** True for a backup of an encrypted folder: its copy opens only with the password it was made with. */
        public boolean terenkripsi() {
            return enkripsi != null;
        }
    }

    private final Database db;
    private final Clock clock;
    private final id.kesos.core.audit.AuditLog audit;

    /** Backups the change history does not record: the safety copies taken before a migration or a restore. */
    public CadanganService(Database db, Clock clock) {
        this(db, clock, null);
    }

    /** Backups recorded in the change history by {@code audit}'s user (a backup holds every person's data). */
    public CadanganService(Database db, Clock clock, id.kesos.core.audit.AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * The change history's record of a backup: who made it, where, and how many records it holds. A backup
     * that cannot be recorded is removed again (no copy of the data leaves unrecorded).
     */
    private void catat(Info info) {
        if (audit == null) {
            return;
        }
        Map<String, Object> rincian = new java.util.LinkedHashMap<>();
        rincian.put("jenis", id.kesos.core.i18n.Messages.getId("riwayat.jenisCadangan"));
        rincian.put("berkas", info.berkas().getFileName().toString());
        info.jumlah().forEach(rincian::put);
        String ket = id.kesos.core.i18n.Messages.getId("riwayat.cadanganKet", info.berkas().getFileName().toString(),
                info.jumlah().getOrDefault("penduduk", 0L), info.jumlah().getOrDefault("pmks", 0L), info.jumlah().getOrDefault("psks", 0L));
        try {
            new id.kesos.core.audit.Penulis(db.dsl(), audit).tulisJejak(tx -> audit.catatEkspor(tx, "cadangan", ket, rincian));
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(info.berkas());
            } catch (IOException ignored) {
                // the failure below is what the user sees
            }
            throw e;
        }
    }

    /** Writes a verified backup to {@code out} (replacing a file there only once the new one is complete). */
    public Info cadangkan(Path out) {
        Path tujuan = Berkas.periksaTujuan(out);
        Path kerja = db.folderSementara("cadangan");
        try {
            Path mentah = kerja.resolve("h2.zip");
            db.backupMentah(mentah);
            Map<String, Long> jumlah = jumlah(db);
            Properties p = new Properties();
            p.setProperty("jenis", JENIS);
            p.setProperty("dibuat", LocalDateTime.now(clock).withNano(0).toString());
            p.setProperty("versi_aplikasi", AppInfo.version());
            p.setProperty("skema", db.schemaVersion());
            String[] kec = kecamatan(db);
            p.setProperty("kecamatan_kode", kec[0]);
            p.setProperty("kecamatan_nama", kec[1]);
            p.setProperty("sandi", db.sandi());
            if (db.kunciBerkas() != null) {
                // the salt and costs of the password (not secret): the copy opens elsewhere with the password alone
                p.setProperty("enkripsi", id.kesos.core.db.Enkripsi.parameter(db.dataDir()).teks());
            }
            jumlah.forEach((t, n) -> p.setProperty("jumlah." + t, String.valueOf(n)));
            StringWriter sw = new StringWriter();
            p.store(sw, "Kesos Kecamatan");
            Berkas.tulisAman(tujuan, os -> tulisZip(mentah, sw.toString(), os));
            Info info = baca(tujuan);
            verifikasi(info, kerja);
            Files.deleteIfExists(mentah);
            catat(info);
            return info;
        } catch (IOException e) {
            throw id.kesos.core.db.Galat.berkas(tujuan.toString(), e);
        } finally {
            hapusFolder(kerja);
        }
    }

    private static void tulisZip(Path mentah, String keterangan, OutputStream os) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(os); ZipInputStream in = new ZipInputStream(Files.newInputStream(mentah))) {
            zip.putNextEntry(new ZipEntry(KETERANGAN));
            zip.write(keterangan.getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().endsWith(".mv.db")) {
                    zip.putNextEntry(new ZipEntry(ISI_DB));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }

    /** Reads a backup's description; a file that is not a backup of this app is refused with the reason. */
    public static Info baca(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KesosException(Messages.get("cadangan.tidakAda", file));
        }
        try (ZipFile z = new ZipFile(file.toFile())) {
            ZipEntry k = z.getEntry(KETERANGAN);
            if (k == null || z.getEntry(ISI_DB) == null) {
                throw new KesosException(Messages.get("cadangan.bukanCadangan", file));
            }
            Properties p = new Properties();
            try (InputStream in = z.getInputStream(k)) {
                p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)));
            }
            if (!JENIS.equals(p.getProperty("jenis"))) {
                throw new KesosException(Messages.get("cadangan.bukanCadangan", file));
            }
            Map<String, Long> jumlah = new LinkedHashMap<>();
            for (String t : TABEL) {
                jumlah.put(t, Long.parseLong(p.getProperty("jumlah." + t, "0")));
            }
            return new Info(file.toAbsolutePath(), LocalDateTime.parse(p.getProperty("dibuat")), p.getProperty("versi_aplikasi"),
                    p.getProperty("skema"), p.getProperty("kecamatan_kode", ""), p.getProperty("kecamatan_nama", ""), jumlah,
                    p.getProperty("enkripsi"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof KesosException ke) {
                throw ke;
            }
            throw new KesosException(Messages.get("cadangan.bukanCadangan", file), e);
        }
    }

    /** Opens the copy inside the backup and counts it: a backup that does not open is no backup. */
    private void verifikasi(Info info, Path kerja) throws IOException {
        Path folder = kerja.resolve("periksa");
        Files.createDirectories(folder);
        String sandi = ekstrak(info.berkas(), folder.resolve("kesos.mv.db"));
        Map<String, Long> n = Database.hitungSalinan(folder.resolve("kesos"), sandi, db.kunciBerkas(), TABEL);
        if (!n.equals(info.jumlah())) {
            Files.deleteIfExists(info.berkas());
            throw new KesosException(Messages.get("cadangan.gagalPeriksa", info.berkas()));
        }
    }

    /** Extracts the database of a backup to {@code ke}; returns the password it was written with. */
    static String ekstrak(Path backup, Path ke) throws IOException {
        try (ZipFile z = new ZipFile(backup.toFile())) {
            Properties p = new Properties();
            try (InputStream in = z.getInputStream(z.getEntry(KETERANGAN))) {
                p.load(in);
            }
            try (InputStream in = z.getInputStream(z.getEntry(ISI_DB))) {
                Files.copy(in, ke);
            }
            return p.getProperty("sandi", "");
        }
    }

    /**
     * The daily backup in the backup folder, when today has none yet; the first of a month is also
     * kept as that month's. Older ones beyond the limits are removed. Returns the file made, or null.
     */
    public Info harianBilaPerlu(Path folder) {
        LocalDate hari = LocalDate.now(clock);
        Path harian = folder.resolve("kesos-harian-" + hari + ".zip");
        if (Files.exists(harian)) {
            return null;
        }
        try {
            id.kesos.core.db.Izin.folderPribadi(folder);
        } catch (IOException e) {
            throw new KesosException(Messages.get("cadangan.folderGagal", folder), e);
        }
        Info info = cadangkan(harian);
        Path bulanan = folder.resolve("kesos-bulanan-" + hari.toString().substring(0, 7) + ".zip");
        try {
            if (!Files.exists(bulanan)) {
                Files.copy(harian, bulanan);
            }
            rapikan(folder, "kesos-harian-", HARIAN);
            rapikan(folder, "kesos-bulanan-", BULANAN);
        } catch (IOException e) {
            throw id.kesos.core.db.Galat.berkas(bulanan.toString(), e);
        }
        return info;
    }

    /** Keeps the newest {@code simpan} files of one kind (their names sort by date). */
    static void rapikan(Path folder, String awalan, int simpan) throws IOException {
        List<Path> ada;
        try (Stream<Path> s = Files.list(folder)) {
            ada = new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith(awalan) && p.toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList());
        }
        for (int i = 0; i < ada.size() - simpan; i++) {
            Files.deleteIfExists(ada.get(i));
        }
    }

    /**
     * The backup made at a start before the file is migrated to this version's schema (given to
     * {@link Database#open}): a verified backup like any other, so {@code kesos pulihkan} takes it.
     * It goes to the chosen backup folder, or to the data folder's own when that one is not there
     * (a flash drive left out): an upgrade never waits for a drive.
     */
    public static Path sebelumMigrasi(Database db) {
        CadanganService c = new CadanganService(db, Clock.systemDefaultZone());
        Path folder = c.folder();
        if (!Files.isDirectory(folder) && (folder.getParent() == null || !Files.isDirectory(folder.getParent()))) {
            folder = db.dataDir().backupDir();
        }
        try {
            id.kesos.core.db.Izin.folderPribadi(folder);
        } catch (IOException e) {
            throw new KesosException(Messages.get("data.cadangan.gagal", folder), e);
        }
        return c.cadangkan(c.namaBaru(folder, "sebelum-migrasi-v" + db.schemaVersion())).berkas();
    }

    /**
     * The verified backup made before the data file is replaced (a restore, a password change): in {@code folder}
     * (made private to the user), named {@code kesos-<alasan>-<date-time>.zip}.
     */
    Info cadangkanSebelum(Path folder, String alasan) {
        try {
            id.kesos.core.db.Izin.folderPribadi(folder);
        } catch (IOException e) {
            throw new KesosException(Messages.get("cadangan.folderGagal", folder), e);
        }
        return cadangkan(namaBaru(folder, alasan));
    }

    /** The preference that holds a backup folder chosen by the user (another drive, a flash drive). */
    public static final String PREFERENSI_FOLDER = "folder_cadangan";

    /** The backup folder: the one chosen in Pengaturan, else {@code cadangan/} in the data folder. */
    public Path folder() {
        return folder(id.kesos.core.preferensi.Preferensi.muat(db.dataDir().path()));
    }

    /** The backup folder as the given (in-memory) preferences say. */
    public Path folder(id.kesos.core.preferensi.Preferensi p) {
        return folderPilihan(db.dataDir(), p);
    }

    /** The backup folder of {@code d} as {@code p} says, without opening the data (before a password change). */
    public static Path folderPilihan(id.kesos.core.db.DataDir d, id.kesos.core.preferensi.Preferensi p) {
        return p.get(PREFERENSI_FOLDER).filter(s -> !s.isBlank()).map(Path::of).orElse(d.backupDir());
    }

    public id.kesos.core.db.DataDir dataDir() {
        return db.dataDir();
    }

    /** Refuses, with the role, a user who may not do {@code h} (a restore, the data password). */
    public void wajib(id.kesos.core.audit.Peran.Hak h) {
        if (audit != null) {
            audit.sesi().wajib(h);
        }
    }

    /** True when {@code sandi} is the password the open data was opened with (checked before the data is closed). */
    public boolean sandiCocok(char[] sandi) {
        return db.kunciBerkas() != null
                && db.kunciBerkas().equals(id.kesos.core.db.Enkripsi.kunciBerkas(sandi, id.kesos.core.db.Enkripsi.parameter(db.dataDir())));
    }

    /**
     * A name for a backup made by hand or before a restore: {@code kesos-<why>-<date-time>.zip}, with "-2", "-3" ...
     * when that name is taken: two backups in one second (a restore of the backup made before a restore, a second
     * before) never share a name, so a new backup never overwrites the one being restored.
     */
    public Path namaBaru(Path folder, String alasan) {
        String dasar = "kesos-" + alasan + "-" + LocalDateTime.now(clock).format(STEMPEL);
        Path p = folder.resolve(dasar + ".zip");
        for (int i = 2; java.nio.file.Files.exists(p); i++) {
            p = folder.resolve(dasar + "-" + i + ".zip");
        }
        return p;
    }

    static Map<String, Long> jumlah(Database db) {
        return db.hitung(TABEL);
    }

    static String[] kecamatan(Database db) {
        var r = db.dsl().fetchOne("SELECT k.kode_kecamatan, w.nama FROM kantor k LEFT JOIN wilayah w ON w.kode = k.kode_kecamatan");
        return r == null ? new String[] {"", ""} : new String[] {r.get(0, String.class), r.get(1) == null ? "" : r.get(1, String.class)};
    }

    static void hapusFolder(Path f) {
        if (f == null || !Files.exists(f)) {
            return;
        }
        try (Stream<Path> s = Files.walk(f)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // inside this process's temporary folder: removed at close or next start
        }
    }
}
