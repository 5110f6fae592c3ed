package id.kesos.core.validasi;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;

/** Nothing is wrong enough to refuse, but the user should look first: saved only once accepted. */
public class PeringatanException extends KesosException {
    private static final long serialVersionUID = 1L;
    private final transient List<Pesan> peringatan;

    public PeringatanException(List<Pesan> peringatan) {
        super(Messages.get("peringatan.judul") + System.lineSeparator()
                + peringatan.stream().map(p -> "- " + p.teks()).collect(Collectors.joining(System.lineSeparator())));
        this.peringatan = List.copyOf(peringatan);
    }

    public List<Pesan> peringatan() {
        return peringatan;
    }
}
