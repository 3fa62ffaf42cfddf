package se.klusterportalen.funding;

import se.klusterportalen.rejection.Rejection;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.spreadsheet.ImportColumn;
import se.klusterportalen.spreadsheet.ImportColumns;
import se.klusterportalen.spreadsheet.ImportProblem;
import se.klusterportalen.spreadsheet.Spreadsheets;
import se.klusterportalen.text.PlainText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans the import of planned and actual amounts into a programme: one row per cluster, stream and year. An empty
 * amount cell leaves the saved amount as it is, so a file may carry only the plan or only the outcome. Pure: the
 * service loads what it needs and applies the plan, all or nothing.
 */
final class FundingImport {

    enum Column implements ImportColumn {
        CLUSTER("Kluster", "cluster", true, "Namnet på ett kluster i programmet", "Mobile Heights"),
        STREAM("Finansieringskälla", "stream", true, "Namnet på en av regionens finansieringskällor (standardkällorna även på engelska)",
                StandardStream.REGION_BASE.swedishName()),
        YEAR("År", "year", true, "Ett år i programmets period", "2019"),
        PLANNED("Planerat", "planned", false,
                "Hela kronor, 0 eller mer, t.ex. 1 250 000; tomt: det sparade planerade beloppet står kvar",
                "1 250 000"),
        ACTUAL("Utfall", "actual", false,
                "Hela kronor, 0 eller mer; tomt: det sparade utfallet står kvar", "1 180 000");

        private final String header;
        private final String field;
        private final boolean required;
        private final String format;
        private final String example;

