package id.kesos.core.dinas;

import id.kesos.core.i18n.Messages;
import id.kesos.core.wilayah.Wilayah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * People registered in more than one kecamatan of the kabupaten in a year's active packages: the same NIK, and, as
 * possible duplicates for a person to look at, the same normalised name and birth date under different or missing NIKs.
 * Each group lists every kecamatan with the person's types there, so the Dinas can send each kecamatan its part.
 */
public final class GandaKabupaten {
    private final DSLContext dsl;
    private final DinasService dinas;

    GandaKabupaten(DSLContext dsl, DinasService dinas) {
        this.dsl = dsl;
        this.dinas = dinas;
    }

    /** Why entries are taken for one person. */
    public enum Dasar {
        NIK("dinas.ganda.nik"), NAMA_TANGGAL("dinas.ganda.namaTanggal");

        private final String labelKey;

        Dasar(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    /** One person in one kecamatan: the desa there and the types (codes, comma-separated in the lists). */
    public record Tempat(Wilayah kecamatan, String desaNama, String nama, String nik, List<String> jenis) {
    }

    /** One group: the key (NIK, or name and birth date), why, and each kecamatan it is in. */
    public record Kelompok(Dasar dasar, String nik, String nama, LocalDate tanggalLahir, List<Tempat> tempat) {
    }

    /** The groups of {@code tahun}: NIK groups first (by NIK), then the name-and-birth-date ones (by name). */
    public List<Kelompok> cari(int tahun) {
        ProfilDinas p = dinas.profilWajib();
        Map<String, Wilayah> kec = p.kecamatan().stream().collect(Collectors.toMap(Wilayah::kode, w -> w));
        Map<String, String> desa = new LinkedHashMap<>();
        dsl.resultQuery("SELECT kode, nama FROM wilayah WHERE kode LIKE ?", p.kabupaten().kode() + ".%.%")
                .forEach(r -> desa.put(r.get(0, String.class), r.get(1, String.class)));
        List<Kelompok> out = new ArrayList<>();
        String aktif = "FROM paket_entri e JOIN paket p ON p.id = e.paket_id WHERE p.aktif AND p.tahun = ?";
        // the same NIK in two or more kecamatan
        Map<String, Map<String, Tempat>> perNik = new LinkedHashMap<>();
        dsl.resultQuery("SELECT e.nik, p.kecamatan_kode, e.desa_kode, e.nama, e.jenis_kode, e.tanggal_lahir " + aktif + " AND e.nik IN ("
                        + "SELECT e.nik " + aktif + " AND e.nik IS NOT NULL GROUP BY e.nik HAVING COUNT(DISTINCT p.kecamatan_kode) > 1) "
                        + "ORDER BY e.nik, p.kecamatan_kode, e.jenis_kode", (short) tahun, (short) tahun)
                .forEach(r -> tambah(perNik.computeIfAbsent(r.get(0, String.class), k -> new LinkedHashMap<>()), kec, desa, r.get(1, String.class),
                        r.get(2, String.class), r.get(3, String.class), r.get(0, String.class), r.get(4, String.class)));
        Map<String, LocalDate> lahirNik = new LinkedHashMap<>();
        dsl.resultQuery("SELECT e.nik, MIN(e.tanggal_lahir), MIN(e.nama) " + aktif + " AND e.nik IN (SELECT e.nik " + aktif
                + " AND e.nik IS NOT NULL GROUP BY e.nik HAVING COUNT(DISTINCT p.kecamatan_kode) > 1) GROUP BY e.nik", (short) tahun, (short) tahun)
                .forEach(r -> lahirNik.put(r.get(0, String.class), r.get(1, LocalDate.class)));
        perNik.forEach((nik, t) -> {
            Tempat a = t.values().iterator().next();
            out.add(new Kelompok(Dasar.NIK, nik, a.nama(), lahirNik.get(nik), List.copyOf(t.values())));
        });
        // the same name and birth date in two or more kecamatan, not one NIK (different NIKs, or a NIK missing)
        Map<String, Map<String, Tempat>> perNama = new LinkedHashMap<>();
        Map<String, LocalDate> lahir = new LinkedHashMap<>();
        dsl.resultQuery("SELECT e.nama_normal, e.tanggal_lahir, p.kecamatan_kode, e.desa_kode, e.nama, e.nik, e.jenis_kode " + aktif
                        + " AND (e.nama_normal, e.tanggal_lahir) IN (SELECT e.nama_normal, e.tanggal_lahir " + aktif
                        + " AND e.tanggal_lahir IS NOT NULL GROUP BY e.nama_normal, e.tanggal_lahir"
                        + " HAVING COUNT(DISTINCT p.kecamatan_kode) > 1 AND (COUNT(DISTINCT e.nik) > 1 OR COUNT(e.nik) < COUNT(*))) "
                        + "ORDER BY e.nama_normal, e.tanggal_lahir, p.kecamatan_kode, e.jenis_kode", (short) tahun, (short) tahun)
                .forEach(r -> {
                    String k = r.get(0, String.class) + "|" + r.get(1, LocalDate.class);
                    lahir.put(k, r.get(1, LocalDate.class));
                    tambah(perNama.computeIfAbsent(k, x -> new LinkedHashMap<>()), kec, desa, r.get(2, String.class), r.get(3, String.class),
                            r.get(4, String.class), r.get(5, String.class), r.get(6, String.class));
                });
        perNama.forEach((k, t) -> {
            Tempat a = t.values().iterator().next();
            out.add(new Kelompok(Dasar.NAMA_TANGGAL, null, a.nama(), lahir.get(k), List.copyOf(t.values())));
        });
        return out;
    }

    /** Adds an entry to its kecamatan's place in the group (a person with several types there is one place). */
    private static void tambah(Map<String, Tempat> t, Map<String, Wilayah> kec, Map<String, String> desa, String kecKode, String desaKode,
            String nama, String nik, String jenis) {
        String kunci = kecKode + "|" + (nik == null ? "" : nik);
        Tempat ada = t.get(kunci);
        List<String> j = new ArrayList<>(ada == null ? List.of() : ada.jenis());
        if (!j.contains(jenis)) {
            j.add(jenis);
        }
        Wilayah w = kec.getOrDefault(kecKode, new Wilayah(kecKode, kecKode, id.kesos.core.wilayah.Tingkat.KECAMATAN));
        t.put(kunci, new Tempat(w, desa.getOrDefault(desaKode, desaKode), nama, nik, List.copyOf(new TreeSet<>(j))));
    }

    /** The groups as table rows: one row per place, the group's number, why, NIK, name, birth date, kecamatan, desa, types. */
    public static List<String[]> baris(List<Kelompok> kelompok, Map<String, String> namaJenis) {
        List<String[]> out = new ArrayList<>();
        int no = 0;
        for (Kelompok k : kelompok) {
            no++;
            for (Tempat t : k.tempat()) {
                out.add(new String[] {String.valueOf(no), Messages.get(k.dasar().labelKey()), t.nik() == null ? "" : t.nik(), t.nama(),
                    k.tanggalLahir() == null ? "" : k.tanggalLahir().toString(), t.kecamatan().kode(), t.kecamatan().nama(), t.desaNama(),
                    t.jenis().stream().map(j -> namaJenis.getOrDefault(j, j)).collect(Collectors.joining(", "))});
            }
        }
        return out;
    }
}
