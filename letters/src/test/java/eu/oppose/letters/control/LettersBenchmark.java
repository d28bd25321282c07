package eu.oppose.letters.control;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import jakarta.json.JsonObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Letters per second on one thread, warmed up: the full PDF/A-2a + PDF/UA-1 letter, validation included, beside a
 * plain iText document of the same text (iText's layout engine, the same embedded font, neither tagged nor PDF/A).
 * Run with {@code bench/letters.sh}; the sizes of both PDFs are printed once at setup. Each iteration also prints
 * its rate per second of the thread's CPU time, which other processes on a shared machine disturb far less.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Threads(1)
public class LettersBenchmark {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Letters letters;
    private JsonObject request;
    private String text;
    private Fonts fonts;
    private long cpuAtStart;
    private long calls;

    @Setup
    public void setUp() {
        letters = new Letters(Samples.CLOCK);
        request = Samples.thirdPartyData("en");
        text = new String(letters.text(request).content(), StandardCharsets.UTF_8);
        fonts = new Fonts();
        System.out.printf("%nPDF size: full letter %d bytes (%d pages), plain document %d bytes%n",
                fullLetter().length, PdfChecks.pages(fullLetter()), plainDocument().length);
    }

    @Setup(Level.Iteration)
    public void startCpuClock() {
        calls = 0;
        cpuAtStart = threads.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void reportCpuRate() {
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        System.out.printf("(%.0f ops per CPU second) ", calls / cpuSeconds);
    }

    @Benchmark
    public byte[] fullLetter() {
        calls++;
        return letters.pdf(request).content();
    }

    @Benchmark
    public byte[] plainDocument() {
        calls++;
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4)) {
            document.setFont(fonts.regular.newPdfFont()).setFontSize(10);
            for (String paragraph : text.split("\n\n")) {
                document.add(new Paragraph(paragraph));
            }
        }
        return out.toByteArray();
    }
}
