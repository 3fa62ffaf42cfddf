package se.klusterportalen.cluster;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.klusterportalen.spreadsheet.ImportColumn;
import se.klusterportalen.spreadsheet.ImportColumns;
import se.klusterportalen.spreadsheet.ImportProblem;
import se.klusterportalen.spreadsheet.Spreadsheets;

import se.klusterportalen.text.PlainText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Import of cluster profiles and member counts from .xlsx or .csv: reads the file, checks every row with the same
 * rules as the edit form, and plans what to create and change. Applying is all or nothing (see the service).
 */
@Component
class ClusterImport {

    private final ClusterRepository clusters;
    private final SmartSpecialisationAreaRepository areas;
    private final MemberYearRepository memberYears;

    ClusterImport(ClusterRepository clusters, SmartSpecialisationAreaRepository areas, MemberYearRepository memberYears) {
        this.clusters = clusters;
        this.areas = areas;
        this.memberYears = memberYears;
    }

    /**
     * A column of an import file: its header, whether it is required, how to read a cell into the draft and (for
     * profile columns) the value compared to say whether an import changes it.
     */
    record Column<T>(String header, String field, boolean required, String format, String example,
                     BiConsumer<T, String> read, Function<T, Object> value) implements ImportColumn {

        Column(String header, String field, boolean required, String format, String example,
               BiConsumer<T, String> read) {
            this(header, field, required, format, example, read, null);
        }
    }

    /** A cell that cannot be read; the message is a text key. */
    static final class CellException extends RuntimeException {
        CellException(String reasonKey) {
            super(reasonKey, null, false, false);
        }
    }

    record PlannedCluster(UUID existingId, ClusterDraft draft) {
    }

    record PlannedMembers(UUID clusterId, MemberCounts counts) {
    }

    record Plan(ImportResult result, List<PlannedCluster> clusters, List<PlannedMembers> members) {
    }

    /** The areas column: names from the region's list, read by the plan (it needs the list). */
    private static final Column<ClusterDraft> AREAS = new Column<>("Smart specialisering", "areaIds", false,
            "Områden ur regionens lista, åtskilda med | (lodstreck)", "Smarta hållbara städer", null,
            ClusterDraft::getAreaIds);

    /** The profile's columns, in the template's order, as each field group declares them. */
    static final List<Column<ClusterDraft>> CLUSTER_COLUMNS = Stream.of(
            ProfileColumn.onDraft(ProfileBasics.COLUMNS, draft -> draft.basics),
            List.of(AREAS),
            ProfileColumn.onDraft(ProfileLifecycle.COLUMNS, draft -> draft.lifecycle),
            ProfileColumn.onDraft(ProfileHost.COLUMNS, draft -> draft.host),
            ProfileColumn.onDraft(ProfileWeb.COLUMNS, draft -> draft.web),
            ProfileColumn.onDraft(ProfileEccp.COLUMNS, draft -> draft.eccp),
            ProfileColumn.onDraft(ProfileCommunication.COLUMNS, draft -> draft.communication))
            .flatMap(List::stream)
            .map(column -> column.field().equals("name") ? withRequired(column) : column)
            .toList();

    private static Column<ClusterDraft> withRequired(Column<ClusterDraft> column) {
        return new Column<>(column.header(), column.field(), true, column.format(), column.example(), column.read(),
                column.value());
    }

    /** Member counts: cluster name, year and one count per member type. */
    static final List<Column<int[]>> MEMBER_COLUMNS = List.of(
            new Column<>("Kluster", "cluster", true, "Namnet på ett kluster i regionen", "Media Evolution", null),
            new Column<>("År", "year", true, "Årtal", "2021", (a, v) -> a[0] = required(integer(v))),
            new Column<>("Små och medelstora företag", "SME", true, "Heltal, 0 eller mer", "290",
                    (a, v) -> a[1] = required(integer(v))),
            new Column<>("Stora företag", "LARGE_COMPANY", true, "Heltal, 0 eller mer", "40",
                    (a, v) -> a[2] = required(integer(v))),
            new Column<>("Akademi/forskningsinstitut", "ACADEMIA", true, "Heltal, 0 eller mer", "25",
                    (a, v) -> a[3] = required(integer(v))),
            new Column<>("Offentlig sektor", "PUBLIC_SECTOR", true, "Heltal, 0 eller mer", "30",
                    (a, v) -> a[4] = required(integer(v))),
            new Column<>("Övriga", "OTHER", true, "Heltal, 0 eller mer", "15", (a, v) -> a[5] = required(integer(v))));

