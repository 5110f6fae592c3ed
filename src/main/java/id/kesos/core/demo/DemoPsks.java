package id.kesos.core.demo;

import static id.kesos.core.db.jooq.Tables.DESA;
import static id.kesos.core.db.jooq.Tables.KANTOR;
import static id.kesos.core.db.jooq.Tables.PENDUDUK;
import static id.kesos.core.db.jooq.Tables.PMKS;
import static id.kesos.core.db.jooq.Tables.PSKS;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.psks.Bentuk;
import id.kesos.core.psks.Diklat;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.psks.Klasifikasi;
import id.kesos.core.psks.Legalitas;
import id.kesos.core.psks.Pendampingan;
import id.kesos.core.psks.Pendidikan;
import id.kesos.core.psks.Psks;
import id.kesos.core.psks.PsksService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jooq.DSLContext;

/**
 * A realistic, synthetic PSKS set for the configured kecamatan, written through the register's own
 * service (so it passes the same checks as typed data): one TKSK, 10-25 PSM, 5-10 Tagana, a Karang
 * Taruna per desa and one at kecamatan level, a few LKS, a WKSBM, a Keluarga Pioner, 1-2 Dunia
 * Usaha, and Pendamping PKH as a "pilar lain" type. Some PMKS entries get a PSM of their desa as
 * petugas pendata. The same seed gives the same data.
 */
public final class DemoPsks {
    /** Result of a run: records written. */
    public record Hasil(int psks) {
    }

    private static final String[] LKS = {"LKS Al-Hikmah", "LKS Bina Sejahtera", "Panti Asuhan Nurul Iman", "LKS Lansia Mandiri",
        "Yayasan Peduli Disabilitas"};
    private static final String[] KT = {"Tunas Muda", "Bina Remaja", "Harapan Bangsa", "Putra Mandiri", "Sinar Pemuda", "Karya Bakti",
        "Tunas Harapan", "Mekar Jaya", "Pemuda Pelopor", "Satria Muda"};
    private static final String[] DIKLAT_PSM = {"Diklat Dasar PSM", "Bimtek Verifikasi dan Validasi DTKS", "Pelatihan Pendampingan Lansia",
        "Bimtek SIKS-NG"};
    private static final String[] DIKLAT_TAGANA = {"Diklat Dasar Tagana", "Pelatihan Dapur Umum", "Pelatihan Layanan Dukungan Psikososial"};

    private final DSLContext dsl;
    private final PsksService svc;

    public DemoPsks(DSLContext dsl, PsksService svc) {
        this.dsl = dsl;
        this.svc = svc;
    }

    /** Fills an empty PSKS register; one that holds records already is refused. */
    public Hasil isi(long seed) {
        String kec = dsl.select(KANTOR.KODE_KECAMATAN).from(KANTOR).fetchOptional(KANTOR.KODE_KECAMATAN)
                .orElseThrow(() -> new KesosException(Messages.get("demo.belumSetup")));
        if (dsl.fetchExists(PSKS)) {
            throw new KesosException(Messages.get("demo.psksTidakKosong", dsl.fetchCount(PSKS)));
        }
        List<String> desa = dsl.select(DESA.KODE).from(DESA).orderBy(DESA.KODE).fetch(DESA.KODE);
        Penulis w = new Penulis(new SplittableRandom(seed ^ 0x5EED5L), kec.replace(".", ""), desa, kec);
        return new Hasil(w.tulis());
    }

    private final class Penulis {
        final SplittableRandom r;
        final String kode6;
        final List<String> desa;
        final String namaKec;
        final int tahun = LocalDate.now().getYear();
        int serial = 9000;
        int n;

        Penulis(SplittableRandom r, String kode6, List<String> desa, String kec) {
            this.r = r;
            this.kode6 = kode6;
            this.desa = desa;
            this.namaKec = dsl.select(id.kesos.core.db.jooq.Tables.WILAYAH.NAMA).from(id.kesos.core.db.jooq.Tables.WILAYAH)
                    .where(id.kesos.core.db.jooq.Tables.WILAYAH.KODE.eq(kec)).fetchOne(id.kesos.core.db.jooq.Tables.WILAYAH.NAMA);
        }

