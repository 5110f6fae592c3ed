package id.kesos.core.validasi;

import id.kesos.core.KesosException;
import java.util.stream.Collectors;

/** Input refused: every message names its field and says how to fix it. */
public class ValidasiException extends KesosException {
    private static final long serialVersionUID = 1L;
    private final transient HasilValidasi hasil;

    public ValidasiException(HasilValidasi hasil) {
        super(hasil.errors().stream().map(Pesan::teks).collect(Collectors.joining(System.lineSeparator())));
        this.hasil = hasil;
    }

    public HasilValidasi hasil() {
        return hasil;
    }
}
