package id.kesos.core.impor;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.eventusermodel.dummyrecord.MissingCellDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * An .xls (Excel 97-2003) read with POI's HSSF event API: records stream past, rows are built from
 * them, nothing is held but the shared strings. Also recognises what only looks like one: an
 * encrypted .xlsx (an OLE2 container with "EncryptionInfo") is refused as password-protected.
 */
final class PembacaXls implements PembacaTabel {
    private final Path berkas;
    private final List<String> lembar;

    private PembacaXls(Path berkas, List<String> lembar) {
        this.berkas = berkas;
        this.lembar = lembar;
    }

    static PembacaXls buka(Path berkas) {
        PembacaXls awal = new PembacaXls(berkas, List.of());
        List<String> nama = new ArrayList<>();
        awal.proses(r -> {
            if (r instanceof BoundSheetRecord b) {
                nama.add(b.getSheetname());
            }
        }, null);
        return new PembacaXls(berkas, List.copyOf(nama));
    }

    @Override
    public List<String> lembar() {
        return lembar;
    }

    /** Runs the file's records through {@code dengar}; with {@code format} set, through its format tracking too. */
    private void proses(HSSFListener dengar, java.util.function.Function<HSSFListener, HSSFListener> bungkus) {
        try (POIFSFileSystem fs = new POIFSFileSystem(berkas.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new KesosException(Messages.get("impor.bersandi", berkas.getFileName()));
            }
            String entri = fs.getRoot().hasEntry("Workbook") ? "Workbook" : fs.getRoot().hasEntry("Book") ? "Book" : null;
            if (entri == null) {
                throw new KesosException(Messages.get("impor.bukanTabel", berkas.getFileName()));
            }
            HSSFRequest req = new HSSFRequest();
            req.addListenerForAllRecords(bungkus == null ? dengar : bungkus.apply(dengar));
            try (InputStream in = fs.createDocumentInputStream(entri)) {
                new HSSFEventFactory().processEvents(req, in);
            }
        } catch (EncryptedDocumentException e) {
            throw new KesosException(Messages.get("impor.bersandi", berkas.getFileName()), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof KesosException k) {
                throw k;
            }
            if (e instanceof PembacaTabel.Berhenti b) {
                throw b;
            }
            throw new KesosException(Messages.get("impor.rusak", berkas.getFileName()), e);
        }
    }

    @Override
    public void baca(String nama, Consumer<BarisMentah> tiap) {
        int indeks = lembar.indexOf(nama);
        if (indeks < 0) {
            throw new KesosException(Messages.get("impor.lembarTidakAda", nama, String.join(", ", lembar)));
        }
        Pengumpul p = new Pengumpul(indeks, tiap);
        proses(p, d -> {
            // missing cells and rows are reported as dummy records; formats tracked for the text Excel shows
            MissingRecordAwareHSSFListener m = new MissingRecordAwareHSSFListener(d);
            p.format = new FormatTrackingHSSFListener(m, java.util.Locale.ROOT);
            return p.format;
        });
        p.selesai();
    }

    /** Builds the rows of one sheet from the record stream. */
    private static final class Pengumpul implements HSSFListener {
        private final int indeks;
        private final Consumer<BarisMentah> tiap;
        FormatTrackingHSSFListener format;
        private SSTRecord sst;
        private int lembarKini = -1;
        private List<Sel> sel = new ArrayList<>();
        private int baris = -1;
        private int berikut = 0;
        private boolean menungguTeksRumus;
        private int kolomRumus;

        Pengumpul(int indeks, Consumer<BarisMentah> tiap) {
            this.indeks = indeks;
            this.tiap = tiap;
        }

        private boolean aktif() {
            return lembarKini == indeks;
        }

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record r) {
            if (r instanceof BOFRecord b && b.getType() == BOFRecord.TYPE_WORKSHEET) {
                lembarKini++;
                return;
            }
            if (r instanceof SSTRecord s) {
                sst = s;
                return;
            }
            if (!aktif()) {
                return;
            }
            if (r instanceof LastCellOfRowDummyRecord l) {
                mulaiBaris(l.getRow());
                tutupBaris();
                return;
            }
            if (r instanceof StringRecord s && menungguTeksRumus) {
                taruh(baris, kolomRumus, Sel.teks(s.getString()));
                menungguTeksRumus = false;
                return;
            }
            if (!(r instanceof CellValueRecordInterface c) || r instanceof MissingCellDummyRecord) {
                return;
            }
            mulaiBaris(c.getRow());
            Sel isi = switch (r) {
                case LabelSSTRecord l -> Sel.teks(sst == null ? "" : sst.getString(l.getSSTIndex()).getString());
                case LabelRecord l -> Sel.teks(l.getValue());
                case NumberRecord n -> angka(n.getValue(), format.formatNumberDateCell(n), format.getFormatIndex(n), format.getFormatString(n));
                case FormulaRecord f -> {
                    if (f.hasCachedResultString()) {
                        menungguTeksRumus = true;
                        kolomRumus = f.getColumn();
                        yield Sel.KOSONG;
                    }
                    yield angka(f.getValue(), format.formatNumberDateCell(f), format.getFormatIndex(f), format.getFormatString(f));
                }
                case BoolErrRecord b -> Sel.teks(b.isBoolean() ? String.valueOf(b.getBooleanValue()).toUpperCase(java.util.Locale.ROOT) : "");
                default -> Sel.KOSONG;
            };
            taruh(c.getRow(), c.getColumn(), isi);
        }

        private static Sel angka(double v, String teks, int formatIndex, String formatString) {
            LocalDate t = DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(v)
                    ? DateUtil.getLocalDateTime(v).toLocalDate() : null;
            return new Sel(teks, v, t);
        }

        private void mulaiBaris(int row) {
            if (row == baris) {
                return;
            }
            if (baris >= 0) {
                tutupBaris();
            }
            while (berikut < row) {
                tiap.accept(new BarisMentah(++berikut, List.of()));
            }
            baris = row;
            sel = new ArrayList<>();
        }

        private void taruh(int row, int kolom, Sel isi) {
            if (row != baris || kolom >= PembacaXlsx.KOLOM_MAKS) {
                return;
            }
            while (sel.size() < kolom) {
                sel.add(Sel.KOSONG);
            }
            if (sel.size() == kolom) {
                sel.add(isi);
            } else {
                sel.set(kolom, isi);
            }
        }

        private void tutupBaris() {
            if (baris >= 0 && berikut <= baris) {
                tiap.accept(new BarisMentah(baris + 1, sel));
                berikut = baris + 1;
            }
        }

        void selesai() {
            tutupBaris();
        }
    }
}
