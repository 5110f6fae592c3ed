package id.kesos.core.psks;

import java.util.List;

/**
 * A PSKS record with what the register knows around it: its type, the desa's name, and for a
 * person the other PSKS types and the PMKS entries they hold (one person, stored once).
 */
public record DetailPsks(Psks psks, JenisPsks jenis, String desaNama, List<Peran> peranLain, List<String> pmks) {
}
