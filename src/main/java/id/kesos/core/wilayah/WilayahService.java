package id.kesos.core.wilayah;

import static id.kesos.core.db.jooq.Tables.WILAYAH;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * The Kemendagri region reference (read-only data shipped with the app), as every feature reads it.
 * All lists are in code order, as in official tables.
 */
public final class WilayahService {
    private final DSLContext dsl;

    public WilayahService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Wilayah> provinsi() {
        return dsl.select(WILAYAH.KODE, WILAYAH.NAMA, WILAYAH.TINGKAT).from(WILAYAH)
                .where(WILAYAH.INDUK.isNull()).orderBy(WILAYAH.KODE).fetch(WilayahService::map);
    }

    /** The direct children of {@code kodeInduk}: kabupaten/kota of a provinsi, kecamatan of a kabupaten, ... */
    public List<Wilayah> anak(String kodeInduk) {
        return dsl.select(WILAYAH.KODE, WILAYAH.NAMA, WILAYAH.TINGKAT).from(WILAYAH)
                .where(WILAYAH.INDUK.eq(kodeInduk)).orderBy(WILAYAH.KODE).fetch(WilayahService::map);
    }

    public Optional<Wilayah> cari(String kode) {
        return dsl.select(WILAYAH.KODE, WILAYAH.NAMA, WILAYAH.TINGKAT).from(WILAYAH)
                .where(WILAYAH.KODE.eq(kode)).fetchOptional(WilayahService::map);
    }

    public int jumlah(Tingkat tingkat) {
        return dsl.fetchCount(WILAYAH, WILAYAH.TINGKAT.eq(tingkat.kode()));
    }

    private static Wilayah map(Record3<String, String, String> r) {
        return new Wilayah(r.value1(), r.value2(), Tingkat.of(r.value3()));
    }
}