    /**
     * @param readOnlyHeaders headers of columns that are not imported but may be in the file (the portfolio export's
     *                        computed columns, in any language); compared as {@link PlainText#key}
     */
    Plan plan(ImportKind kind, String fileName, byte[] content, LocalDate today, Set<String> readOnlyHeaders) {
        var problems = new ArrayList<ImportProblem>();
        return ImportColumns.read(fileName, content, problems)
                .map(table -> kind == ImportKind.CLUSTERS ? planClusters(table, today, readOnlyHeaders)
                        : planMembers(table, today))
                .orElseGet(() -> new Plan(new ImportResult(kind, List.of(), problems), List.of(), List.of()));
    }

    private Plan planClusters(Spreadsheets.Table table, LocalDate today, Set<String> readOnlyHeaders) {
        var problems = new ArrayList<ImportProblem>();
        var ignored = new ArrayList<String>();
        var columns = ImportColumns.locate(importedHeaders(table.headers(), readOnlyHeaders, ignored),
                CLUSTER_COLUMNS, problems);
        if (!problems.isEmpty()) {
            return new Plan(new ImportResult(ImportKind.CLUSTERS, List.of(), problems, Optional.of(table.source()),
                    ignored), List.of(), List.of());
        }
        Map<String, Cluster> existing = clusters.findAll().stream()
                .collect(Collectors.toMap(c -> key(c.name()), Function.identity()));
        var areaByName = new HashMap<String, UUID>();
        areas.findAll().forEach(area -> areaByName.put(key(area.toRecord().name()), area.toRecord().id()));
        Set<UUID> knownAreas = Set.copyOf(areaByName.values());
        Map<String, String> headerOfField = CLUSTER_COLUMNS.stream()
                .collect(Collectors.toMap(Column::field, Column::header));
        var seen = new HashMap<String, Integer>();
        var lines = new ArrayList<ImportResult.Line>();
        var planned = new ArrayList<PlannedCluster>();
        for (int index = 0; index < table.rows().size(); index++) {
            List<String> cells = table.rows().get(index);
            int row = index + 2;
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            String name = ClusterValidator.clean(ImportColumns.cell(cells, columns.get(CLUSTER_COLUMNS.getFirst())));
            Cluster match = name == null ? null : existing.get(key(name));
            ClusterDraft original = match == null ? null : match.toDraft();
            ClusterDraft draft = match == null ? new ClusterDraft() : match.toDraft();
            int before = problems.size();
            for (var entry : columns.entrySet()) {
                Column<ClusterDraft> column = entry.getKey();
                String value = ImportColumns.cell(cells, entry.getValue());
                try {
                    if (column.field().equals("areaIds")) {
                        draft.setAreaIds(areaIds(value, areaByName));
                    } else {
                        column.read().accept(draft, value);
                    }
                } catch (CellException e) {
                    problems.add(new ImportProblem(row, column.header(), e.getMessage(), value));
                }
            }
            if (name != null && seen.putIfAbsent(key(name), row) != null) {
                problems.add(new ImportProblem(row, "Namn", "cluster.import.error.duplicate-name", name));
            }
            ClusterValidator.validate(draft, today, knownAreas).forEach((field, reason) -> problems.add(
                    new ImportProblem(row, headerOfField.getOrDefault(field, field), reason,
                            valueOf(cells, columns, field))));
            if (problems.size() > before) {
                continue;
            }
            var values = new LinkedHashMap<String, String>();
            columns.keySet().forEach(column -> values.put(column.header(), savedValue(draft, column)));
            if (match == null) {
                lines.add(new ImportResult.Line(row, draft.getName(), ImportResult.Action.CREATE, List.of(), values));
            } else {
                List<String> changed = changedColumns(original, draft);
                lines.add(new ImportResult.Line(row, draft.getName(),
                        changed.isEmpty() ? ImportResult.Action.UNCHANGED : ImportResult.Action.CHANGE, changed,
                        values));
            }
            planned.add(new PlannedCluster(match == null ? null : match.id(), draft));
        }
        return new Plan(new ImportResult(ImportKind.CLUSTERS, lines, problems, Optional.of(table.source()), ignored),
                planned, List.of());
    }

    /**
     * The headers with each read-only one that is not also an import column blanked (blank columns are not read),
     * adding it to {@code ignored}.
     */
    private static List<String> importedHeaders(List<String> headers, Set<String> readOnlyHeaders,
                                                List<String> ignored) {
        Set<String> readOnly = readOnlyHeaders.stream().map(PlainText::key).collect(Collectors.toSet());
        Set<String> imported = CLUSTER_COLUMNS.stream()
                .flatMap(column -> Stream.of(column.header(), column.field())).map(PlainText::key)
                .collect(Collectors.toSet());
        return headers.stream().map(header -> {
            String key = PlainText.key(header.strip());
            if (!key.isEmpty() && readOnly.contains(key) && !imported.contains(key)) {
                ignored.add(header.strip());
                return "";
            }
            return header;
        }).toList();
    }

