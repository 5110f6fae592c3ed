package id.kesos.ui.pmks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.pmks.Bantuan;
import id.kesos.core.pmks.ProgramBantuan;
import id.kesos.core.pmks.SumberDana;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of aid a person received: programme, date, value in rupiah or goods, source of funds,
 * remarks. What was typed is read here (a date that cannot be read, a value that is not rupiah are
 * refused with the field named, never stored as empty); the aid's own rules are BantuanValidator's.
 */
public final class BantuanFormViewModel {
    private final long pendudukId;
    private final BiConsumer<Bantuan, Consumer<String>> simpan;
    private final ObjectProperty<ProgramBantuan> program = new SimpleObjectProperty<>();
    private final StringProperty tanggal = new SimpleStringProperty(Tanggal.format(LocalDate.now()));
    private final StringProperty nilai = new SimpleStringProperty("");
    private final StringProperty barang = new SimpleStringProperty("");
    private final ObjectProperty<SumberDana> sumber = new SimpleObjectProperty<>();
    private final StringProperty keterangan = new SimpleStringProperty("");
    private final StringProperty galat = new SimpleStringProperty("");

    /** {@code simpan} stores the aid and calls back with the reason when it was refused, with null when stored. */
    BantuanFormViewModel(long pendudukId, BiConsumer<Bantuan, Consumer<String>> simpan) {
        this.pendudukId = pendudukId;
        this.simpan = simpan;
    }

    public ObjectProperty<ProgramBantuan> program() {
        return program;
    }

    public StringProperty tanggal() {
        return tanggal;
    }

    public StringProperty nilai() {
        return nilai;
    }

    public StringProperty barang() {
        return barang;
    }

    public ObjectProperty<SumberDana> sumber() {
        return sumber;
    }

    public StringProperty keterangan() {
        return keterangan;
    }

    public StringProperty galat() {
        return galat;
    }

    /** Saves; {@code selesai} runs once stored (the dialog closes), a refusal stays in {@link #galat()}. */
    public void simpan(Runnable selesai) {
        String t = tanggal.get() == null ? "" : tanggal.get().strip();
        LocalDate tgl = null;
        if (!t.isEmpty()) {
            Optional<LocalDate> d = Tanggal.parse(t);
            if (d.isEmpty()) {
                galat.set(Tanggal.pesanTidakTerbaca(Messages.get("bantuan.tanggal"), t));
                return;
            }
            tgl = d.get();
        }
        Long rp = null;
        // "600000", "600.000", "Rp 600.000" and "600.000,-" are the same sum
        String n = nilai.get() == null ? "" : nilai.get().strip().replaceFirst("(?i)^rp\\.?", "").replaceFirst(",-$", "")
                .replace(".", "").replace(" ", "");
        if (!n.isEmpty()) {
            if (!n.matches("\\d{1,15}")) {
                galat.set(Messages.get("bantuan.nilaiTidakTerbaca", Messages.get("pmks.nilaiRupiah"), nilai.get().strip()));
                return;
            }
            rp = Long.valueOf(n);
        }
        Bantuan b = new Bantuan(null, pendudukId, program.get(), tgl, rp, barang.get(), sumber.get(), keterangan.get());
        simpan.accept(b, alasan -> {
            if (alasan == null) {
                galat.set("");
                selesai.run();
            } else {
                galat.set(alasan);
            }
        });
    }
}
