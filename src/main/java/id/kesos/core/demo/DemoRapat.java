package id.kesos.core.demo;

import id.kesos.core.KesosException;
import id.kesos.core.cetak.TanggalIndonesia;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.psks.BarisPsks;
import id.kesos.core.psks.FilterPsks;
import id.kesos.core.psks.PsksService;
import id.kesos.core.rapat.AgendaRapat;
import id.kesos.core.rapat.JabatanDesa;
import id.kesos.core.rapat.JenisRapat;
import id.kesos.core.rapat.Kehadiran;
import id.kesos.core.rapat.Pejabat;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.rapat.PesertaRapat;
import id.kesos.core.rapat.Rapat;
import id.kesos.core.rapat.RapatService;
import id.kesos.core.rapat.StatusTindakLanjut;
import id.kesos.core.rapat.TindakLanjut;
import id.kesos.core.rapat.TindakLanjutTerbuka;
import id.kesos.core.rapat.Unsur;
import id.kesos.core.wilayah.Wilayah;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic village officials (kepala desa/lurah, sekretaris, operator per desa) and 4 to 6
 * coordination meetings across the year, written through the meetings service: agenda items of real
 * kecamatan meetings, attendees from the demo PSKS and the officials, follow-ups in every state
 * (some past their deadline), all final but the latest, which is a draft.
 */
public final class DemoRapat {
    private static final String[][] AGENDA = {
        {"Evaluasi kegiatan kesejahteraan sosial triwulan berjalan",
            "Kasi Kesos menyampaikan realisasi kegiatan: penyaluran bantuan permakanan bagi lansia telantar berjalan sesuai jadwal, "
                + "pendataan penyandang disabilitas baru mencapai 70 persen. TKSK melaporkan kendala jaringan saat input SIKS-NG di dua desa. "
                + "Kepala Desa Mander meminta jadwal pendampingan operator desa diperjelas.",
            "Pendataan disabilitas diselesaikan bulan depan; TKSK menjadwalkan pendampingan operator desa."},
        {"Verifikasi dan validasi data PMKS per desa",
            "Operator desa memaparkan hasil verivali: ditemukan data ganda NIK dan warga yang sudah meninggal masih tercatat. "
                + "Kasi Kesos mengingatkan agar NIK ditulis sebagai teks di Excel karena angka 16 digit rusak bila diketik sebagai angka. "
                + "PSM menyampaikan beberapa lansia telantar belum memiliki KTP elektronik.",
            "Setiap desa menyerahkan hasil verivali yang sudah diperbaiki paling lambat akhir bulan."},
        {"Aktivasi Karang Taruna dan PSM",
            "Ketua Karang Taruna kecamatan melaporkan tiga Karang Taruna desa belum memiliki SK kepengurusan yang berlaku. "
                + "Disepakati pembinaan bersama dan pengusulan diklat dasar PSM bagi anggota baru ke Dinas Sosial.",
            "Desa yang Karang Tarunanya belum ber-SK menerbitkan SK baru; usulan diklat PSM dikirim ke Dinsos."},
        {"Penyaluran bantuan permakanan (SPM)",
            "Pendamping PKH dan TKSK menjelaskan mekanisme penyaluran bantuan permakanan bagi lansia dan disabilitas telantar. "
                + "Beberapa penerima pindah domisili sehingga perlu penggantian sesuai daftar tunggu.",
            "Daftar pengganti penerima bantuan disusun oleh desa dan diverifikasi TKSK."},
        {"Rencana kerja dan laporan Karang Taruna",
            "Karang Taruna desa menyampaikan rencana kegiatan bakti sosial dan pelatihan keterampilan pemuda.",
            "Laporan kegiatan Karang Taruna dikumpulkan ke kecamatan setiap akhir triwulan."},
    };
    private static final String[][] TINDAK_LANJUT = {
        {"Menyelesaikan pendataan penyandang disabilitas di seluruh desa", "Operator desa"},
        {"Memperbaiki data ganda NIK hasil verivali", "Operator desa / TKSK"},
        {"Menerbitkan SK kepengurusan Karang Taruna desa", "Kepala desa"},
        {"Mengirim usulan diklat dasar PSM ke Dinas Sosial", "Kasi Kesos"},
        {"Menyusun daftar pengganti penerima bantuan permakanan", "Sekretaris desa"},
    };