        int tulis() {
            JenisPsks pkh = svc.jenis().stream().filter(j -> j.nama().equalsIgnoreCase("Pendamping PKH")).findFirst()
                    .orElseGet(() -> svc.tambahJenis("Pendamping PKH", "PPKH", Bentuk.PERSEORANGAN));
            orang("PSKS-11", 32, 50, Legalitas.LANJUTAN, Pendidikan.S1, DIKLAT_PSM);
            int psm = 10 + r.nextInt(16);
            List<Psks> daftarPsm = new ArrayList<>();
            for (int i = 0; i < psm; i++) {
                daftarPsm.add(orang("PSKS-02", 25, 60, r.nextInt(3) == 0 ? Legalitas.TIDAK_ADA : Legalitas.DASAR,
                        r.nextBoolean() ? Pendidikan.SLTA : Pendidikan.SMP, DIKLAT_PSM));
            }
            int tagana = 4 + r.nextInt(6); // plus the PSM who is also a Tagana: 5 to 10
            for (int i = 0; i < tagana; i++) {
                orang("PSKS-03", 19, 39, r.nextBoolean() ? Legalitas.DASAR : Legalitas.TIDAK_ADA, Pendidikan.SLTA, DIKLAT_TAGANA);
            }
            // one PSM is also a Tagana: the same person, linked, shown on both records
            Psks muda = daftarPsm.stream().filter(p -> p.orang().usia(LocalDate.now()) <= 40).findFirst().orElse(null);
            if (muda != null) {
                svc.simpan(Psks.baru("PSKS-03").orang(muda.orang()).legalitas(Legalitas.DASAR).mulaiAktif(tahun - 2).build(), true);
                n++;
            }
            orang("PSKS-09", 35, 55, Legalitas.DASAR, Pendidikan.S1, DIKLAT_PSM, true);
            for (int i = 0; i < 2 + r.nextInt(3); i++) {
                orang(pkh.kode(), 25, 45, Legalitas.TIDAK_ADA, Pendidikan.S1, DIKLAT_PSM);
            }
            for (int i = 0; i < desa.size(); i++) {
                lembaga("PSKS-05", "Karang Taruna " + KT[i % KT.length], desa.get(i), "Kepemudaan, olahraga, sosial");
            }
            lembaga("PSKS-05", "Karang Taruna Kecamatan " + namaKec, null, "Pembinaan Karang Taruna desa");
            for (int i = 0; i < 2 + r.nextInt(3); i++) {
                lembaga("PSKS-04", LKS[i % LKS.length], desa.get(r.nextInt(desa.size())), "Pengasuhan anak, pelayanan lansia");
            }
            lembaga("PSKS-08", "WKSBM " + namaKec + " Sejahtera", desa.get(r.nextInt(desa.size())), "Jaringan kerja sosial warga");
            String d = desa.get(r.nextInt(desa.size()));
            svc.simpan(Psks.baru("PSKS-07").nama(Nama.orang(r, false)).noKk(kode6 + Nama.tanggalNik(LocalDate.of(tahun - 8, 3, 12), false)
                    + "0417").alamat(Nama.KAMPUNG[r.nextInt(Nama.KAMPUNG.length)] + " RT 002/RW 001").desaKode(d)
                    .uraian("Mempelopori bank sampah dan kebun gizi warga RW 01").build(), true);
            n++;
            svc.simpan(Psks.baru("PSKS-12").nama("PT Sinar Pangan Nusantara").bidang("Pengolahan makanan").narahubung("Bapak Hendra Wijaya")
                    .dukungan("Paket sembako 200 KK setiap Ramadan").telepon("0254 281 555").alamat("Jl. Raya Serang km 12").build(), true);
            n++;
            if (r.nextBoolean()) {
                svc.simpan(Psks.baru("PSKS-12").nama("CV Berkah Tani").bidang("Perdagangan hasil pertanian").narahubung("Ibu Ratna")
                        .dukungan("Beasiswa 10 anak yatim per tahun").desaKode(desa.get(0)).build(), true);
                n++;
            }
            // a pillar who left
            Psks pergi = daftarPsm.getLast();
            Psks kini = svc.psks(pergi.id()).orElseThrow();
            svc.nonaktifkan(kini.id(), kini.version(), LocalDate.now().minusMonths(2), "Pindah domisili ke luar kecamatan");
            hubungkanPetugas(daftarPsm);
            return n;
        }

        Psks orang(String jenis, int usiaMin, int usiaMax, Legalitas legalitas, Pendidikan pendidikan, String[] diklat) {
            return orang(jenis, usiaMin, usiaMax, legalitas, pendidikan, diklat, r.nextInt(100) < 55);
        }

