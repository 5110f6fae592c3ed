package id.kesos.ui.cetak;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The screen's side of a document that core builds as a PDF: its pages as images for the preview,
 * and printing through the system's print dialog (AWT, which core does not touch). Both run on a
 * background thread; the print dialog is the system's own window.
 */
public final class CetakPdf {
    private CetakPdf() {
    }

    /** The pages as images at {@code dpi}: the in-app preview. */
    public static List<BufferedImage> gambar(Supplier<PDDocument> dokumen, float dpi) {
        try (PDDocument doc = dokumen.get()) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(renderer.renderImageWithDPI(i, dpi));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the system's print dialog and prints (vector, at the printer's resolution); false when the user cancelled. */
    public static boolean cetak(Supplier<PDDocument> dokumen, String judul) {
        try (PDDocument doc = dokumen.get()) {
            java.awt.print.PrinterJob job = java.awt.print.PrinterJob.getPrinterJob();
            job.setJobName(judul);
            job.setPageable(new org.apache.pdfbox.printing.PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.awt.print.PrinterException | java.awt.HeadlessException e) {
            throw new KesosException(Messages.get("rapat.gagalCetak", e.getMessage()), e);
        }
    }
}