        Column(String header, String field, boolean required, String format, String example) {
            this.header = header;
            this.field = field;
            this.required = required;
            this.format = format;
            this.example = example;
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public boolean required() {
            return required;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public String example() {
            return example;
        }
    }

    static final String SHEET = "Finansiering";

    /** What applying the file saves: the complete new amounts of each cluster whose plan changes. */
    record Plan(FundingImportResult result, Map<ClusterId, Collection<FundingAmountValue>> amounts) {
    }

    private FundingImport() {
    }

    /**
     * @param regionClusters every cluster of the region, to tell an unknown name from a cluster outside the programme
     * @param plans          the saved plan of every cluster in the programme
     */
    static Plan plan(ProgrammeSummary programme, List<ClusterSummary> regionClusters,
                     List<FundingStreamSummary> streams, Map<ClusterId, ClusterFundingPlan> plans,
                     String fileName, byte[] content) {
        var problems = new ArrayList<ImportProblem>();
        var table = ImportColumns.read(fileName, content, problems);
        if (table.isEmpty()) {
            return rejected(programme, problems, Optional.empty());
        }
        var columns = ImportColumns.locate(table.get().headers(), List.of(Column.values()), problems);
        if (!columns.containsKey(Column.PLANNED) && !columns.containsKey(Column.ACTUAL)) {
            problems.add(new ImportProblem(1, Column.PLANNED.header() + " / " + Column.ACTUAL.header(),
                    "funding.import.error.no-amount-column", ""));
        }
        if (!problems.isEmpty()) {
            return rejected(programme, problems, Optional.of(table.get().source()));
        }
        return new Reader(programme, regionClusters, streams, plans, columns, problems).read(table.get());
    }

    private static Plan rejected(ProgrammeSummary programme, List<ImportProblem> problems,
                                 Optional<Spreadsheets.Source> source) {
        return new Plan(new FundingImportResult(programme.id(), List.of(), problems, Map.of(), List.of(), source),
                Map.of());
    }

    /** A template with every cluster, stream and year of the programme and the amounts saved now. */
    static byte[] template(ProgrammeSummary programme, List<FundingStreamSummary> streams,
                           List<ClusterFundingPlan> plans) {
        var rows = new ArrayList<List<String>>();
        for (ClusterFundingPlan plan : plans) {
            for (FundingStreamSummary stream : streams) {
                for (int year : programme.years()) {
                    var amount = plan.amount(stream.id(), year);
                    rows.add(List.of(plan.clusterName(), stream.name(), Integer.toString(year),
                            amount.map(a -> Long.toString(a.planned())).orElse(""),
                            amount.map(a -> a.actual().isPresent() ? Long.toString(a.actual().getAsLong()) : "")
                                    .orElse("")));
                }
            }
        }
        return ImportColumns.template(SHEET, List.of(Column.values()), rows);
    }

    private static String key(String name) {
        return PlainText.key(name);
    }

    /** Reads the data rows of one file. */
    private static final class Reader {

        private final ProgrammeSummary programme;
        private final Map<String, ClusterSummary> clustersByName;
        private final Map<String, FundingStreamSummary> streamsByName;
        private final Map<ClusterId, ClusterFundingPlan> plans;
        private final Map<Column, Integer> columns;
        private final List<ImportProblem> problems;
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<FundingImportResult.Row> rows = new ArrayList<>();
        private final Map<ClusterId, Map<StreamYear, FundingAmountValue>> cells = new LinkedHashMap<>();

        Reader(ProgrammeSummary programme, List<ClusterSummary> regionClusters, List<FundingStreamSummary> streams,
               Map<ClusterId, ClusterFundingPlan> plans, Map<Column, Integer> columns, List<ImportProblem> problems) {
            this.programme = programme;
            this.clustersByName = regionClusters.stream()
                    .collect(Collectors.toMap(c -> key(c.name()), Function.identity(), (a, b) -> a));
            this.streamsByName = new HashMap<>();
            // a standard stream also answers to its English name, as the English UI shows it
            streams.forEach(stream -> stream.standard().ifPresent(standard ->
                    streamsByName.putIfAbsent(key(standard.englishName()), stream)));
            streams.forEach(stream -> streamsByName.put(key(stream.name()), stream));
            this.plans = plans;
            this.columns = columns;
            this.problems = problems;
        }

        Plan read(Spreadsheets.Table table) {
            var source = Optional.of(table.source());
            for (int index = 0; index < table.rows().size(); index++) {
                List<String> cells = table.rows().get(index);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                readRow(index + 2, cells);
            }
            if (!problems.isEmpty()) {
                return rejected(programme, problems, source);
            }
            var versions = new HashMap<ClusterId, Long>();
            var amounts = new LinkedHashMap<ClusterId, Collection<FundingAmountValue>>();
            var warnings = new ArrayList<FundingImportResult.ClusterWarning>();
            rows.stream().filter(FundingImportResult.Row::changes).map(FundingImportResult.Row::cluster).distinct()
                    .forEach(cluster -> {
                        ClusterFundingPlan before = plans.get(cluster);
                        versions.put(cluster, before.version());
                        amounts.put(cluster, List.copyOf(this.cells.get(cluster).values()));
                        ClusterFundingPlan after = withAmounts(before, amounts.get(cluster));
                        after.warnings().forEach(warning -> warnings.add(
                                new FundingImportResult.ClusterWarning(cluster, before.clusterName(), warning)));
                    });
            return new Plan(new FundingImportResult(programme.id(), rows, problems, versions, warnings, source),
                    amounts);
        }

        private void readRow(int row, List<String> cells) {
            int before = problems.size();
            ClusterSummary cluster = cluster(row, cell(cells, Column.CLUSTER));
            FundingStreamSummary stream = stream(row, cell(cells, Column.STREAM));
            Integer year = year(row, cell(cells, Column.YEAR));
            OptionalLong planned = amount(row, Column.PLANNED, cell(cells, Column.PLANNED));
            OptionalLong actual = amount(row, Column.ACTUAL, cell(cells, Column.ACTUAL));
            if (problems.size() > before) {
                return;
            }
            String cellKey = cluster.id() + "/" + stream.id() + "/" + year;
            Integer earlier = seen.putIfAbsent(cellKey, row);
            if (earlier != null) {
                problems.add(new ImportProblem(row, Column.YEAR.header(), "funding.import.error.duplicate-cell",
                        Integer.toString(year)));
                return;
            }
            ClusterFundingPlan saved = plans.get(cluster.id());
            var amounts = this.cells.computeIfAbsent(cluster.id(), id -> currentCells(saved));
            long plannedBefore = saved.planned(stream.id(), year);
            OptionalLong actualBefore = saved.actual(stream.id(), year);
            var after = new FundingAmountValue(stream.id(), year, planned.orElse(plannedBefore),
                    actual.isPresent() ? actual : actualBefore);
            amounts.put(after.cell(), after);
            rows.add(new FundingImportResult.Row(row, cluster.id(), cluster.name(), stream, year, plannedBefore,
                    after.planned(), actualBefore, after.actual()));
        }

        private String cell(List<String> cells, Column column) {
            return ImportColumns.cell(cells, columns.get(column));
        }

        private ClusterSummary cluster(int row, String name) {
            if (name.isEmpty()) {
                return problem(row, Column.CLUSTER, "spreadsheet.error.required", name);
            }
            ClusterSummary cluster = clustersByName.get(key(name));
            if (cluster == null) {
                return problem(row, Column.CLUSTER, "funding.import.error.unknown-cluster", name);
            }
            if (!plans.containsKey(cluster.id())) {
                return problem(row, Column.CLUSTER, "funding.import.error.cluster-not-in-programme", name);
            }
            return cluster;
        }

        private FundingStreamSummary stream(int row, String name) {
            if (name.isEmpty()) {
                return problem(row, Column.STREAM, "spreadsheet.error.required", name);
            }
            FundingStreamSummary stream = streamsByName.get(key(name));
            return stream != null ? stream : problem(row, Column.STREAM, "funding.import.error.unknown-stream", name);
        }

        private Integer year(int row, String text) {
            if (text.isEmpty()) {
                return problem(row, Column.YEAR, "spreadsheet.error.required", text);
            }
            int year;
            try {
                year = Integer.parseInt(PlainText.code(text));
            } catch (NumberFormatException e) {
                return problem(row, Column.YEAR, "spreadsheet.error.not-a-whole-number", text);
            }
            return programme.years().contains(year) ? year
                    : problem(row, Column.YEAR, "funding.year.outside-programme", text);
        }

        private OptionalLong amount(int row, Column column, String text) {
            try {
                return Kronor.parse(text);
            } catch (Rejection.Invalid e) {
                problems.add(new ImportProblem(row, column.header(), e.messageKey(), text));
                return OptionalLong.empty();
            }
        }

        private <T> @Nullable T problem(int row, Column column, String reasonKey, String value) {
            problems.add(new ImportProblem(row, column.header(), reasonKey, value));
            return null;
        }

        private static Map<StreamYear, FundingAmountValue> currentCells(ClusterFundingPlan plan) {
            var current = new LinkedHashMap<StreamYear, FundingAmountValue>();
            plan.amounts().forEach(amount -> current.put(amount.cell(), amount));
            return current;
        }

        private static ClusterFundingPlan withAmounts(ClusterFundingPlan plan, Collection<FundingAmountValue> amounts) {
            return new ClusterFundingPlan(plan.programme(), plan.programmeName(), plan.cluster(), plan.clusterName(),
                    plan.years(), plan.streams(), List.copyOf(amounts), plan.tapering(), plan.version(),
                    plan.changedBy(), plan.changedAt());
        }
    }
}
