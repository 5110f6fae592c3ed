package id.kesos.core.impor;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A text list: comma-, semicolon- or tab-separated, in UTF-8 (with or without BOM) or, when it is not
 * valid UTF-8, Windows-1252 (what Excel on an Indonesian Windows writes as "CSV"). The separator is
 * the one that splits the first lines most consistently. Read as a stream with Commons CSV.
 */
final class PembacaCsv implements PembacaTabel {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path berkas;
    private final Charset charset;
    private final boolean bom;
    private final char pemisah;

    private PembacaCsv(Path berkas, Charset charset, boolean bom, char pemisah) {
        this.berkas = berkas;
        this.charset = charset;
        this.bom = bom;
        this.pemisah = pemisah;
    }

    static PembacaCsv buka(Path berkas) {
        try {
            boolean bom;
            try (InputStream in = Files.newInputStream(berkas)) {
                byte[] b = in.readNBytes(3);
                bom = b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
            }
            Charset cs = bom || utf8(berkas) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            List<String> awal = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(pembaca(berkas, cs, bom))) {
                String l;
                while (awal.size() < 30 && (l = r.readLine()) != null) {
                    awal.add(l);
                }
            }
            if (awal.stream().anyMatch(l -> l.indexOf('\0') >= 0)) {
                throw new KesosException(Messages.get("impor.bukanTabel", berkas.getFileName()));
            }
            return new PembacaCsv(berkas, cs, bom, pemisah(awal));
        } catch (IOException e) {
            throw new KesosException(Messages.get("impor.tidakTerbaca", berkas.getFileName(), e.getMessage()), e);
        }
    }

    /** Whether the whole file decodes as UTF-8 (read in chunks: a large file is not held in memory). */
    private static boolean utf8(Path berkas) throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(berkas)) {
            ByteBuffer masuk = ByteBuffer.allocate(64 * 1024);
            CharBuffer keluar = CharBuffer.allocate(64 * 1024);
            byte[] buf = new byte[32 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                masuk.put(buf, 0, n).flip();
                if (d.decode(masuk, keluar, false).isError()) {
                    return false;
                }
                masuk.compact();
                keluar.clear();
            }
            masuk.flip();
            return !d.decode(masuk, keluar, true).isError() && !d.flush(keluar).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Reader pembaca(Path berkas, Charset cs, boolean bom) throws IOException {
        InputStream in = Files.newInputStream(berkas);
        if (bom) {
            in.skipNBytes(3);
        }
        return new java.io.InputStreamReader(in, cs);
    }

    /** The separator that gives the first lines the same, largest number of fields. */
    static char pemisah(List<String> awal) {
        char terbaik = ',';
        int skorTerbaik = -1;
        for (char c : new char[] {';', ',', '\t'}) {
            // lines of a kop or title have no separator; count the lines that do, weighted by how many fields they make
            int skor = 0;
            for (String l : awal) {
                long n = l.chars().filter(x -> x == c).count();
                if (n > 0) {
                    skor += (int) Math.min(n, 60);
                }
            }
            if (skor > skorTerbaik) {
                skorTerbaik = skor;
                terbaik = c;
            }
        }
        return terbaik;
    }

    Charset charset() {
        return charset;
    }

    char pemisah() {
        return pemisah;
    }

    @Override
    public List<String> lembar() {
        return List.of(berkas.getFileName().toString());
    }

    @Override
    public void baca(String lembar, Consumer<BarisMentah> tiap) {
        CSVFormat f = CSVFormat.DEFAULT.builder().setDelimiter(pemisah).setIgnoreEmptyLines(false).setTrim(false).get();
        try (Reader r = pembaca(berkas, charset, bom); CSVParser p = CSVParser.builder().setReader(r).setFormat(f).get()) {
            int nomor = 0;
            for (CSVRecord rec : p) {
                nomor++;
                List<Sel> sel = new ArrayList<>(Math.min(rec.size(), PembacaXlsx.KOLOM_MAKS));
                for (int i = 0; i < rec.size() && i < PembacaXlsx.KOLOM_MAKS; i++) {
                    sel.add(Sel.teks(rec.get(i)));
                }
                tiap.accept(new BarisMentah(nomor, sel));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new KesosException(Messages.get("impor.tidakTerbaca", berkas.getFileName(), e.getMessage()), e);
        }
    }
}
