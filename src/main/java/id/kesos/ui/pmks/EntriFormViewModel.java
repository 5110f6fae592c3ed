package id.kesos.ui.pmks;

import id.kesos.core.validasi.TahunData;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.EntriPmks.Field;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.psks.RingkasPsks;
import id.kesos.core.validasi.HasilValidasi;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A register entry's form: type, year, first status, source, and the family fields of per-family types. */
public final class EntriFormViewModel {
    private final ObjectProperty<JenisPmks> jenis = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusPmks> status = new SimpleObjectProperty<>(StatusPmks.USULAN);
    private final ObjectProperty<SumberData> sumber = new SimpleObjectProperty<>(SumberData.PENDATAAN_DESA);
    private final Map<Field, StringProperty> nilai = new EnumMap<>(Field.class);
    private final Map<Field, StringProperty> galat = new EnumMap<>(Field.class);
    private final ObjectProperty<RingkasPsks> petugasPsks = new SimpleObjectProperty<>();
    private final BooleanBinding perKk;
    private Long id;
    private int version;

    public EntriFormViewModel() {
        for (Field f : Field.values()) {
            nilai.put(f, new SimpleStringProperty(""));
            galat.put(f, new SimpleStringProperty(""));
        }
        nilai(Field.TAHUN).set(String.valueOf(LocalDate.now().getYear()));
        nilai(Field.TANGGAL_PENDATAAN).set(Tanggal.format(LocalDate.now()));
        perKk = Bindings.createBooleanBinding(() -> jenis.get() != null && jenis.get().perKk(), jenis);
        jenis.addListener((o, a, b) -> galat(Field.JENIS).set(b == null ? Messages.get("validasi.wajib", Messages.get(Field.JENIS.labelKey())) : ""));
    }

    /** Fills the form with a stored entry, for editing it. */
    public void isi(EntriPmks e, JenisPmks j, RingkasPsks petugas) {
        id = e.id();
        version = e.version();
        jenis.set(j);
        status.set(e.status());
        sumber.set(e.sumber());
        nilai(Field.TAHUN).set(String.valueOf(e.tahun()));
        nilai(Field.TANGGAL_PENDATAAN).set(Tanggal.format(e.tanggalPendataan()));
        nilai(Field.PETUGAS).set(e.petugasPendata() == null ? "" : e.petugasPendata());
        petugasPsks.set(petugas);
        nilai(Field.KETERANGAN).set(e.keterangan() == null ? "" : e.keterangan());
        nilai(Field.KK_KELUARGA).set(e.kkKeluarga() == null ? "" : e.kkKeluarga());
        nilai(Field.JUMLAH_ANGGOTA).set(e.jumlahAnggota() == null ? "" : String.valueOf(e.jumlahAnggota()));
        galat.values().forEach(g -> g.set(""));
    }

    public ObjectProperty<JenisPmks> jenisProperty() {
        return jenis;
    }

    public ObjectProperty<StatusPmks> statusProperty() {
        return status;
    }

    /** The PSKS pillar who collected the data, linked by id (its name follows edits of the PSKS record). */
    public ObjectProperty<RingkasPsks> petugasPsksProperty() {
        return petugasPsks;
    }

    public ObjectProperty<SumberData> sumberProperty() {
        return sumber;
    }

    public StringProperty nilai(Field f) {
        return nilai.get(f);
    }

    /** Every field's message, for the footer to follow. */
    public java.util.Collection<StringProperty> semuaGalat() {
        return galat.values();
    }

    public StringProperty galat(Field f) {
        return galat.get(f);
    }

    /** True for types counted per family: the KK and family size fields are shown. */
    public BooleanBinding perKkProperty() {
        return perKk;
    }

    /** Checks what can be checked without the database; the service checks the rest on save. */
    public boolean periksaSemua() {
        boolean sah = true;
        galat.values().forEach(g -> g.set(""));
        if (jenis.get() == null) {
            galat(Field.JENIS).set(Messages.get("validasi.wajib", Messages.get(Field.JENIS.labelKey())));
            sah = false;
        }
        if (tahun() == null) {
            galat(Field.TAHUN).set(TahunData.pesan(null));
            sah = false;
        }
        String tgl = nilai(Field.TANGGAL_PENDATAAN).get();
        if (!tgl.isBlank() && Tanggal.parse(tgl).isEmpty()) {
            galat(Field.TANGGAL_PENDATAAN).set(Tanggal.pesanTidakTerbaca(Messages.get(Field.TANGGAL_PENDATAAN.labelKey()), tgl.strip()));
            sah = false;
        }
        String n = nilai(Field.JUMLAH_ANGGOTA).get().strip();
        if (perKk.get() && !n.isEmpty() && !n.matches("\\d{1,2}")) {
            galat(Field.JUMLAH_ANGGOTA).set(Messages.get("entri.jumlahAnggota", jenis.get().nama()));
            sah = false;
        }
        return sah;
    }

    public void tampilkan(HasilValidasi h) {
        for (Field f : Field.values()) {
            h.untuk(f).ifPresent(galat(f)::set);
        }
    }

    private Integer tahun() {
        try {
            return Integer.valueOf(nilai(Field.TAHUN).get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public EntriPmks keEntri() {
        String n = nilai(Field.JUMLAH_ANGGOTA).get().strip();
        return new EntriPmks(id, null, null, jenis.get() == null ? null : jenis.get().kode(), tahun() == null ? 0 : tahun(),
                status.get(), null, sumber.get(), Tanggal.parse(nilai(Field.TANGGAL_PENDATAAN).get()).orElse(null),
                nilai(Field.PETUGAS).get(), petugasPsks.get() == null ? null : petugasPsks.get().id(), nilai(Field.KETERANGAN).get(), perKk.get() ? nilai(Field.KK_KELUARGA).get() : null,
                perKk.get() && n.matches("\\d{1,2}") ? Integer.valueOf(n) : null, version);
    }
}
