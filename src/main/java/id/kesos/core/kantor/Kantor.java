package id.kesos.core.kantor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The office profile: which kecamatan this is, who signs (Camat, Kasie Kesos), the letterhead.
 * {@code version} is the optimistic-locking counter of the stored row (0 before the first save).
 */
public record Kantor(String kodeKecamatan, String namaCamat, String nipCamat, String pangkatCamat, String namaKasie,
        String nipKasie, String pangkatKasie, String alamat, String kodePos, String telepon, String email, byte[] logo,
        int version) {

    /** The form's fields, each with the bundle key of its label. */
    public enum Field {
        KECAMATAN("kantor.kecamatan"),
        NAMA_CAMAT("kantor.namaCamat"),
        NIP_CAMAT("kantor.nipCamat"),
        PANGKAT_CAMAT("kantor.pangkatCamat"),
        NAMA_KASIE("kantor.namaKasie"),
        NIP_KASIE("kantor.nipKasie"),
        PANGKAT_KASIE("kantor.pangkatKasie"),
        ALAMAT("kantor.alamat"),
        KODE_POS("kantor.kodePos"),
        TELEPON("kantor.telepon"),
        EMAIL("kantor.email"),
        LOGO("kantor.logo");

        private final String labelKey;

        Field(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    public Kantor withVersion(int newVersion) {
        return new Kantor(kodeKecamatan, namaCamat, nipCamat, pangkatCamat, namaKasie, nipKasie, pangkatKasie, alamat,
                kodePos, telepon, email, logo, newVersion);
    }

    /** The values as the audit log stores them (the logo as its size only). */
    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kode_kecamatan", kodeKecamatan);
        m.put("nama_camat", namaCamat);
        m.put("nip_camat", nipCamat);
        m.put("pangkat_camat", pangkatCamat);
        m.put("nama_kasie", namaKasie);
        m.put("nip_kasie", nipKasie);
        m.put("pangkat_kasie", pangkatKasie);
        m.put("alamat", alamat);
        m.put("kode_pos", kodePos);
        m.put("telepon", telepon);
        m.put("email", email);
        m.put("logo_bytes", logo == null ? null : logo.length);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kantor k && auditValues().equals(k.auditValues()) && Arrays.equals(logo, k.logo)
                && version == k.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(auditValues(), Arrays.hashCode(logo), version);
    }

    @Override
    public String toString() {
        return "Kantor" + auditValues();
    }
}
