package id.kesos.core.dinas;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The profile of a Dinas Sosial office (Dinas mode): its kabupaten/kota, the Kepala Dinas who signs the kabupaten recaps,
 * the letterhead. {@code version} is the stored row's optimistic-locking counter (0 before the first save).
 */
public record Dinas(String kodeKabupaten, String namaKepala, String nipKepala, String pangkatKepala, String alamat, String kodePos,
        String telepon, String email, byte[] logo, int version) {

    /** The values as the audit log stores them (the logo as its size only). */
    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kode_kabupaten", kodeKabupaten);
        m.put("nama_kepala", namaKepala);
        m.put("nip_kepala", nipKepala);
        m.put("pangkat_kepala", pangkatKepala);
        m.put("alamat", alamat);
        m.put("kode_pos", kodePos);
        m.put("telepon", telepon);
        m.put("email", email);
        m.put("logo_bytes", logo == null ? null : logo.length);
        return m;
    }
}
