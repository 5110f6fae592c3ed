package id.kesos.ui;

import id.kesos.UjiKantor;
import static id.kesos.ui.PmksUiTest.pilih;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.psks.BarisPsks;
import id.kesos.core.psks.Diklat;
import id.kesos.core.psks.FilterPsks;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.psks.Klasifikasi;
import id.kesos.core.psks.Legalitas;
import id.kesos.core.psks.Pendampingan;
import id.kesos.core.psks.Pendidikan;
import id.kesos.core.psks.Psks;
import id.kesos.core.psks.RingkasPsks;
import id.kesos.core.wilayah.Wilayah;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The PSKS page driven as a user: one test per form (person, family, institution, business), deactivation, pilar lain. */
class PsksUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
    }

    /** Opens the PSKS page and a new record of type {@code kode}. */
    void baru(String kode) throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-psks");
        tunggu(() -> teks("#psks-ringkasan").endsWith("."));
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        tunggu(() -> lookup("#psks-jenis").tryQuery().isPresent());
        interact(() -> pilih(lookup("#psks-jenis").queryAs(ComboBox.class), (JenisPsks j) -> j.kode().equals(kode)));
    }

    /** On screen: the node and every parent visible. */
    boolean tampak(String query) {
        for (javafx.scene.Node n = lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    List<BarisPsks> semua() {
        return layanan.psks().cari(FilterPsks.SEMUA).baris();
    }

    @Test
    void aPersonWithTrainingIsSavedThenDeactivatedWithAReason() throws Exception {
        baru("PSKS-02");
        clickOn("#psks-orang-nik").write("3604341513900002").type(KeyCode.TAB);
        tungguTeks("#galat-psks-orang-nik", t -> t.contains("bulan"));
        interact(() -> lookup("#psks-orang-nik").queryTextInputControl().clear());
        clickOn("#psks-orang-nik").write("3604346005900002").type(KeyCode.TAB);
        tungguTeks("#galat-psks-orang-nik", String::isEmpty);
        write("Euis Rahmawati");
        clickOn("#psks-orang-tanggal-lahir").write("20-05-1990");
        interact(() -> {
            pilih(lookup("#psks-orang-jk").queryAs(ComboBox.class), (JenisKelamin j) -> j == JenisKelamin.P);
            pilih(lookup("#psks-orang-desa").queryAs(ComboBox.class), (Wilayah w) -> w.nama().equals("Mander"));
            pilih(lookup("#psks-orang-pendidikan").queryAs(ComboBox.class), (Pendidikan p) -> p == Pendidikan.SLTA);
            pilih(lookup("#psks-orang-legalitas").queryAs(ComboBox.class), (Legalitas l) -> l == Legalitas.DASAR);
        });
        clickOn("#psks-orang-mulai-aktif").write("2015");
        clickOn("#psks-pendampingan-pkh");
        clickOn("#psks-diklat-nama-0").write("Diklat Dasar PSM");
        clickOn("#psks-diklat-penyelenggara-0").write("Dinas Sosial Kabupaten Serang");
        clickOn("#psks-diklat-tahun-0").write("2016");
        clickOn("#psks-diklat-tambah");
        tunggu(() -> lookup("#psks-diklat-nama-1").query().isFocused());
        write("Bimtek SIKS-NG");
        clickOn("#psks-diklat-tahun-1").write("dua ribu").type(KeyCode.TAB);
        tungguTeks("#galat-psks-diklat", t -> t.contains("harus berupa angka"));
        interact(() -> lookup("#psks-diklat-tahun-1").queryTextInputControl().setText("2022"));
        clickOn("#psks-orang-telepon").write("0812 3456 7890").type(KeyCode.ENTER); // Enter saves
        tungguTeks("#psks-pesan", t -> t.equals("Euis Rahmawati tersimpan."));

        Psks p = layanan.psks().psks(semua().getFirst().id()).orElseThrow();
        assertEquals("3604346005900002", p.orang().nik());
        assertEquals("36.04.34.2002", p.orang().desaKode());
        assertEquals(Set.of(Pendampingan.PKH), p.pendampingan());
        assertEquals(List.of(new Diklat("Diklat Dasar PSM", "Dinas Sosial Kabupaten Serang", 2016), new Diklat("Bimtek SIKS-NG", null, 2022)),
                p.diklat());

        // deactivate: the reason is required; the record stays, greyed, with date and reason
        clickOn("#psks-nonaktifkan");
        tunggu(() -> lookup("#psks-nonaktif-simpan").tryQuery().isPresent());
        clickOn("#psks-nonaktif-simpan");
        tungguTeks("#galat-psks-nonaktif", t -> t.contains("Alasan nonaktif wajib diisi"));
        clickOn("#psks-nonaktif-alasan").write("Pindah domisili");
        clickOn("#psks-nonaktif-simpan");
        tungguTeks("#psks-keterangan", t -> t.startsWith("Nonaktif sejak") && t.contains("Pindah domisili"));
        assertEquals("Aktifkan kembali", teks("#psks-nonaktifkan"));
        type(KeyCode.ESCAPE);
        TableView<BarisPsks> tabel = lookup("#psks-tabel").queryAs(TableView.class);
        tunggu(() -> tabel.getItems().size() == 1 && !tabel.getItems().getFirst().aktif());

        // the pillar is offered as petugas pendata in the PMKS form, under the name the PSKS register has now
        clickOn("#nav-pmks");
        tunggu(() -> lookup("#pmks-ringkasan").tryQuery().isPresent() && teks("#pmks-ringkasan").startsWith("0 data"));
        List<RingkasPsks> petugas = layanan.psks().pilihanOrang();
        assertEquals(List.of("Euis Rahmawati"), petugas.stream().map(RingkasPsks::nama).toList());
    }

    @Test
    void aFamilyNeedsAValidKk() throws Exception {
        baru("PSKS-07");
        tunggu(() -> tampak("#psks-keluarga-nama"));
        assertFalse(tampak("#psks-orang-nik"), "only the family form shows");
        clickOn("#psks-keluarga-nama").write("Endang Kusnadi");
        clickOn("#psks-keluarga-kk").write("36043412011500").type(KeyCode.TAB);
        tungguTeks("#galat-psks-keluarga-kk", t -> t.contains("16"));
        interact(() -> {
            lookup("#psks-keluarga-kk").queryTextInputControl().setText("3604341201150001");
            pilih(lookup("#psks-keluarga-desa").queryAs(ComboBox.class), (Wilayah w) -> w.nama().equals("Panamping"));
        });
        clickOn("#psks-keluarga-uraian").write("Mempelopori bank sampah RW 03");
        clickOn("#psks-simpan");
        tungguTeks("#psks-pesan", t -> t.equals("Endang Kusnadi tersimpan."));
        Psks p = layanan.psks().psks(semua().getFirst().id()).orElseThrow();
        assertEquals("3604341201150001", p.noKk());
        assertEquals("Mempelopori bank sampah RW 03", p.uraian());
        assertNull(p.orang());
    }

    @Test
    void anInstitutionAtKecamatanLevelAndASecondKarangTarunaWarning() throws Exception {
        layanan.psks().simpan(Psks.baru("PSKS-05").nama("Karang Taruna Tunas Muda").desaKode("36.04.34.2001").build(), true);
        baru("PSKS-05");
        tunggu(() -> tampak("#psks-lembaga-nama"));
        assertTrue(tampak("#psks-lembaga-klasifikasi"), "Karang Taruna has a classification");
        clickOn("#psks-lembaga-nama").write("Karang Taruna Harapan");
        clickOn("#psks-lembaga-ketua").write("Deden Permana");
        clickOn("#psks-lembaga-tahun-berdiri").write("1998");
        clickOn("#psks-lembaga-nomor-sk").write("SK Kades 400/12/2019");
        interact(() -> {
            pilih(lookup("#psks-lembaga-desa").queryAs(ComboBox.class), (Wilayah w) -> w.nama().equals("Bandung"));
            pilih(lookup("#psks-lembaga-klasifikasi").queryAs(ComboBox.class), (Klasifikasi k) -> k == Klasifikasi.MAJU);
        });
        clickOn("#psks-simpan");
        tungguTeks("#psks-peringatan", t -> t.contains("Karang Taruna Tunas Muda"));
        assertEquals(1, semua().size(), "nothing saved before the warning is accepted");
        // moved to kecamatan level instead: no warning any more
        interact(() -> lookup("#psks-lembaga-desa").queryAs(ComboBox.class).setValue(null));
        clickOn("#psks-simpan");
        tungguTeks("#psks-pesan", t -> t.equals("Karang Taruna Harapan tersimpan."));
        Psks p = layanan.psks().psks(semua().stream().filter(b -> b.nama().endsWith("Harapan")).findFirst().orElseThrow().id())
                .orElseThrow();
        assertNull(p.desaKode());
        assertEquals(Klasifikasi.MAJU, p.klasifikasi());
        assertEquals(Legalitas.TERDAFTAR, p.legalitas());
        assertEquals(1998, p.tahunBerdiri());

        // an LKS has no classification field
        type(KeyCode.ESCAPE);
        baru("PSKS-04");
        tunggu(() -> tampak("#psks-lembaga-nama"));
        assertFalse(tampak("#psks-lembaga-klasifikasi"));
    }

    @Test
    void aBusinessAndAPilarLainType() throws Exception {
        baru("PSKS-12");
        tunggu(() -> tampak("#psks-usaha-nama"));
        clickOn("#psks-simpan");
        tungguTeks("#galat-psks-usaha-nama", t -> t.equals("Nama badan usaha wajib diisi."));
        clickOn("#psks-usaha-nama").write("PT Sinar Pangan");
        clickOn("#psks-usaha-narahubung").write("Bapak Hendra");
        clickOn("#psks-usaha-dukungan").write("Paket sembako 200 KK");
        clickOn("#psks-simpan");
        tungguTeks("#psks-pesan", t -> t.equals("PT Sinar Pangan tersimpan."));
        assertEquals("Paket sembako 200 KK", layanan.psks().psks(semua().getFirst().id()).orElseThrow().dukungan());
        type(KeyCode.ESCAPE);

        clickOn("#psks-tambah-jenis");
        tunggu(() -> lookup("#jenis-psks-simpan").tryQuery().isPresent());
        clickOn("#jenis-psks-nama").write("Pendamping PKH");
        clickOn("#jenis-psks-simpan");
        tungguTeks("#galat-jenis-psks", t -> t.contains("Singkatan wajib diisi"));
        clickOn("#jenis-psks-singkatan").write("PPKH");
        clickOn("#jenis-psks-simpan");
        tunggu(() -> lookup("#jenis-psks-simpan").tryQuery().isEmpty());
        ComboBox<JenisPsks> filter = lookup("#psks-filter-jenis").queryAs(ComboBox.class);
        tunggu(() -> filter.getItems().stream().anyMatch(j -> j != null && j.kode().equals("PSKS-L01")));
        // search as you type finds the business
        clickOn("#psks-cari").write("sinar");
        TableView<BarisPsks> tabel = lookup("#psks-tabel").queryAs(TableView.class);
        tunggu(() -> tabel.getItems().size() == 1);
        clickOn("#psks-cari").eraseText(5).write("zzz");
        tunggu(() -> tabel.getItems().isEmpty());
    }

    @Test
    void aPillarChosenAsPetugasPendataFollowsEditsOfThePsksRecord() throws Exception {
        Psks psm = layanan.psks().simpan(Psks.baru("PSKS-02").orang(new id.kesos.core.penduduk.Penduduk(null, "3604346005900002", null,
                "Euis Rahmawati", null, java.time.LocalDate.of(1990, 5, 20), JenisKelamin.P, null, null, null, null, "36.04.34.2001", null,
                null, null, null, 0)).build(), true).psks();
        tunggu(() -> utamaSiap);
        clickOn("#nav-pmks");
        tunggu(() -> teks("#pmks-ringkasan").startsWith("0 data"));
        clickOn("#pmks-tambah");
        tunggu(() -> lookup("#penduduk-nik").tryQuery().isPresent());
        clickOn("#penduduk-nama").write("Ujang");
        clickOn("#penduduk-tanggal-lahir").write("01-01-1950");
        interact(() -> {
            pilih(lookup("#penduduk-jk").queryAs(ComboBox.class), (JenisKelamin j) -> j == JenisKelamin.L);
            pilih(lookup("#penduduk-desa").queryAs(ComboBox.class), (Wilayah w) -> w.nama().equals("Bandung"));
            pilih(lookup("#entri-jenis").queryAs(ComboBox.class), (id.kesos.core.pmks.JenisPmks j) -> j.kode().equals("PMKS-08"));
            pilih(lookup("#entri-petugas-psks").queryAs(ComboBox.class), (RingkasPsks r) -> r.id() == psm.id());
        });
        assertTrue(lookup("#entri-petugas").query().isDisabled(), "the free-text officer is not used when a pillar is chosen");
        clickOn("#penduduk-simpan");
        tungguTeks("#penduduk-pesan", t -> t.equals("Ujang ditambahkan ke register."));
        long entri = layanan.pmks().cari(id.kesos.core.pmks.FilterPmks.SEMUA, id.kesos.core.pmks.Urutan.NAMA, true, 0, 1).baris()
                .getFirst().entriId();
        assertEquals(psm.id(), layanan.pmks().entri(entri).orElseThrow().petugasPsksId());
        type(KeyCode.ESCAPE);

        // the pillar's name is corrected in the PSKS register ...
        clickOn("#nav-psks");
        TableView<BarisPsks> tabel = lookup("#psks-tabel").queryAs(TableView.class);
        tunggu(() -> tabel.getItems().size() == 1);
        interact(() -> {
            tabel.requestFocus();
            tabel.getSelectionModel().selectFirst();
        });
        type(KeyCode.ENTER);
        tunggu(() -> lookup("#psks-orang-nama").tryQuery().isPresent() && teks("#psks-judul").equals("Euis Rahmawati"));
        interact(() -> lookup("#psks-orang-nama").queryTextInputControl().setText("Euis Rahmawati Dewi"));
        clickOn("#psks-simpan");
        tungguTeks("#psks-pesan", t -> t.equals("Perubahan Euis Rahmawati Dewi tersimpan."));
        type(KeyCode.ESCAPE);

        // ... and the PMKS entry shows the new name
        clickOn("#nav-pmks");
        clickOn("#pmks-muat-ulang");
        TableView<id.kesos.core.pmks.BarisPmks> pmks = lookup("#pmks-tabel").queryAs(TableView.class);
        tunggu(() -> pmks.getItems().size() == 1 && !lookup("#pmks-halaman").query().lookup(".progress-indicator").isVisible());
        interact(() -> {
            pmks.requestFocus();
            pmks.getSelectionModel().selectFirst();
        });
        type(KeyCode.ENTER);
        tungguTeks("#entri-status-" + entri, t -> t.contains("pendata: Euis Rahmawati Dewi (PSM, Bandung)"));
    }
}