    private final RapatService rapat;
    private final PsksService psks;

    public DemoRapat(RapatService rapat, PsksService psks) {
        this.rapat = rapat;
        this.psks = psks;
    }

    /** Fills an empty meetings register; returns the number of meetings written. */
    public int isi(ProfilKantor profil, long seed) {
        if (rapat.jumlah() > 0) {
            throw new KesosException(Messages.get("demo.rapatTidakKosong", rapat.jumlah()));
        }
        SplittableRandom r = new SplittableRandom(seed ^ 0xA9E7DAL);
        List<PerangkatDesa> perangkat = perangkat(profil.desa(), r);
        Kantor k = profil.kantor();
        Pejabat camat = new Pejabat(k.namaCamat(), "Camat " + profil.kecamatan().nama(), k.pangkatCamat(), k.nipCamat());
        Pejabat kasie = new Pejabat(k.namaKasie(), "Kasi Kesejahteraan Sosial", k.pangkatKasie(), k.nipKasie());
        List<BarisPsks> pilar = psks.cari(new FilterPsks(null, null, null, true, null)).baris().stream()
                .filter(b -> b.pendudukId() != null).toList();
        LocalDate hariIni = LocalDate.now();
        int jumlah = 4 + r.nextInt(3);
        int n = 0;
        for (int i = 0; i < jumlah; i++) {
            // spread over the months before today, on a Monday to Thursday morning
            LocalDate tgl = hariIni.minusDays(20L + (long) (jumlah - 1 - i) * 55).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(1 + r.nextInt(4))));
            boolean terakhir = i == jumlah - 1;
            List<AgendaRapat> agenda = new ArrayList<>();
            int a0 = i % AGENDA.length;
            for (int j = 0; j < 2 + r.nextInt(2); j++) {
                String[] a = AGENDA[(a0 + j) % AGENDA.length];
                agenda.add(new AgendaRapat(a[0], a[1], a[2], null));
            }
            // the open follow-ups of earlier meetings are reviewed first
            for (TindakLanjutTerbuka t : rapat.tindakLanjutTerbuka(null)) {
                if (agenda.size() < 5) {
                    agenda.addFirst(new AgendaRapat("Tindak lanjut rapat " + TanggalIndonesia.tanggal(t.tanggalRapat()) + ": "
                            + t.tindakLanjut().uraian(),
                            "Penanggung jawab melaporkan perkembangan.", null, t.tindakLanjut().id()));
                }
            }
            List<PesertaRapat> peserta = new ArrayList<>();
            // the Camat's and the Kasi's sex as their NIPs record it: every row of the attendance list has its L/P
            peserta.add(new PesertaRapat(null, null, k.namaCamat(), "Camat", Unsur.KECAMATAN, "Kecamatan " + profil.kecamatan().nama(),
                    id.kesos.core.penduduk.JenisKelamin.dariNip(k.nipCamat()), null, Kehadiran.HADIR));
            peserta.add(new PesertaRapat(null, null, k.namaKasie(), "Kasi Kesos", Unsur.KECAMATAN, "Kecamatan " + profil.kecamatan().nama(),
                    id.kesos.core.penduduk.JenisKelamin.dariNip(k.nipKasie()), null, Kehadiran.HADIR));
            for (PerangkatDesa p : perangkat) {
                if (p.jabatan() == JabatanDesa.KEPALA_DESA || p.jabatan() == JabatanDesa.LURAH || r.nextInt(3) == 0) {
                    Kehadiran h = r.nextInt(10) < 8 ? Kehadiran.HADIR : r.nextBoolean() ? Kehadiran.IZIN : Kehadiran.TANPA_KETERANGAN;
                    peserta.add(new PesertaRapat(null, p.id(), p.nama(), Messages.getId(p.jabatan().labelKey()), Unsur.DESA,
                            profil.desa().stream().filter(w -> w.kode().equals(p.desaKode())).map(w -> "Desa " + w.nama()).findFirst()
                                    .orElse(null), p.jk(), p.telepon(), h));
                }
            }
            java.util.Set<Long> orang = new java.util.HashSet<>();
            for (BarisPsks b : pilar) {
                // one person holding two PSKS types is invited once
                if ((b.jenisSingkatan().equals("TKSK") || r.nextInt(4) == 0) && orang.add(b.pendudukId())) {
                    peserta.add(new PesertaRapat(b.id(), null, b.nama(), b.jenisSingkatan(), Unsur.PSKS, b.desaNama(), b.jk(), b.telepon(),
                            r.nextInt(10) < 9 ? Kehadiran.HADIR : Kehadiran.IZIN));
                }
            }
            peserta.add(new PesertaRapat(null, null, "dr. " + Nama.orang(r, true), "Kepala Puskesmas", Unsur.INSTANSI, "Puskesmas",
                    JenisKelamin.P, null, Kehadiran.HADIR));
            List<TindakLanjut> tl = new ArrayList<>();
            for (int j = 0; j < 1 + r.nextInt(2); j++) {
                String[] t = TINDAK_LANJUT[(i + j) % TINDAK_LANJUT.length];
                tl.add(new TindakLanjut(null, t[0], t[1], tgl.plusDays(30), StatusTindakLanjut.BELUM, null));
            }
            LocalTime mulai = LocalTime.of(8 + r.nextInt(2), r.nextBoolean() ? 0 : 30);
            Rapat rp = new Rapat(null, (i % 3 == 2 ? "Rapat Koordinasi Triwulan" : "Rapat Koordinasi") + " Bidang Kesejahteraan Sosial Kecamatan "
                    + profil.kecamatan().nama(), i % 3 == 2 ? JenisRapat.RAKOR_TRIWULAN : JenisRapat.RAKOR_BULANAN, tgl, mulai,
                    mulai.plusHours(2).plusMinutes(15 * r.nextInt(4)), "Aula Kantor Kecamatan " + profil.kecamatan().nama(), camat, kasie,
                    "Rapat dibuka oleh Camat " + profil.kecamatan().nama() + " dengan ucapan terima kasih atas kehadiran peserta dan "
                            + "penegasan pentingnya data kesejahteraan sosial yang akurat.",
                    "1. Data PMKS dan PSKS per desa diperbarui sebelum rekap dikirim ke Dinas Sosial.\n"
                            + "2. Tindak lanjut dilaporkan pada rapat berikutnya.",
                    "Rapat ditutup oleh pimpinan rapat dengan doa.", agenda, peserta, tl, null, 0);
            Rapat tersimpan = terakhir ? rapat.simpan(rp) : rapat.finalkan(rp);
            n++;
            // earlier follow-ups have moved on: done, in progress, or still waiting (then past their deadline)
            for (TindakLanjutTerbuka t : rapat.tindakLanjutTerbuka(tersimpan.id())) {
                int x = r.nextInt(3);
                if (x < 2) {
                    rapat.ubahTindakLanjut(t.tindakLanjut().id(), x == 0 ? StatusTindakLanjut.SELESAI : StatusTindakLanjut.PROSES,
                            x == 0 ? "Selesai dilaporkan pada rapat " + id.kesos.core.penduduk.Tanggal.format(tgl) : "Sebagian desa sudah menyerahkan");
                }
            }
        }
        return n;
    }

    private List<PerangkatDesa> perangkat(List<Wilayah> desa, SplittableRandom r) {
        List<PerangkatDesa> out = new ArrayList<>();
        for (Wilayah w : desa) {
            boolean kelurahan = w.tingkat() == id.kesos.core.wilayah.Tingkat.KELURAHAN;
            for (JabatanDesa j : List.of(kelurahan ? JabatanDesa.LURAH : JabatanDesa.KEPALA_DESA, JabatanDesa.SEKRETARIS_DESA,
                    JabatanDesa.OPERATOR_DESA)) {
                boolean p = r.nextInt(100) < (j == JabatanDesa.OPERATOR_DESA ? 50 : 20);
                out.add(rapat.simpanPerangkat(new PerangkatDesa(null, w.kode(), j, Nama.orang(r, p), p ? JenisKelamin.P : JenisKelamin.L,
                        "08" + (1300000000L + r.nextLong(99999999L)), true, 0)));
            }
        }
        return out;
    }
}