        Psks orang(String jenis, int usiaMin, int usiaMax, Legalitas legalitas, Pendidikan pendidikan, String[] diklat, boolean perempuan) {
            LocalDate lahir = LocalDate.now().minusYears(usiaMin + r.nextInt(usiaMax - usiaMin + 1)).minusDays(1 + r.nextInt(360));
            String nik = kode6 + Nama.tanggalNik(lahir, perempuan) + String.format("%04d", serial++);
            String d = desa.get(r.nextInt(desa.size()));
            Penduduk o = new Penduduk(null, nik, null, Nama.orang(r, perempuan), Nama.TEMPAT[r.nextInt(Nama.TEMPAT.length)], lahir,
                    perempuan ? JenisKelamin.P : JenisKelamin.L, Nama.KAMPUNG[r.nextInt(Nama.KAMPUNG.length)] + " RT 00" + (1 + r.nextInt(6)),
                    null, null, null, d, null, null, "08" + (1100000000L + r.nextLong(899999999L)), null, 0);
            List<Diklat> dik = new ArrayList<>();
            if (legalitas != Legalitas.TIDAK_ADA) {
                for (int i = 0; i < 1 + r.nextInt(2); i++) {
                    dik.add(new Diklat(diklat[i], i == 0 ? "Dinas Sosial Kabupaten" : "Kementerian Sosial", tahun - 1 - r.nextInt(6)));
                }
            }
            Set<Pendampingan> damping = EnumSet.noneOf(Pendampingan.class);
            for (Pendampingan p : Pendampingan.values()) {
                if (r.nextInt(4) == 0) {
                    damping.add(p);
                }
            }
            Psks p = svc.simpan(Psks.baru(jenis).orang(o).pendidikan(pendidikan).mulaiAktif(tahun - r.nextInt(10)).legalitas(legalitas)
                    .nomorSk(legalitas == Legalitas.TIDAK_ADA ? null : "400/" + (100 + r.nextInt(900)) + "/Dinsos/" + (tahun - r.nextInt(5)))
                    .pendampingan(damping).diklat(dik).email(r.nextInt(3) == 0 ? "pilar" + serial + "@contoh.id" : null).build(), true).psks();
            n++;
            return p;
        }

        void lembaga(String jenis, String nama, String desaKode, String bidang) {
            boolean sk = r.nextInt(4) != 0;
            svc.simpan(Psks.baru(jenis).nama(nama).ketua(Nama.orang(r, r.nextBoolean())).desaKode(desaKode)
                    .alamat(desaKode == null ? "Kantor Kecamatan " + namaKec : Nama.KAMPUNG[r.nextInt(Nama.KAMPUNG.length)])
                    .tahunBerdiri(1980 + r.nextInt(tahun - 1985)).nomorSk(sk ? "SK Kepala Desa No. 400/" + (10 + r.nextInt(90)) : null)
                    .aktaNotaris(jenis.equals("PSKS-04") && sk ? "Akta No. " + (1 + r.nextInt(60)) + " Notaris Siti Aminah, S.H." : null)
                    .klasifikasi(Klasifikasi.values()[r.nextInt(Klasifikasi.values().length)]).jumlahPengurus(7 + r.nextInt(15))
                    .jumlahAnggota(20 + r.nextInt(150)).bidang(bidang).telepon(r.nextBoolean() ? "08" + (1200000000L + r.nextLong(99999999L)) : null)
                    .build(), true);
            n++;
        }

        /** PMKS entries reported by a PSM get an active PSM of their desa as petugas pendata, linked by id. */
        /**
         * Entries reported by a PSM get the first active PSM of their desa as their officer. One pass
         * over the register finds them, then updates by key in chunks: inside the demo's one
         * transaction H2 reads uncommitted rows slowly, so the register is scanned once, not once per desa.
         */
        void hubungkanPetugas(List<Psks> psm) {
            Set<Long> aktif = dsl.select(PSKS.ID).from(PSKS).where(PSKS.AKTIF.isTrue()).fetchSet(PSKS.ID);
            java.util.Map<String, Long> perDesa = new java.util.LinkedHashMap<>();
            for (Psks p : psm) {
                if (aktif.contains(p.id())) {
                    perDesa.putIfAbsent(p.orang().desaKode(), p.id());
                }
            }
            if (perDesa.isEmpty()) {
                return;
            }
            java.util.Map<Long, List<Long>> entri = new java.util.LinkedHashMap<>();
            dsl.select(PMKS.ID, PENDUDUK.DESA_KODE).from(PMKS).join(PENDUDUK).on(PENDUDUK.ID.eq(PMKS.PENDUDUK_ID))
                    .where(PMKS.SUMBER_DATA.eq(SumberData.PSM.kode())).and(PMKS.PETUGAS_PSKS_ID.isNull())
                    .fetch().forEach(r -> {
                        Long petugas = perDesa.get(r.value2());
                        if (petugas != null) {
                            entri.computeIfAbsent(petugas, k -> new ArrayList<>()).add(r.value1());
                        }
                    });
            entri.forEach((petugas, ids) -> {
                for (int a = 0; a < ids.size(); a += 1000) {
                    dsl.update(PMKS).set(PMKS.PETUGAS_PSKS_ID, petugas).set(PMKS.PETUGAS_PENDATA, (String) null)
                            .where(PMKS.ID.in(ids.subList(a, Math.min(ids.size(), a + 1000)))).execute();
                }
            });
        }
    }
}