    /**
     * A column's value in the checked draft as it will be saved, as text, written the way the template's examples
     * are: dates ISO, yes/no "ja"/"nej", a county by its official name, a number without trailing zeros, areas by id
     * (sorted, "|" between). The value is the column's own ({@link Column#value()}, declared by its profile group), so
     * a new profile field needs no case here.
     */
    static String savedValue(ClusterDraft draft, Column<ClusterDraft> column) {
        return switch (column.value().apply(draft)) {
            case null -> "";
            case Boolean yes -> yes ? "ja" : "nej";
            case County county -> county.officialName();
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case java.util.Collection<?> items -> items.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining("|"));
            case Object value -> value.toString();
        };
    }

    private static String valueOf(List<String> cells, Map<Column<ClusterDraft>, Integer> columns, String field) {
        return columns.entrySet().stream().filter(e -> e.getKey().field().equals(field)).findFirst()
                .map(e -> ImportColumns.cell(cells, e.getValue())).orElse("");
    }

    /** The headers of the columns whose value differs (the name is the row's key, not a change). */
    private static List<String> changedColumns(ClusterDraft a, ClusterDraft b) {
        return CLUSTER_COLUMNS.stream().filter(column -> !column.field().equals("name"))
                .filter(column -> !Objects.equals(column.value().apply(a), column.value().apply(b)))
                .map(Column::header).toList();
    }

    private Plan planMembers(Spreadsheets.Table table, LocalDate today) {
        var problems = new ArrayList<ImportProblem>();
        var columns = ImportColumns.locate(table.headers(), MEMBER_COLUMNS, problems);
        if (!problems.isEmpty()) {
            return new Plan(new ImportResult(ImportKind.MEMBERS, List.of(), problems, Optional.of(table.source())),
                    List.of(), List.of());
        }
        Map<String, Cluster> byName = clusters.findAll().stream()
                .collect(Collectors.toMap(c -> key(c.name()), Function.identity()));
        Map<String, MemberYear> stored = memberYears.findAll().stream()
                .collect(Collectors.toMap(y -> y.clusterId() + "/" + y.year(), Function.identity()));
        var seen = new HashSet<String>();
        var lines = new ArrayList<ImportResult.Line>();
        var planned = new ArrayList<PlannedMembers>();
        for (int index = 0; index < table.rows().size(); index++) {
            List<String> cells = table.rows().get(index);
            int row = index + 2;
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int before = problems.size();
            String clusterName = ImportColumns.cell(cells, columns.get(MEMBER_COLUMNS.getFirst()));
            Cluster cluster = byName.get(key(clusterName));
            if (cluster == null) {
                problems.add(new ImportProblem(row, "Kluster", clusterName.isBlank()
                        ? "spreadsheet.error.required" : "cluster.import.error.unknown-cluster", clusterName));
            }
            int[] values = new int[6];
            for (var entry : columns.entrySet()) {
                Column<int[]> column = entry.getKey();
                if (column.read() == null) {
                    continue;
                }
                String value = ImportColumns.cell(cells, entry.getValue());
                try {
                    column.read().accept(values, value);
                    int number = values[MEMBER_COLUMNS.indexOf(column) - 1];
                    if (column.field().equals("year") && (number < ClusterMembers.EARLIEST_MEMBER_YEAR
                            || number > today.getYear())) {
                        throw new CellException("cluster.error.members.year");
                    }
                    if (!column.field().equals("year") && (number < 0 || number > ClusterMembers.MAX_MEMBER_COUNT)) {
                        throw new CellException("cluster.error.members.count");
                    }
                } catch (CellException e) {
                    problems.add(new ImportProblem(row, column.header(), e.getMessage(), value));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            String key = cluster.id() + "/" + values[0];
            if (!seen.add(key)) {
                problems.add(new ImportProblem(row, "År", "cluster.import.error.duplicate-year",
                        Integer.toString(values[0])));
                continue;
            }
            var counts = MemberCounts.of(values[0], values[1], values[2], values[3], values[4], values[5]);
            var saved = new LinkedHashMap<String, String>();
            saved.put("Kluster", cluster.name());
            for (int i = 1; i < MEMBER_COLUMNS.size(); i++) {
                saved.put(MEMBER_COLUMNS.get(i).header(), Integer.toString(values[i - 1]));
            }
            MemberYear existing = stored.get(key);
            String subject = cluster.name() + " " + values[0];
            if (existing == null) {
                lines.add(new ImportResult.Line(row, subject, ImportResult.Action.CREATE, List.of(), saved));
            } else {
                var changed = Arrays.stream(MemberType.values())
                        .filter(type -> existing.toCounts().count(type) != counts.count(type))
                        .map(type -> MEMBER_COLUMNS.stream().filter(c -> c.field().equals(type.name())).findFirst()
                                .orElseThrow().header()).toList();
                lines.add(new ImportResult.Line(row, subject,
                        changed.isEmpty() ? ImportResult.Action.UNCHANGED : ImportResult.Action.CHANGE, changed,
                        saved));
            }
            planned.add(new PlannedMembers(cluster.id(), counts));
        }
        return new Plan(new ImportResult(ImportKind.MEMBERS, lines, problems, Optional.of(table.source())), List.of(),
                planned);
    }

    void apply(Plan plan) {
        for (PlannedCluster planned : plan.clusters()) {
            Cluster cluster = planned.existingId() == null
                    ? new Cluster(UUID.randomUUID(), planned.draft().getName(), null, null, planned.draft().getStatus())
                    : clusters.findById(planned.existingId()).orElseThrow();
            cluster.apply(planned.draft());
            clusters.save(cluster);
        }
        for (PlannedMembers planned : plan.members()) {
            MemberYear year = memberYears.findByClusterIdAndYear(planned.clusterId(), planned.counts().year())
                    .orElseGet(() -> new MemberYear(planned.clusterId(), planned.counts().year()));
            year.record(planned.counts());
            memberYears.save(year);
        }
        clusters.flush();
    }

    byte[] template(ImportKind kind) {
        List<? extends Column<?>> columns = kind == ImportKind.CLUSTERS ? CLUSTER_COLUMNS : MEMBER_COLUMNS;
        return ImportColumns.template(kind == ImportKind.CLUSTERS ? "Kluster" : "Medlemmar", columns,
                List.of(ImportColumns.examples(columns)));
    }

    // ---- reading cells -------------------------------------------------------------------------------------

    private static String key(String name) {
        return PlainText.key(name);
    }

    private static Set<UUID> areaIds(String value, Map<String, UUID> areaByName) {
        var ids = new HashSet<UUID>();
        for (String name : value.split("\\|")) {
            if (name.isBlank()) {
                continue;
            }
            UUID area = areaByName.get(key(name));
            if (area == null) {
                throw new CellException("cluster.import.error.unknown-area");
            }
            ids.add(area);
        }
        return ids;
    }

    static @Nullable Integer integer(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(PlainText.code(value).replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new CellException("spreadsheet.error.not-a-whole-number");
        }
    }

    private static int required(@Nullable Integer value) {
        if (value == null) {
            throw new CellException("spreadsheet.error.required");
        }
        return value;
    }

    static @Nullable BigDecimal decimal(String value) {
        if (value.isEmpty()) {
            return null;
        }
        String normalised = value.replace(" ", "").replace("\u00a0", "").replace(',', '.');
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            throw new CellException("cluster.import.error.not-a-number");
        }
    }

    static @Nullable LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(PlainText.code(value));
        } catch (DateTimeParseException e) {
            throw new CellException("cluster.import.error.not-a-date");
        }
    }

    static boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "nej", "no", "false", "n", "0" -> false;
            case "ja", "yes", "true", "j", "y", "1", "x" -> true;
            default -> throw new CellException("cluster.import.error.not-yes-no");
        };
    }

    static @Nullable County county(String value) {
        if (value.isEmpty()) {
            return null;
        }
        String wanted = value.toLowerCase(Locale.ROOT);
        for (County county : County.values()) {
            String official = county.officialName().toLowerCase(Locale.ROOT);
            if (official.equals(wanted) || official.replace(" län", "").equals(wanted)
                    || official.replaceAll("s län$", "").equals(wanted) || county.name().equalsIgnoreCase(wanted)) {
                return county;
            }
        }
        throw new CellException("cluster.import.error.unknown-county");
    }

    static ClusterStatus status(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "under uppbyggnad", "being set up", "being_set_up" -> ClusterStatus.BEING_SET_UP;
            case "aktiv", "aktivt", "active" -> ClusterStatus.ACTIVE;
            case "avslutad", "avslutat", "closed" -> ClusterStatus.CLOSED;
            default -> throw new CellException("cluster.import.error.unknown-status");
        };
    }
}
