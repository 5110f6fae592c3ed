package id.kesos.core.pmks;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Penduduk;

/** The NIK belongs to a person already in the register: never a second copy. */
public class DuplikatNikException extends KesosException {
    private static final long serialVersionUID = 1L;
    private final transient Penduduk ada;

    public DuplikatNikException(Penduduk ada, String desaNama) {
        super(Messages.get("pmks.nikSudahAda", ada.nik(), ada.nama(), desaNama));
        this.ada = ada;
    }

    public Penduduk ada() {
        return ada;
    }
}
