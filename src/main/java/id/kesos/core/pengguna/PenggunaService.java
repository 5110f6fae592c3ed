package id.kesos.core.pengguna;

import static id.kesos.core.db.jooq.Tables.PENGATURAN;
import static id.kesos.core.db.jooq.Tables.PENGGUNA;

import id.kesos.core.KesosException;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.audit.Penulis;
import id.kesos.core.audit.Peran;
import id.kesos.core.audit.Sesi;
import id.kesos.core.i18n.Messages;
import id.kesos.core.validasi.Teks;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The optional users. None: a one-person office, the OS account recorded. The first user added is an Admin and
 * turns users on; from then on everyone signs in ({@link #masuk}), the audit log names them, and their role
 * decides what they may do ({@link Sesi#wajib}). Passwords are stored as Argon2id hashes; five wrong passwords in
 * a row lock the name for {@value #KUNCI_MENIT} minutes. The Admin's way back in is a recovery code shown once
 * when users are turned on (and again after each use): it resets an Admin's password. It opens nothing the data
 * password protects: an encrypted folder still needs its data password to be read at all.
 */
public final class PenggunaService {
    static final int GAGAL_MAKS = 5;
    static final int KUNCI_MENIT = 5;
    static final long JEDA_SALAH_MS = 1000;
    static final String KUNCI_PEMULIHAN = "pemulihan_admin";
    private static final char[] HURUF = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    /** A user as listed (never with the hash). */
    public record Pengguna(long id, String nama, Peran peran, boolean aktif, boolean terkunci) {
    }

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Penulis penulis;
    private final Clock clock;

    public PenggunaService(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.penulis = new Penulis(dsl, audit);
        this.clock = clock;
    }

    /** Who is working. */
    public Sesi sesi() {
        return audit.sesi();
    }

    /** True when users are on (at least one active user). Sets the session to ask for sign-in accordingly. */
    public boolean aktif() {
        boolean a = dsl.fetchExists(PENGGUNA, PENGGUNA.AKTIF.isTrue());
        audit.sesi().setPenggunaAktif(a);
        return a;
    }

    public List<Pengguna> daftar() {
        OffsetDateTime kini = OffsetDateTime.now(clock);
        return dsl.selectFrom(PENGGUNA).orderBy(PENGGUNA.NAMA_NORMAL).fetch(r -> new Pengguna(r.getId(), r.getNama(), Peran.dariKode(r.getPeran()),
                r.getAktif(), r.getTerkunciSampai() != null && r.getTerkunciSampai().isAfter(kini)));
    }

    static String normal(String nama) {
        return Teks.bersih(nama) == null ? "" : Teks.bersih(nama).toLowerCase(Locale.ROOT);
    }

    /**
     * Adds a user. The first one must be an Admin (users are turned on by it) and gets the recovery code, returned
     * here and shown once; later ones need an Admin signed in. Returns the recovery code, or null.
     */
    public String tambah(String nama, Peran peran, char[] sandi) {
        String n = Teks.bersih(nama);
        if (n == null || n.isEmpty() || n.length() > 60 || !n.matches("[\\p{L}0-9._ -]+")) {
            throw new KesosException(Messages.get("pengguna.namaSalah", nama == null ? "" : nama));
        }
        if (peran == null) {
            throw new KesosException(Messages.get("pengguna.peranSalah"));
        }
        id.kesos.core.db.Enkripsi.periksaBaru(sandi);
        boolean pertama = !aktif();
        if (pertama && peran != Peran.ADMIN) {
            throw new KesosException(Messages.get("pengguna.pertamaAdmin"));
        }
        if (!pertama) {
            audit.sesi().wajib(Peran.Hak.PENGGUNA);
        }
        String hash = Sandi.hash(sandi);
        String kode = pertama ? kodeBaru() : null;
        penulis.tulisJejak(tx -> {
            if (tx.fetchExists(PENGGUNA, PENGGUNA.NAMA_NORMAL.eq(normal(n)))) {
                throw new KesosException(Messages.get("pengguna.sudahAda", n));
            }
            long id = tx.insertInto(PENGGUNA).set(PENGGUNA.NAMA, n).set(PENGGUNA.NAMA_NORMAL, normal(n)).set(PENGGUNA.PERAN, peran.kode())
                    .set(PENGGUNA.HASH_SANDI, hash).returningResult(PENGGUNA.ID).fetchOne().value1();
            if (kode != null) {
                simpanKode(tx, kode);
            }
            audit.catat(tx, "pengguna", String.valueOf(id), AuditLog.Aksi.TAMBAH, null, Map.of("nama", n, "peran", peran.kode()));
        });
        if (pertama) {
            // whoever turned users on is that Admin from now
            audit.sesi().setPenggunaAktif(true);
            audit.sesi().masuk(n, peran);
        }
        return kode;
    }

    /** Deactivates a user (kept for the history); the last active Admin stays. */
    public void nonaktifkan(String nama) {
        audit.sesi().wajib(Peran.Hak.PENGGUNA);
        penulis.tulisJejak(tx -> {
            var r = tx.selectFrom(PENGGUNA).where(PENGGUNA.NAMA_NORMAL.eq(normal(nama))).forUpdate().fetchOptional()
                    .orElseThrow(() -> new KesosException(Messages.get("pengguna.tidakAda", nama)));
            if (!r.getAktif()) {
                return;
            }
            if (Peran.ADMIN.kode().equals(r.getPeran()) && tx.fetchCount(PENGGUNA, PENGGUNA.AKTIF.isTrue().and(PENGGUNA.PERAN.eq("admin"))) == 1) {
                throw new KesosException(Messages.get("pengguna.adminTerakhir", r.getNama()));
            }
            r.setAktif(false);
            r.setVersion(r.getVersion() + 1);
            r.store();
            audit.catat(tx, "pengguna", String.valueOf(r.getId()), AuditLog.Aksi.UBAH, Map.of("aktif", true), Map.of("aktif", false));
        });
    }

    /**
     * Signs {@code nama} in with {@code sandi}: the session then records and allows as their role says. A wrong
     * password is said after a pause; the fifth in a row locks the name for a while. The message never says whether
     * the name exists.
     */
    public Peran masuk(String nama, char[] sandi) {
        OffsetDateTime kini = OffsetDateTime.now(clock);
        var r = dsl.selectFrom(PENGGUNA).where(PENGGUNA.NAMA_NORMAL.eq(normal(nama))).fetchOptional().orElse(null);
        if (r != null && r.getTerkunciSampai() != null && r.getTerkunciSampai().isAfter(kini)) {
            throw new KesosException(Messages.get("pengguna.terkunci", Math.max(1, Duration.between(kini, r.getTerkunciSampai()).toMinutes() + 1)));
        }
        boolean cocok = r != null && r.getAktif() && Sandi.cocok(sandi, r.getHashSandi());
        if (!cocok) {
            if (r != null) {
                int gagal = r.getGagal() + 1;
                dsl.update(PENGGUNA).set(PENGGUNA.GAGAL, gagal >= GAGAL_MAKS ? 0 : gagal)
                        .set(PENGGUNA.TERKUNCI_SAMPAI, gagal >= GAGAL_MAKS ? kini.plusMinutes(KUNCI_MENIT) : null)
                        .where(PENGGUNA.ID.eq(r.getId())).execute();
            }
            jeda();
            throw new KesosException(Messages.get("pengguna.salah"));
        }
        dsl.update(PENGGUNA).set(PENGGUNA.GAGAL, 0).setNull(PENGGUNA.TERKUNCI_SAMPAI).where(PENGGUNA.ID.eq(r.getId())).execute();
        Peran p = Peran.dariKode(r.getPeran());
        audit.sesi().setPenggunaAktif(true);
        audit.sesi().masuk(r.getNama(), p);
        return p;
    }

    /**
     * The Admin's way back in: the recovery code sets a new password for Admin {@code nama} and unlocks it; the code is
     * used up and a new one returned (shown once).
     */
    public String pulihkanAdmin(String nama, String kode, char[] sandiBaru) {
        id.kesos.core.db.Enkripsi.periksaBaru(sandiBaru);
        String simpanan = dsl.select(PENGATURAN.NILAI).from(PENGATURAN).where(PENGATURAN.KUNCI.eq(KUNCI_PEMULIHAN)).fetchOne(PENGATURAN.NILAI);
        var r = dsl.selectFrom(PENGGUNA).where(PENGGUNA.NAMA_NORMAL.eq(normal(nama))).and(PENGGUNA.PERAN.eq("admin")).fetchOptional().orElse(null);
        if (simpanan == null || r == null || !Sandi.cocok(kode.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT).toCharArray(), simpanan)) {
            jeda();
            throw new KesosException(Messages.get("pengguna.kodeSalah"));
        }
        String baru = kodeBaru();
        String hash = Sandi.hash(sandiBaru);
        penulis.tulisJejak(tx -> {
            tx.update(PENGGUNA).set(PENGGUNA.HASH_SANDI, hash).set(PENGGUNA.GAGAL, 0).setNull(PENGGUNA.TERKUNCI_SAMPAI).set(PENGGUNA.AKTIF, true)
                    .set(PENGGUNA.VERSION, r.getVersion() + 1).where(PENGGUNA.ID.eq(r.getId())).execute();
            simpanKode(tx, baru);
            audit.catat(tx, "pengguna", String.valueOf(r.getId()), AuditLog.Aksi.UBAH, null, Map.of("kata_sandi", Messages.getId("pengguna.auditDipulihkan")));
        });
        return baru;
    }

    private static void simpanKode(DSLContext tx, String kode) {
        String hash = Sandi.hash(kode.replace("-", "").toCharArray());
        tx.mergeInto(PENGATURAN).using(DSL.selectOne()).on(PENGATURAN.KUNCI.eq(KUNCI_PEMULIHAN))
                .whenMatchedThenUpdate().set(PENGATURAN.NILAI, hash)
                .whenNotMatchedThenInsert(PENGATURAN.KUNCI, PENGATURAN.NILAI).values(KUNCI_PEMULIHAN, hash).execute();
    }

    /** 20 characters of an alphabet without look-alikes (100 bits), in groups of five. */
    static String kodeBaru() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(HURUF[r.nextInt(HURUF.length)]);
        }
        return sb.toString();
    }

    private static void jeda() {
        try {
            Thread.sleep(JEDA_SALAH_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
