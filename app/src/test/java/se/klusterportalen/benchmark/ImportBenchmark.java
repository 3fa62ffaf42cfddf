package se.klusterportalen.benchmark;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterDraft;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.ImportKind;
import se.klusterportalen.funding.FundingImportResult;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.StandardStream;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * How long the imports take and how much they allocate, against the real PostgreSQL, with files at the size
 * limit. Not part of the test suite (the name does not end in Test); run it with
 * {@code ./mvnw -pl app -am test -Dtest='*Benchmark' -Dsurefire.failIfNoSpecifiedTests=false}. It writes
 * {@code docs/benchmarks/imports.md}.
 */
@IntegrationTest
class ImportBenchmark {

    private static final int CLUSTERS = 280;
    private static final int RUNS = 5;
    private static final Path REPORT = Path.of("../docs/benchmarks/imports.md");

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;
    @Autowired FundingService funding;

    private final List<String> rows = new ArrayList<>();


    /** One measured operation: the median of its runs and what one run allocates on the calling thread. */
    private <T> T measure(String operation, int fileRows, int runs, Supplier<T> work) {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] millis = new long[runs];
        long allocated = 0;
        T result = null;
        for (int run = 0; run < runs; run++) {
            long bytesBefore = bean.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            result = work.get();
            millis[run] = (System.nanoTime() - started) / 1_000_000;
            allocated = bean.getCurrentThreadAllocatedBytes() - bytesBefore;
        }
        Arrays.sort(millis);
        rows.add("| %s | %s | %d | %s | %s | %s |".formatted(operation, spaced(fileRows), runs,
                spaced(millis[runs / 2]), spaced(millis[runs - 1]), spaced(allocated / (1024 * 1024))));
        return result;
    }

    /** 12 345 as Swedish tables write it. */
    private static String spaced(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', ' ');
    }

    @Test
    void importsAtTheirSizeLimit() throws IOException {
        login.as(SKANE_OFFICER);

        var clusterFile = new StringBuilder("Namn;Bransch/tema;Årsarbetskrafter ledning;Grundat år\n");
        for (int i = 0; i < 10_000; i++) {
            clusterFile.append("Benchmarkkluster ").append(i).append(";Test;1,5;2010\n");
        }
        byte[] clusterBytes = clusterFile.toString().getBytes(StandardCharsets.UTF_8);
        var clusterPreview = measure("Kluster: förhandsgranskning, 10 000 nya kluster", 10_000, RUNS,
                () -> clusters.previewImport(ImportKind.CLUSTERS, "kluster.csv", clusterBytes));
        assertThat(clusterPreview.problems()).isEmpty();

        List<ClusterId> ids = new ArrayList<>();
        for (int i = 0; i < CLUSTERS; i++) {
            var draft = new ClusterDraft();
            draft.setName("Finansieringskluster " + i);
            draft.setStatus(ClusterStatus.ACTIVE);
            ids.add(clusters.create(draft));
        }
        var programme = programmes.create("Benchmarkprogram 2017–2021", 2017, 2021, ids);
        int fundingRows = CLUSTERS * StandardStream.values().length * 5;
        byte[] fundingBytes = fundingFile(0);
        FundingImportResult preview = measure("Finansiering: förhandsgranskning, tomma planer", fundingRows, RUNS,
                () -> funding.previewImport(programme.id(), "belopp.csv", fundingBytes));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changedClusters()).isEqualTo(CLUSTERS);
        measure("Finansiering: import, " + CLUSTERS + " nya planer", fundingRows, 1,
                () -> funding.applyImport(programme.id(), "belopp.csv", fundingBytes, preview));

        byte[] changedBytes = fundingFile(1);
        FundingImportResult changedPreview = measure("Finansiering: förhandsgranskning, alla belopp ändras",
                fundingRows, RUNS, () -> funding.previewImport(programme.id(), "belopp.csv", changedBytes));
        measure("Finansiering: import, " + CLUSTERS + " planer ändras", fundingRows, 1,
                () -> funding.applyImport(programme.id(), "belopp.csv", changedBytes, changedPreview));
        byte[] template = measure("Finansiering: mall med programmets belopp (.xlsx)", fundingRows, RUNS,
                () -> funding.importTemplate(programme.id()));
        var unchanged = measure("Finansiering: förhandsgranskning av mallen (.xlsx)", fundingRows, RUNS,
                () -> funding.previewImport(programme.id(), "mall.xlsx", template));
        assertThat(unchanged.changedRows()).isZero();

        write();
    }

    private byte[] fundingFile(int extra) {
        var file = new StringBuilder("Kluster;Finansieringskälla;År;Planerat;Utfall\n");
        for (int i = 0; i < CLUSTERS; i++) {
            for (StandardStream stream : StandardStream.values()) {
                for (int year = 2017; year <= 2021; year++) {
                    file.append("Finansieringskluster ").append(i).append(';').append(stream.swedishName()).append(';')
                            .append(year).append(';').append(100_000 + 1_000 * i + extra).append(';')
                            .append(year <= 2019 ? String.valueOf(95_000 + 1_000 * i) : "").append('\n');
                }
            }
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write() throws IOException {
        var runtime = Runtime.getRuntime();
        var lines = new ArrayList<String>();
        lines.add("# Imports at their size limit");
        lines.add("");
        lines.add("Written by `ImportBenchmark` (app tests; run with `./mvnw -pl app -am test -Dtest='*Benchmark'"
                + " -Dsurefire.failIfNoSpecifiedTests=false`). Real PostgreSQL 17 (embedded), signed in as a programme"
                + " officer, everything through the public services as the views call them.");
        lines.add("");
        lines.add("Machine: %d processors, Java %s, max heap %d MB.".formatted(runtime.availableProcessors(),
                System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024)));
        lines.add("");
        lines.add("| operation | rows in the file | runs | median ms | slowest ms | allocated MB per run |");
        lines.add("|---|---:|---:|---:|---:|---:|");
        lines.addAll(rows);
        lines.add("");
        lines.add("A preview reads and checks the whole file and saves nothing; an import reads it again, checks the"
                + " plans' versions against the preview and saves every plan in one transaction (Envers audit rows"
                + " included). The first run of each operation includes JIT warm-up; the median hides it.");
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, lines);
    }
}
