package id.kesos.core;

/**
 * A problem the user can act on: the message is already in the user's language and says what
 * happened, where, and how to fix it. The command line prints it and exits 1; the window shows it.
 */
public class KesosException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KesosException(String message) {
        super(message);
    }

    public KesosException(String message, Throwable cause) {
        super(message, cause);
    }
}
