package id.kesos.core.db;

import id.kesos.core.KesosException;

/** An encrypted folder that could not be opened: no password was given ({@link #salah()} false) or a wrong one. */
public final class KataSandiException extends KesosException {
    private final boolean salah;

    KataSandiException(String pesan, boolean salah) {
        super(pesan);
        this.salah = salah;
    }

    KataSandiException(String pesan, boolean salah, Throwable sebab) {
        super(pesan, sebab);
        this.salah = salah;
    }

    /** True for a wrong password, false when none was given. */
    public boolean salah() {
        return salah;
    }
}
