package id.kesos.core.impor;

/** A known column of a register's lists ({@link KolomPmks}, {@link KolomPsks}), as the mapping screen names it. */
public interface KolomDaftar {
    String labelKey();
}
