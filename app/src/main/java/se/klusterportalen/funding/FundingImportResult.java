package se.klusterportalen.funding;

import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.spreadsheet.ImportProblem;
import se.klusterportalen.spreadsheet.Spreadsheets;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What importing a file of planned and actual amounts into a programme does, row by row, or why it cannot.
 *
 * @param planVersions the version of each affected cluster's plan the preview was made against; applying refuses
 *                     when a plan has been saved since ({@link ClusterFundingPlan#UNSAVED} for no plan yet)
 * @param warnings     the tapering rules the affected plans break after the import
 */
public record FundingImportResult(ProgrammeId programme, List<Row> rows, List<ImportProblem> problems,
                                  Map<ClusterId, Long> planVersions, List<ClusterWarning> warnings,
                                  Optional<Spreadsheets.Source> source) {

    /** @param source how the file was read (.csv: encoding and separator); empty when it could not be read */
    public FundingImportResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        planVersions = Map.copyOf(planVersions);
        warnings = List.copyOf(warnings);
    }

    public FundingImportResult(ProgrammeId programme, List<Row> rows, List<ImportProblem> problems,
                               Map<ClusterId, Long> planVersions, List<ClusterWarning> warnings) {
        this(programme, rows, problems, planVersions, warnings, Optional.empty());
    }

    /** One data row of the file: a cluster's stream in a year, before and after the import. */
    public record Row(int row, ClusterId cluster, String clusterName, FundingStreamSummary stream, int year,
                      long plannedBefore, long plannedAfter, OptionalLong actualBefore, OptionalLong actualAfter) {

        public boolean changes() {
            return plannedBefore != plannedAfter || !Objects.equals(actualBefore, actualAfter);
        }
    }

    public record ClusterWarning(ClusterId cluster, String clusterName, FundingWarning warning) {
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public long changedRows() {
        return rows.stream().filter(Row::changes).count();
    }

    public long unchangedRows() {
        return rows.size() - changedRows();
    }

    public long changedClusters() {
        return rows.stream().filter(Row::changes).map(Row::cluster).distinct().count();
    }
}
