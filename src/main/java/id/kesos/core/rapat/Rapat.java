package id.kesos.core.rapat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A coordination meeting's record. {@code id} is null before the first save. */
public record Rapat(Long id, String judul, JenisRapat jenis, LocalDate tanggal, LocalTime jamMulai, LocalTime jamSelesai, String tempat,
        Pejabat pimpinan, Pejabat notulis, String pembukaan, String kesimpulan, String penutupan, List<AgendaRapat> agenda,
        List<PesertaRapat> peserta, List<TindakLanjut> tindakLanjut, StatusRapat status, int version) {

    public Rapat {
        jenis = jenis == null ? JenisRapat.RAKOR_BULANAN : jenis;
        pimpinan = pimpinan == null ? Pejabat.KOSONG : pimpinan;
        notulis = notulis == null ? Pejabat.KOSONG : notulis;
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        peserta = peserta == null ? List.of() : List.copyOf(peserta);
        tindakLanjut = tindakLanjut == null ? List.of() : List.copyOf(tindakLanjut);
        status = status == null ? StatusRapat.DRAFT : status;
    }

    /** The form's fields, each with the bundle key of its label. */
    public enum Field {
        JUDUL("rapat.judul"), JENIS("rapat.jenis"), TANGGAL("rapat.tanggal"), JAM_MULAI("rapat.jamMulai"),
        JAM_SELESAI("rapat.jamSelesai"), TEMPAT("rapat.tempat"), PIMPINAN("rapat.pimpinan"), NOTULIS("rapat.notulis"),
        PEMBUKAAN("rapat.pembukaan"), KESIMPULAN("rapat.kesimpulan"), PENUTUPAN("rapat.penutupan"), AGENDA("rapat.agenda"),
        PESERTA("rapat.peserta"), TINDAK_LANJUT("rapat.tindakLanjut");

        private final String labelKey;

        Field(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    public Rapat dengan(Long newId, StatusRapat newStatus, int newVersion) {
        return new Rapat(newId, judul, jenis, tanggal, jamMulai, jamSelesai, tempat, pimpinan, notulis, pembukaan, kesimpulan, penutupan,
                agenda, peserta, tindakLanjut, newStatus, newVersion);
    }

    public long jumlahHadir() {
        return peserta.stream().filter(p -> p.kehadiran() == Kehadiran.HADIR).count();
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("judul", judul);
        m.put("jenis", jenis.kode());
        m.put("tanggal", tanggal);
        m.put("jam_mulai", jamMulai);
        m.put("jam_selesai", jamSelesai);
        m.put("tempat", tempat);
        m.put("pimpinan", pimpinan.nama());
        m.put("notulis", notulis.nama());
        m.put("agenda", agenda.size());
        m.put("peserta", peserta.size());
        m.put("tindak_lanjut", tindakLanjut.size());
        m.put("status", status.kode());
        return m;
    }
}
