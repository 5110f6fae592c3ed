package id.kesos.core.psks;

import id.kesos.core.i18n.Messages;

/** A pillar as a choice in another form (petugas pendata, meeting attendee): always read fresh by id. */
public record RingkasPsks(long id, String nama, String jenisSingkatan, String desaNama, boolean aktif) {
    @Override
    public String toString() {
        return nama + " (" + jenisSingkatan + (desaNama == null || desaNama.isEmpty() ? "" : ", " + desaNama) + ")"
                + (aktif ? "" : " \u2013 " + Messages.get("psks.nonaktif"));
    }
}
