package id.kesos.ui.rapat;

import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.psks.RingkasPsks;
import id.kesos.core.rapat.BarisRapat;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.rapat.RapatService;
import id.kesos.core.rapat.StatusTindakLanjut;
import id.kesos.core.rapat.TindakLanjutTerbuka;
import id.kesos.ui.Penolakan;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The meetings page: the meetings (newest first), the open follow-ups of all meetings and their
 * count line; opening a meeting's form, tracking one follow-up, the village officials' editor.
 */
public final class RapatViewModel {
    private final RapatService svc;
    private final Supplier<ProfilKantor> profil;
    private final Supplier<Kertas> kertas;
    private final Supplier<List<RingkasPsks>> pilar;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<BarisRapat> rapat = FXCollections.observableArrayList();
    private final ObservableList<TindakLanjutTerbuka> terbuka = FXCollections.observableArrayList();
    private final StringProperty ringkasan = new SimpleStringProperty("");

    public RapatViewModel(RapatService svc, Supplier<ProfilKantor> profil, Supplier<Kertas> kertas, Supplier<List<RingkasPsks>> pilar,
            TaskRunner tasks, DialogService dialogs) {
        this.svc = svc;
        this.profil = profil;
        this.kertas = kertas;
        this.pilar = pilar;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ObservableList<BarisRapat> rapat() {
        return rapat;
    }

    public ObservableList<TindakLanjutTerbuka> terbuka() {
        return terbuka;
    }

    /** "N rapat, M tindak lanjut terbuka, K lewat batas waktu". */
    public StringProperty ringkasan() {
        return ringkasan;
    }

    /** The meeting list and the open follow-ups, read together. */
    private record Daftar(List<BarisRapat> rapat, List<TindakLanjutTerbuka> terbuka) {
    }

    /** Reads the list again (after a save here, or another window's). */
    public void muat() {
        tasks.jalankan(() -> new Daftar(svc.daftar(), svc.tindakLanjutTerbuka(null)), r -> {
            rapat.setAll(r.rapat());
            terbuka.setAll(r.terbuka());
            long lewat = r.terbuka().stream().filter(t -> t.lewat(LocalDate.now())).count();
            ringkasan.set(Messages.get("rapat.ringkasan", r.rapat().size(), r.terbuka().size(), lewat));
        }, dialogs::galat);
    }

    /** What a meeting's window needs before it opens: its form, the pillars and the officials to draw attendees from. */
    public record Pembuka(RapatFormViewModel form, List<RingkasPsks> pilar, List<PerangkatDesa> perangkat) {
    }

    private record Bacaan(ProfilKantor profil, Kertas kertas, List<RingkasPsks> pilar, List<PerangkatDesa> perangkat) {
    }

    /** Reads what the meeting's window needs in the background, then hands it to {@code tampilkan}; saves refresh this list. */
    public void buka(Consumer<Pembuka> tampilkan) {
        tasks.jalankan(() -> new Bacaan(profil.get(), kertas.get(), pilar.get(), svc.perangkatDesa()), r -> {
            RapatFormViewModel vm = new RapatFormViewModel(svc, r.profil(), r.kertas(), tasks, dialogs);
            vm.setSesudahBerubah(this::muat);
            tampilkan.accept(new Pembuka(vm, r.pilar(), r.perangkat()));
        }, dialogs::galat);
    }

    /** Tracking one follow-up: its status and a note (allowed after its meeting is final). */
    public TindakLanjut tindakLanjut(TindakLanjutTerbuka t) {
        return new TindakLanjut(t);
    }

    /** The village officials' editor, once its data is read. */
    public void bukaPerangkat(Consumer<PerangkatDesaViewModel> tampilkan) {
        tasks.jalankan(() -> new PerangkatDesaViewModel.Data(svc.perangkatDesa(), profil.get().desa()),
                d -> tampilkan.accept(new PerangkatDesaViewModel(svc, d, tasks, dialogs)), dialogs::galat);
    }

    /** The follow-up dialog's state. */
    public final class TindakLanjut {
        private final TindakLanjutTerbuka asal;
        private final ObjectProperty<StatusTindakLanjut> status;
        private final StringProperty catatan;
        private final StringProperty galat = new SimpleStringProperty("");

        TindakLanjut(TindakLanjutTerbuka t) {
            this.asal = t;
            this.status = new SimpleObjectProperty<>(t.tindakLanjut().status());
            this.catatan = new SimpleStringProperty(t.tindakLanjut().catatan() == null ? "" : t.tindakLanjut().catatan());
        }

        public String uraian() {
            return asal.tindakLanjut().uraian();
        }

        public ObjectProperty<StatusTindakLanjut> status() {
            return status;
        }

        public StringProperty catatan() {
            return catatan;
        }

        public StringProperty galat() {
            return galat;
        }

        /** Saves; on success {@code selesai} runs (the dialog closes) and the page reloads; a refusal shows under the fields. */
        public void simpan(Runnable selesai) {
            long id = asal.tindakLanjut().id();
            StatusTindakLanjut s = status.get();
            String c = catatan.get();
            tasks.jalankan(() -> svc.ubahTindakLanjut(id, s, c), x -> {
                galat.set("");
                selesai.run();
                muat();
            }, Penolakan.ke(galat::set, dialogs));
        }
    }
}
