package se.klusterportalen.report;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import se.klusterportalen.assessment.Dimension;
import se.klusterportalen.assessment.DimensionPhase;
import se.klusterportalen.assessment.LocalizedText;
import se.klusterportalen.assessment.MatrixRow;
import se.klusterportalen.assessment.Phase;
import se.klusterportalen.assessment.PhaseDistribution;
import se.klusterportalen.assessment.PhaseEvaluation;
import se.klusterportalen.assessment.PhaseModel;
import se.klusterportalen.assessment.PortfolioMatrix;
import se.klusterportalen.assessment.RoundId;
import se.klusterportalen.assessment.RoundSummary;
import se.klusterportalen.assessment.TieBreak;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.cluster.County;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingAmountValue;
import se.klusterportalen.funding.FundingStreamSummary;
import se.klusterportalen.funding.ProgrammeFunding;
import se.klusterportalen.funding.StandardStream;
import se.klusterportalen.label.LabelId;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelRecord;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeSummary;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the region report of a 300-cluster region takes to lay out and render as PDF (template + openhtmltopdf,
 * the part that grows with the portfolio; the data is built in memory, so reading it from PostgreSQL is not in the
 * figure). Not part of the suite (the name does not end in Test); run it with
 * {@code ./mvnw -pl app test -Dtest='RegionReportBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}. It writes
 * its figures to {@code target/region-report-render-figures.md} (copy them into {@code docs/benchmarks/reports.md}
 * with the machine's load) and a JFR profile of the timed runs to {@code target/region-report-render.jfr}.
 */
class RegionReportBenchmark {

    private static final int CLUSTERS = 300;
    private static final int RUNS = 5;
    private static final Path REPORT = Path.of("target", "region-report-render-figures.md");
    private static final List<Integer> YEARS = List.of(2022, 2023, 2024, 2025, 2026);

    @Test
    void regionReportOf300Clusters() throws IOException {
        RegionReport report = report();
        var texts = new ReportTexts(Locale.of("sv", "SE"));
        PdfRenderer.render(ReportHtml.region(report, texts)); // warm-up: fonts, classes
        long[] millis = new long[RUNS];
        byte[] pdf = new byte[0];
        var memory = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = memory.getCurrentThreadAllocatedBytes();
        try (var recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            recording.start();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                pdf = PdfRenderer.render(ReportHtml.region(report, texts));
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            recording.stop();
            recording.dump(Path.of("target", "region-report-render.jfr"));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        long allocatedPerRun = (memory.getCurrentThreadAllocatedBytes() - allocatedBefore) / RUNS / (1024 * 1024);
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", "region-benchmark.pdf"), pdf);
        int pages;
        try (var document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        Arrays.sort(millis);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        assertThat(pages).isGreaterThan(5);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, """
                # Region report as PDF, 300 clusters

                `RegionReportBenchmark` (app, run by hand): the region report of a region with %d clusters (portfolio
                table, phase matrix of every cluster, 5 funding years with 300 plans of 7 streams, labels) laid out from
                data in memory and rendered by openhtmltopdf with the embedded font, tagged (PDF/UA), %d runs after one
                warm-up, on this project's 2-core machine shared with other builds.

                | figure | value |
                |---|---|
                | pages | %d |
                | PDF size | %d kB |
                | median time | %d ms |
                | fastest / slowest | %d ms / %d ms |
                | allocated per report | %d MB |
                | machine load average during the run (2 cores) | %.1f |

                Reading the data from PostgreSQL (through each feature's service) is not in these figures.
                """.formatted(CLUSTERS, RUNS, pages, pdf.length / 1024, millis[RUNS / 2], millis[0], millis[RUNS - 1],
                allocatedPerRun, load));
    }

    private static RegionReport report() {
        var streams = Arrays.stream(StandardStream.values()).map(s -> new FundingStreamSummary(
                new se.klusterportalen.funding.FundingStreamId(UUID.randomUUID()), Optional.of(s), s.name(),
                s.kind(), s.base(), s.ordinal())).toList();
        var programmeId = new ProgrammeId(UUID.randomUUID());
        var rows = new ArrayList<RegionReport.Row>();
        var plans = new ArrayList<ClusterFundingPlan>();
        var matrixRows = new ArrayList<MatrixRow>();
        var ids = new HashSet<ClusterId>();
        for (int i = 0; i < CLUSTERS; i++) {
            var id = new ClusterId(UUID.randomUUID());
            ids.add(id);
            String name = "Klusterinitiativ " + (i + 1) + " för hållbar ökning av värdeskapande";
            var cluster = new ClusterSummary(id, name, "Bransch " + (i % 12), County.values()[i % 21],
                    i % 10 == 0 ? ClusterStatus.BEING_SET_UP : ClusterStatus.ACTIVE);
            var label = i % 3 == 0 ? Optional.of(new LabelRecord(new LabelId(UUID.randomUUID()), id,
                    LabelLevel.values()[i % 3], LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), Optional.empty(),
                    "ref", 0)) : Optional.<LabelRecord>empty();
            rows.add(new RegionReport.Row(cluster, Optional.of(20 + i % 200), label, Optional.of(1 + i % 4)));
            var amounts = new ArrayList<FundingAmountValue>();
            for (var stream : streams) {
                for (int year : YEARS) {
                    amounts.add(new FundingAmountValue(stream.id(), year, 100_000L + 1_000L * i,
                            year <= 2024 ? OptionalLong.of(99_000L + 1_000L * i) : OptionalLong.empty()));
                }
            }
            plans.add(new ClusterFundingPlan(programmeId, "Program", id, name, YEARS, streams, amounts,
                    Optional.empty(), 1, Optional.empty(), Optional.empty()));
            int index = i;
            var dimensions = List.of("A", "B", "C", "D", "E").stream().map(code -> new DimensionPhase(code,
                    1 + (code.charAt(0) + index) % 4, false, List.of(), List.of())).toList();
            matrixRows.add(new MatrixRow(id, name, "", new PhaseEvaluation(1, dimensions, 1 + i % 4, TieBreak.NONE,
                    List.of(1 + i % 4), BigDecimal.valueOf(2)), Map.of()));
        }
        var model = new PhaseModel(1, new LocalizedText("Fasmodell", "Phase model"),
                List.of(1, 2, 3, 4).stream().map(n -> new Phase(n, new LocalizedText("Fas " + n, "Phase " + n),
                        new LocalizedText("", ""))).toList(),
                List.of("A", "B", "C", "D", "E").stream().map(code -> new Dimension(code,
                        new LocalizedText("Dimension " + code, "Dimension " + code), List.of())).toList(),
                List.of(), List.of());
        var matrix = new PortfolioMatrix(new RoundSummary(new RoundId(UUID.randomUUID()), "2026", 1, Instant.EPOCH,
                CLUSTERS, CLUSTERS), model, matrixRows, Map.of("A", BigDecimal.valueOf(2)), Optional.of(BigDecimal.TWO),
                Map.of());
        var programme = new ProgrammeSummary(programmeId, "Program 2022–2026", 2022, 2026, ids, 0);
        var funding = new ProgrammeFunding(programmeId, "Program 2022–2026", YEARS, streams, plans, Map.of());
        return new RegionReport("Region Benchmark", LocalDate.of(2026, 11, 30), Optional.of(programme), rows,
                List.of(), Optional.of(funding), List.of(), Optional.of(PhaseDistribution.of(matrix, Optional.of(matrix))),
                List.of());
    }
}
