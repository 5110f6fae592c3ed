package id.kesos.core.impor;

import static id.kesos.core.db.jooq.Tables.IMPOR_RIWAYAT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The import history table. */
final class ImporRepository {
    private final DSLContext dsl;

    ImporRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<RiwayatImpor> semua() {
        return dsl.selectFrom(IMPOR_RIWAYAT).orderBy(IMPOR_RIWAYAT.ID.desc()).fetch(ImporRepository::map);
    }

    Optional<RiwayatImpor> denganId(long id) {
        return dsl.selectFrom(IMPOR_RIWAYAT).where(IMPOR_RIWAYAT.ID.eq(id)).fetchOptional(ImporRepository::map);
    }

    /** The latest import of a file with this content, if any. */
    Optional<RiwayatImpor> denganHash(String register, String hash) {
        return dsl.selectFrom(IMPOR_RIWAYAT).where(IMPOR_RIWAYAT.HASH_ISI.eq(hash)).and(IMPOR_RIWAYAT.REGISTER.eq(register))
                .orderBy(IMPOR_RIWAYAT.ID.desc()).limit(1).fetchOptional(ImporRepository::map);
    }

    static long catat(DSLContext tx, RiwayatImpor r) {
        var rec = tx.newRecord(IMPOR_RIWAYAT);
        rec.setRegister(r.register());
        rec.setNamaBerkas(r.namaBerkas().length() > 255 ? r.namaBerkas().substring(0, 255) : r.namaBerkas());
        rec.setHashIsi(r.hash());
        rec.setLembar(r.lembar() == null || r.lembar().length() <= 255 ? r.lembar() : r.lembar().substring(0, 255));
        rec.setPengguna(r.pengguna());
        rec.setBaris(r.baris());
        rec.setDitambah(r.ditambah());
        rec.setDiperbarui(r.diperbarui());
        rec.setDilewati(r.dilewati());
        rec.setDitolak(r.ditolak());
        rec.store();
        return rec.getId();
    }

    private static RiwayatImpor map(Record r) {
        var x = r.into(IMPOR_RIWAYAT);
        return new RiwayatImpor(x.getId(), x.getRegister(), x.getNamaBerkas(), x.getHashIsi(), x.getLembar(), x.getPengguna(), x.getWaktu(),
                x.getBaris(), x.getDitambah(), x.getDiperbarui(), x.getDilewati(), x.getDitolak());
    }
}
