package id.kesos.core.audit;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.util.Optional;

/**
 * Who is working: with users off, the operating-system account, allowed everything (a one-person office); with
 * users on, nobody until someone signs in, then that user with their role. Every audit row names {@link #nama()},
 * and every write asks {@link #wajib} first.
 */
public final class Sesi {
    private final String akunOs;
    private volatile boolean penggunaAktif;
    private volatile String nama;
    private volatile Peran peran;

    public Sesi(String akunOs) {
        this.akunOs = akunOs;
    }

    /** Users are on ({@code aktif}): until {@link #masuk}, nothing is allowed. */
    public void setPenggunaAktif(boolean aktif) {
        this.penggunaAktif = aktif;
        if (!aktif) {
            nama = null;
            peran = null;
        }
    }

    public boolean penggunaAktif() {
        return penggunaAktif;
    }

    public void masuk(String nama, Peran peran) {
        this.nama = nama;
        this.peran = peran;
    }

    /** The name the audit log records: the signed-in user, or the OS account with users off. */
    public String nama() {
        String n = nama;
        return penggunaAktif && n != null ? n : akunOs;
    }

    /** The signed-in user's role; empty with users off (everything allowed) or before sign-in. */
    public Optional<Peran> peran() {
        return penggunaAktif ? Optional.ofNullable(peran) : Optional.empty();
    }

    public boolean sudahMasuk() {
        return !penggunaAktif || peran != null;
    }

    public boolean boleh(Peran.Hak h) {
        return !penggunaAktif || peran != null && peran.boleh(h);
    }

    /** Refuses, with the role and what it may not do, when the user may not do {@code h}. */
    public void wajib(Peran.Hak h) {
        if (boleh(h)) {
            return;
        }
        if (peran == null) {
            throw new KesosException(Messages.get("pengguna.belumMasuk"));
        }
        throw new KesosException(Messages.get("pengguna.ditolak", nama, peran.label(), h.label()));
    }
}
