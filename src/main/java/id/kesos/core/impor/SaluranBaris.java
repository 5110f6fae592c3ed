package id.kesos.core.impor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads a sheet on a thread of its own while the caller's thread decides the rows: parsing the file and
 * judging its rows each take about half of a preview, and an office PC has at least two cores. The rows
 * reach the consumer in the file's order, in small bundles through a short queue (memory stays bounded by
 * a few thousand rows, whatever the file's size). A failure on either side stops both: the reader's
 * exception is thrown on the caller's thread, and a consumer that throws (Batal, a file too large) stops
 * the reading; the reader has closed the file before this returns or throws.
 */
final class SaluranBaris {
    /** Rows per bundle handed across: enough to make the hand-over cheap, few enough to start at once. */
    static final int BERKAS = 256;
    private static final int ANTREAN = 8;
    private static final List<BarisMentah> SELESAI = List.of();

    private final BlockingQueue<List<BarisMentah>> antrean = new ArrayBlockingQueue<>(ANTREAN);
    private volatile boolean berhenti;
    /** What stopped the reader (a damaged file, memory), thrown on the caller's thread. */
    private volatile Throwable galatBaca;

    private SaluranBaris() {
    }

    /** Hands every row of {@code lembar} to {@code tiap} on this thread, in order, read by another. */
    static void baca(PembacaTabel r, String lembar, Consumer<BarisMentah> tiap) {
        new SaluranBaris().jalankan(r, lembar, tiap);
    }

    private void jalankan(PembacaTabel r, String lembar, Consumer<BarisMentah> tiap) {
        Thread pembaca = Thread.ofPlatform().daemon().name("kesos-baca-berkas").start(() -> baca(r, lembar));
        try {
            while (true) {
                List<BarisMentah> b = antrean.take();
                if (b == SELESAI) {
                    break;
                }
                for (BarisMentah baris : b) {
                    tiap.accept(baris);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            berhenti = true;
            tunggu(pembaca);
            throw new CancellationException();
        } catch (RuntimeException | Error e) {
            berhenti = true;
            tunggu(pembaca);
            throw e;
        }
        tunggu(pembaca);
        switch (galatBaca) {
            case null -> { }
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(galatBaca);
        }
    }

    private void baca(PembacaTabel r, String lembar) {
        var kumpulan = new Object() {
            List<BarisMentah> baris = new ArrayList<>(BERKAS);
        };
        try {
            r.baca(lembar, b -> {
                kumpulan.baris.add(b);
                if (kumpulan.baris.size() == BERKAS) {
                    serahkan(kumpulan.baris);
                    kumpulan.baris = new ArrayList<>(BERKAS);
                }
            });
            if (!kumpulan.baris.isEmpty()) {
                serahkan(kumpulan.baris);
            }
        } catch (PembacaTabel.Berhenti e) {
            // the consumer stopped: it throws its own reason
        } catch (RuntimeException | Error e) {
            galatBaca = e;
        } finally {
            serahkanAkhir();
        }
    }

    /** Waits for room in the queue, giving up (and stopping the reader) once the consumer has stopped. */
    private void serahkan(List<BarisMentah> b) {
        try {
            while (!antrean.offer(b, 50, TimeUnit.MILLISECONDS)) {
                if (berhenti) {
                    throw new PembacaTabel.Berhenti();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PembacaTabel.Berhenti();
        }
        if (berhenti) {
            throw new PembacaTabel.Berhenti();
        }
    }

    /** The end mark, after the rows or after a failure; dropped when the consumer has stopped waiting. */
    private void serahkanAkhir() {
        try {
            while (!berhenti && !antrean.offer(SELESAI, 50, TimeUnit.MILLISECONDS)) {
                // the consumer is still working through the bundles before it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void tunggu(Thread pembaca) {
        boolean disela = false;
        while (true) {
            try {
                pembaca.join();
                break;
            } catch (InterruptedException e) {
                disela = true;
            }
        }
        if (disela) {
            Thread.currentThread().interrupt();
        }
    }
}
