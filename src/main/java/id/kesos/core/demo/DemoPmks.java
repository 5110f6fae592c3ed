package id.kesos.core.demo;

import static id.kesos.core.db.jooq.Tables.DESA;
import static id.kesos.core.db.jooq.Tables.KANTOR;
import static id.kesos.core.db.jooq.Tables.PMKS;

import id.kesos.core.KesosException;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.AlasanTidakAktif;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.ProgramBantuan;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.pmks.SumberDana;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Synthetic, realistic register data for the configured kecamatan: households sharing a No. KK,
 * NIKs consistent with birth date, sex and the kecamatan's code, types skewed as in real registers
 * (Fakir Miskin, Lanjut Usia Telantar, Penyandang Disabilitas most common) and matching each type's
 * ages, mixed statuses, some aid. The same seed and year give the same data. Written in one
 * transaction with JDBC batches: a run killed or stopped half-way leaves the register as it was.
 * Ids come from the tables' identity columns (read back from each batch), so whatever happens the
 * next save numbers its rows correctly.
 */
public final class DemoPmks {
    /** Result of a run. */
    public record Hasil(int orang, int entri, int bantuan) {
    }

    private static final int BATCH = 2000;
    private final DSLContext dsl;
    private final AuditLog audit;

    public DemoPmks(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /**
     * Adds {@code orang} people to the register (about 1.13 entries each).
     *
     * @param tambahkan false refuses a register that is not empty
     * @param kemajuan told the number of people written so far
     */
    public Hasil isi(int orang, long seed, int tahun, boolean tambahkan, List<JenisPmks> jenis, IntConsumer kemajuan) {
        String kec = dsl.select(KANTOR.KODE_KECAMATAN).from(KANTOR).fetchOptional(KANTOR.KODE_KECAMATAN)
                .orElseThrow(() -> new KesosException(Messages.get("demo.belumSetup")));
        if (!tambahkan && dsl.fetchExists(PMKS)) {
            throw new KesosException(Messages.get("demo.tidakKosong", dsl.fetchCount(PMKS)));
        }
        if (orang < 1 || orang > 2_000_000) {
            throw new KesosException(Messages.get("demo.jumlahSalah", orang));
        }
        List<String> desa = dsl.select(DESA.KODE).from(DESA).orderBy(DESA.KODE).fetch(DESA.KODE);
        Map<String, JenisPmks> byKode = new HashMap<>();
        jenis.forEach(j -> byKode.put(j.kode(), j));
        // all or nothing; the file grows meanwhile and is compacted when the last window closes
        return dsl.transactionResult(cfg -> DSL.using(cfg).connectionResult(c ->
                new Penulis(c, new SplittableRandom(seed), kec.replace(".", ""), desa, byKode, tahun).tulis(orang, kemajuan)));
    }

    private final class Penulis {
        final Connection c;
        final SplittableRandom r;
        final String kode6;
        final List<String> desa;
        final Map<String, JenisPmks> jenis;
        final int tahun;
        final LocalDate acuan;
        final Map<String, Integer> serialNik = new HashMap<>();
        final Map<String, Integer> serialKk = new HashMap<>();
        /** NIKs already in the register (only when adding to a register that has data). */
        final java.util.Set<String> nikAda = new java.util.HashSet<>();
        /** Rows of the batch not written yet: entries and aid name their person by its place in the batch. */
        final List<Entri> entriTertunda = new ArrayList<>();
        final List<Bantuan> bantuanTertunda = new ArrayList<>();
        int orangTertunda;
        long pertama;
        long terakhir;
        int entri;
        int bantuan;
        PreparedStatement psPenduduk;
        PreparedStatement psEntri;
        PreparedStatement psRiwayat;
        PreparedStatement psBantuan;
        int pending;

        Penulis(Connection c, SplittableRandom r, String kode6, List<String> desa, Map<String, JenisPmks> jenis, int tahun) {
            this.c = c;
            this.r = r;
            this.kode6 = kode6;
            this.desa = desa;
            this.jenis = jenis;
            this.tahun = tahun;
            this.acuan = LocalDate.of(tahun, 7, 1);
        }

        Hasil tulis(int target, IntConsumer kemajuan) throws SQLException {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT nik FROM penduduk WHERE nik IS NOT NULL")) {
                while (rs.next()) {
                    nikAda.add(rs.getString(1));
                }
            }
            psPenduduk = c.prepareStatement("INSERT INTO penduduk (nik, no_kk, nama, nama_normal, tempat_lahir, tanggal_lahir,"
                    + " jenis_kelamin, alamat, dusun, rt, rw, desa_kode, nama_ibu, hubungan_keluarga, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", new String[] {"ID"});
            psEntri = c.prepareStatement("INSERT INTO pmks (penduduk_id, jenis_kode, tahun, status, alasan_status, sumber_data,"
                    + " tanggal_pendataan, petugas_pendata, kk_keluarga, jumlah_anggota, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    new String[] {"ID"});
            psRiwayat = c.prepareStatement("INSERT INTO pmks_status_riwayat (pmks_id, pengguna, dari, ke, alasan) VALUES (?, ?, ?, ?, ?)");
            psBantuan = c.prepareStatement("INSERT INTO bantuan (penduduk_id, program, tanggal, nilai_rupiah, barang, sumber_dana)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
            int orang = 0;
            while (orang < target) {
                orang += keluarga(target - orang);
                if (pending >= BATCH) {
                    flush();
                    kemajuan.accept(orang);
                }
            }
            flush();
            kemajuan.accept(orang);
            Map<String, Object> v = new java.util.LinkedHashMap<>();
            v.put("orang", orang);
            v.put("entri", entri);
            v.put("bantuan", bantuan);
            v.put("tahun", tahun);
            audit.catat(DSL.using(c, SQLDialect.H2), "penduduk", pertama + "-" + terakhir, AuditLog.Aksi.TAMBAH, null, v);
            return new Hasil(orang, entri, bantuan);
        }

        /** One household: a head, maybe a spouse, children, sometimes a grandparent. Returns registered people. */
        int keluarga(int sisa) throws SQLException {
            String desaKode = desa.get(r.nextInt(desa.size()));
            LocalDate terbit = acuan.minusDays(200 + r.nextInt(365 * 12));
            String kk = nomorKk(terbit);
            String alamat = Nama.KAMPUNG[r.nextInt(Nama.KAMPUNG.length)];
            String rt = String.format("%03d", 1 + r.nextInt(12));
            String rw = String.format("%03d", 1 + r.nextInt(6));
            String dusun = "Dusun " + (1 + r.nextInt(4));
            List<Anggota> a = new ArrayList<>();
            boolean kepalaPerempuan = r.nextInt(100) < 18;
            int usiaKepala = 22 + r.nextInt(r.nextInt(100) < 30 ? 60 : 40);
            a.add(new Anggota(Nama.orang(r, kepalaPerempuan), kepalaPerempuan, usiaKepala, 1));
            if (!kepalaPerempuan && r.nextInt(100) < 80) {
                a.add(new Anggota(Nama.orang(r, true), true, Math.max(18, usiaKepala - r.nextInt(8)), 2));
            }
            int anak = usiaKepala > 55 ? r.nextInt(2) : r.nextInt(5);
            for (int i = 0; i < anak; i++) {
                boolean p = r.nextBoolean();
                a.add(new Anggota(Nama.orang(r, p), p, r.nextInt(Math.max(1, Math.min(25, usiaKepala - 18))), 3));
            }
            if (usiaKepala < 50 && r.nextInt(100) < 12) {
                boolean p = r.nextInt(100) < 65;
                a.add(new Anggota(Nama.orang(r, p), p, 60 + r.nextInt(30), 6));
            }
            String ibu = Nama.orang(r, true);
            int terdaftar = 0;
            for (Anggota x : a) {
                List<String> tipe = pilihJenis(x, a.size());
                if (tipe.isEmpty() || terdaftar >= sisa) {
                    continue;
                }
                LocalDate lahir = acuan.minusYears(x.usia).minusDays(r.nextInt(365));
                String nik = nik(lahir, x.perempuan);
                int id = orangTertunda++;
                psPenduduk.setString(1, r.nextInt(100) < 97 ? nik : null);
                psPenduduk.setString(2, kk);
                psPenduduk.setString(3, x.nama);
                psPenduduk.setString(4, Penduduk.normalisasiNama(x.nama));
                psPenduduk.setString(5, Nama.TEMPAT[r.nextInt(Nama.TEMPAT.length)]);
                psPenduduk.setDate(6, Date.valueOf(lahir));
                psPenduduk.setString(7, x.perempuan ? "P" : "L");
                psPenduduk.setString(8, alamat);
                psPenduduk.setString(9, dusun);
                psPenduduk.setString(10, rt);
                psPenduduk.setString(11, rw);
                psPenduduk.setString(12, desaKode);
                psPenduduk.setString(13, x.hubungan == 3 ? a.stream().filter(y -> y.hubungan == 2).map(y -> y.nama).findFirst().orElse(ibu) : ibu);
                psPenduduk.setShort(14, (short) x.hubungan);
                psPenduduk.addBatch();
                pending++;
                terdaftar++;
                boolean dapatBantuan = false;
                for (String kode : tipe) {
                    entri(id, jenis.get(kode), kk, a.size());
                    dapatBantuan |= kode.equals("PMKS-24") || kode.equals("PMKS-08") || kode.equals("PMKS-09");
                }
                if (dapatBantuan && r.nextInt(100) < 35) {
                    bantuan(id);
                }
            }
            return terdaftar;
        }

        /** Which types this person is registered with (most people of a household are not registered at all). */
        List<String> pilihJenis(Anggota x, int besarKeluarga) {
            List<String> out = new ArrayList<>();
            int u = x.usia;
            int d = r.nextInt(1000);
            if (u >= 60) {
                if (d < 650) {
                    out.add("PMKS-08");
                } else if (d < 750) {
                    out.add("PMKS-24");
                }
            } else if (u <= 5) {
                if (d < 60) {
                    out.add("PMKS-01");
                } else if (d < 90) {
                    out.add("PMKS-05");
                }
            } else if (u <= 17) {
                if (d < 60) {
                    out.add("PMKS-02");
                } else if (d < 85) {
                    out.add("PMKS-05");
                } else if (d < 92) {
                    out.add(u >= 12 ? "PMKS-03" : "PMKS-07");
                } else if (d < 100) {
                    out.add("PMKS-04");
                }
            } else {
                if (x.hubungan == 1 && d < 420) {
                    out.add("PMKS-24");
                } else if (d < 520) {
                    out.add("PMKS-09");
                } else if (x.perempuan && d < 600 && u <= 59) {
                    out.add("PMKS-23");
                } else if (d < 615) {
                    out.add(new String[] {"PMKS-13", "PMKS-15", "PMKS-19", "PMKS-20", "PMKS-21", "PMKS-22", "PMKS-25", "PMKS-12",
                        "PMKS-11", "PMKS-17", "PMKS-16"}[r.nextInt(11)]);
                }
            }
            out.removeIf(String::isEmpty);
            // some people hold a second type: an elderly or disabled head of a poor household
            if (!out.isEmpty() && !out.contains("PMKS-24") && x.hubungan == 1 && r.nextInt(100) < 30) {
                out.add("PMKS-24");
            }
            return out;
        }

        void entri(int orangKe, JenisPmks j, String kk, int besarKeluarga) {
            int tahunEntri = r.nextInt(100) < 85 ? tahun : tahun - 1;
            int s = r.nextInt(100);
            StatusPmks status = s < 60 ? StatusPmks.TERVERIFIKASI : s < 85 ? StatusPmks.USULAN : s < 93 ? StatusPmks.DITOLAK
                    : StatusPmks.TIDAK_AKTIF;
            String alasan = switch (status) {
                case DITOLAK -> "Tidak memenuhi kriteria " + j.singkatan() + " pada verifikasi lapangan";
                case TIDAK_AKTIF -> Messages.get(AlasanTidakAktif.values()[r.nextInt(AlasanTidakAktif.values().length)].labelKey());
                default -> null;
            };
            SumberData sumber = SumberData.values()[r.nextInt(100) < 55 ? 0 : r.nextInt(SumberData.values().length)];
            LocalDate tanggal = LocalDate.of(tahunEntri, 1 + r.nextInt(6), 1 + r.nextInt(28));
            String petugas = r.nextBoolean() ? "Operator Desa" : "TKSK Kecamatan";
            entriTertunda.add(new Entri(orangKe, j.kode(), (short) tahunEntri, status, alasan, sumber, tanggal, petugas,
                    j.perKk() ? kk : null, j.perKk() ? (short) besarKeluarga : null));
            entri++;
            pending++;
        }

        void tulisEntri(Entri e, long pendudukId) throws SQLException {
            psEntri.setLong(1, pendudukId);
            psEntri.setString(2, e.jenis);
            psEntri.setShort(3, e.tahun);
            psEntri.setString(4, e.status.kode());
            psEntri.setString(5, e.alasan);
            psEntri.setString(6, e.sumber.kode());
            psEntri.setDate(7, Date.valueOf(e.tanggal));
            psEntri.setString(8, e.petugas);
            if (e.kk != null) {
                psEntri.setString(9, e.kk);
                psEntri.setShort(10, e.jumlah);
            } else {
                psEntri.setNull(9, Types.CHAR);
                psEntri.setNull(10, Types.SMALLINT);
            }
            psEntri.addBatch();
        }

        void tulisRiwayat(Entri e, long id) throws SQLException {
            riwayat(id, null, StatusPmks.USULAN, null);
            if (e.status == StatusPmks.TERVERIFIKASI || e.status == StatusPmks.DITOLAK) {
                riwayat(id, StatusPmks.USULAN, e.status, e.alasan);
            } else if (e.status == StatusPmks.TIDAK_AKTIF) {
                riwayat(id, StatusPmks.USULAN, StatusPmks.TERVERIFIKASI, null);
                riwayat(id, StatusPmks.TERVERIFIKASI, e.status, e.alasan);
            }
        }

        void riwayat(long entri, StatusPmks dari, StatusPmks ke, String alasan) throws SQLException {
            psRiwayat.setLong(1, entri);
            psRiwayat.setString(2, "demo");
            psRiwayat.setString(3, dari == null ? null : dari.kode());
            psRiwayat.setString(4, ke.kode());
            psRiwayat.setString(5, alasan);
            psRiwayat.addBatch();
        }

        void bantuan(int orangKe) {
            ProgramBantuan p = ProgramBantuan.values()[r.nextInt(ProgramBantuan.values().length - 1)];
            LocalDate tanggal = LocalDate.of(tahun, 1 + r.nextInt(6), 1 + r.nextInt(28));
            boolean barang = p == ProgramBantuan.PERMAKANAN || p == ProgramBantuan.BPNT && r.nextBoolean();
            Long nilai = barang ? null : 100_000L * (2 + r.nextInt(28));
            String apa = !barang ? null : p == ProgramBantuan.PERMAKANAN ? "Paket permakanan 30 hari" : "Beras 10 kg, telur 1 kg";
            SumberDana dana = p == ProgramBantuan.BANTUAN_DAERAH || p == ProgramBantuan.PERMAKANAN ? SumberDana.APBD : SumberDana.APBN;
            bantuanTertunda.add(new Bantuan(orangKe, p, tanggal, nilai, apa, dana));
            bantuan++;
        }

        void tulisBantuan(Bantuan b, long pendudukId) throws SQLException {
            psBantuan.setLong(1, pendudukId);
            psBantuan.setString(2, b.program.kode());
            psBantuan.setDate(3, Date.valueOf(b.tanggal));
            if (b.nilai == null) {
                psBantuan.setNull(4, Types.BIGINT);
            } else {
                psBantuan.setLong(4, b.nilai);
            }
            psBantuan.setString(5, b.barang);
            psBantuan.setString(6, b.dana.kode());
            psBantuan.addBatch();
        }

        String nik(LocalDate lahir, boolean perempuan) {
            String tgl = Nama.tanggalNik(lahir, perempuan);
            String nik;
            do {
                nik = kode6 + tgl + String.format("%04d", serialNik.merge(tgl, 1, Integer::sum));
            } while (nikAda.contains(nik));
            return nik;
        }

        String nomorKk(LocalDate terbit) {
            String tgl = String.format("%02d%02d%02d", terbit.getDayOfMonth(), terbit.getMonthValue(), terbit.getYear() % 100);
            int serial = serialKk.merge(tgl, 1, Integer::sum);
            return kode6 + tgl + String.format("%04d", serial);
        }

        /** Writes the batch: people first, then their entries and aid with the ids the database gave them. */
        void flush() throws SQLException {
            if (orangTertunda == 0) {
                return;
            }
            psPenduduk.executeBatch();
            long[] orangId = kunci(psPenduduk, orangTertunda);
            if (pertama == 0) {
                pertama = orangId[0];
            }
            terakhir = orangId[orangId.length - 1];
            for (Entri e : entriTertunda) {
                tulisEntri(e, orangId[e.orangKe]);
            }
            psEntri.executeBatch();
            long[] entriId = kunci(psEntri, entriTertunda.size());
            for (int i = 0; i < entriId.length; i++) {
                tulisRiwayat(entriTertunda.get(i), entriId[i]);
            }
            psRiwayat.executeBatch();
            for (Bantuan b : bantuanTertunda) {
                tulisBantuan(b, orangId[b.orangKe]);
            }
            psBantuan.executeBatch();
            entriTertunda.clear();
            bantuanTertunda.clear();
            orangTertunda = 0;
            pending = 0;
        }

        /** The ids of the batch just written, in the order its rows were added. */
        long[] kunci(PreparedStatement ps, int n) throws SQLException {
            long[] ids = new long[n];
            int i = 0;
            try (var rs = ps.getGeneratedKeys()) {
                while (rs.next()) {
                    ids[i++] = rs.getLong(1);
                }
            }
            if (i != n) {
                throw new SQLException("generated keys: " + i + " of " + n);
            }
            return ids;
        }
    }

    private record Anggota(String nama, boolean perempuan, int usia, int hubungan) {
    }

    private record Entri(int orangKe, String jenis, short tahun, StatusPmks status, String alasan, SumberData sumber,
            LocalDate tanggal, String petugas, String kk, Short jumlah) {
    }

    private record Bantuan(int orangKe, ProgramBantuan program, LocalDate tanggal, Long nilai, String barang, SumberDana dana) {
    }
}
