package se.klusterportalen.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.cluster.County;
import se.klusterportalen.funding.StandardStream;
import se.klusterportalen.funding.TaperingGenerator;
import se.klusterportalen.funding.TaperingPlan;
import se.klusterportalen.funding.TaperingShape;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.security.AccountAdministration;
import se.klusterportalen.security.Role;
import se.klusterportalen.security.UserDirectory;
import se.klusterportalen.tenancy.SystemTask;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The scale data set of issue #19 for benchmarks, load tests and query-count tests: by default one region of 300
 * clusters, {@code skala} ("Region Skala"), and nine of 30, {@code skala1} … {@code skala9}, so that tenancy
 * filtering is measured too ({@link #STANDARD}). Each region gets, per cluster, a full profile, one to three of the
 * region's eight smart-specialisation areas, member counts for the ten years 2016–2025, a funding plan in the
 * region's ten-year programme 2017–2026 with four streams (base funding tapering linearly to 1 MSEK, member fees,
 * municipalities, national agencies; planned every year, reported up to 2025), a fixed assessment in each of three
 * rounds (2020, 2023, 2026; an answer for every criterion and horizontal area of the newest phase model), an ECEI
 * label history and for some a label goal, a milestone, and indicator values (five indicators and a breakdown by
 * gender, three measurement rounds); the programme has goals of every rule kind and a manual one, and milestones.
 * Three accounts per region sign in with the demo password: {@code <code>.handlaggare} (programme officer),
 * {@code <code>.klusterledare} (cluster manager of the region's first cluster by name) and {@code <code>.politiker}.
 *
 * <p><b>Deterministic.</b> Ids, names and figures come from the seed alone ({@link #SEED} unless a caller gives
 * another), and dates are fixed calendar dates, so two databases generated with one seed hold the same rows.
 *
 * <p><b>Fast.</b> Rows are written with plain SQL, one {@code INSERT … SELECT FROM unnest(arrays)} per table (see
 * {@code ScaleRows}), in one transaction per region under that region's {@link SystemTask}: the transaction manager
 * sets {@code app.region}, so row-level security checks every row as it does for the portal, and Hibernate (with its
 * per-entity inserts, tenant stamping and Envers listener) is bypassed. The 300-cluster region takes a few seconds
 * (figures in {@code docs/benchmarks/scale-data.md}).
 *
 * <p><b>Idempotent.</b> A region that has any cluster is left as it is (a second run does nothing, also after
 * users changed the data); accounts that exist are left as they are.
 *
 * <p><b>Audit trail.</b> Since Envers is bypassed, the generator writes the history itself: one revision
 * ({@code revinfo}) per region by the user {@value #GENERATOR} at the time of generation, and for every generated row
 * of an audited table an "added" row (revtype 0) in its {@code _aud} table with the same values. History pages
 * therefore show each generated record as added by {@value #GENERATOR} once, and later edits in the portal append
 * to it as to any record (Envers' default strategy needs no earlier row to exist either way).
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.demo-data")
public class ScaleData {

    /** The seed of the data set the benchmarks and the load harness use. */
    public static final long SEED = 19;

    /** The user name the generated rows' history names. */
    public static final String GENERATOR = "skalgenerator";

    /** One region to generate: its code (also the accounts' prefix), name and number of clusters. */
    public record ScaleRegion(String code, String name, int clusters) {
    }

    /**
     * What one region got: whether it was generated now (false: it had clusters already), the rows written (audit
     * rows included), the time for the data (ms, region row included) and for its accounts in Keycloak (ms).
     */
    public record Generated(String code, int clusters, boolean created, long rows, long dataMillis,
                            long accountMillis) {
    }

    /** The data set of issue #19: Region Skala with 300 clusters and skala1 … skala9 with 30 each. */
    public static final List<ScaleRegion> STANDARD = standard();

    static final int FIRST_YEAR = 2017;
    static final int LAST_YEAR = 2026;
    /** The last year whose outcome is reported. */
    static final int LAST_REPORTED = 2025;
    static final List<Integer> ROUND_YEARS = List.of(2020, 2023, 2026);

    /** The development realm's demo password "demo" as Keycloak stores it (infra/keycloak/klusterportal-realm.json). */
    private static final AccountAdministration.StoredPassword DEMO_PASSWORD = new AccountAdministration.StoredPassword(
            "{\"value\": \"DHdDQsZtFosLGhaWjKbxRpHj3RWIaIgW5vpa69MgCZ3P3v/XJY5uJShSGdso83aDzS7zwtUB+dP3sJGUxlpqng==\", "
                    + "\"salt\": \"8HljZAvLY3AupzyRL76hgA==\", \"additionalParameters\": {}}",
            "{\"hashIterations\": 210000, \"algorithm\": \"pbkdf2-sha512\", \"additionalParameters\": {}}");

    private static final String[] PLACES = {"Åby", "Ängelholm", "Örby", "Alvik", "Backa", "Ekeby", "Falkenå",
            "Grönby", "Hässleby", "Lerum", "Mora", "Norrvik", "Olsby", "Sörby", "Tallå", "Uddevik", "Vallby", "Viken",
            "Zäta", "Ödsmål"};
    private static final String[][] THEMES = {{"Livsmedelsklustret", "Livsmedel"}, {"Skogsnätverket", "Skog och trä"},
            {"Life science-klustret", "Life science"}, {"Fordonsklustret", "Fordon"}, {"Energiklustret", "Energi"},
            {"Digitaliseringsnavet", "Digitalisering"}, {"Besöksnäringsklustret", "Besöksnäring"},
            {"Tillverkningsklustret", "Tillverkning"}, {"Stålklustret", "Stål och metall"},
            {"Förpackningsklustret", "Förpackning"}, {"Miljöteknikklustret", "Miljöteknik"},
            {"Textilklustret", "Textil och mode"}, {"Logistikklustret", "Logistik"}, {"Hälsoklustret", "Hälsa och vård"},
            {"Kreativa klustret", "Kulturella och kreativa näringar"}};
    private static final String[] AREAS = {"Avancerade material", "Digitalisering och IT", "Energi och miljö",
            "Hälsa och life science", "Livsmedel och jordbruk", "Smarta städer", "Transporter och logistik",
            "Ökad resurseffektivitet"};
    private static final County[] COUNTIES = {County.SKANE, County.HALLAND, County.BLEKINGE, County.KRONOBERG,
            County.VASTRA_GOTALAND, County.OSTERGOTLAND};
    private static final StandardStream[] STREAMS = {StandardStream.REGION_BASE, StandardStream.MEMBER_FEES,
            StandardStream.MUNICIPALITIES, StandardStream.NATIONAL_AGENCIES};
    private static final long MILLION = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(ScaleData.class);

    private final RegionService regions;
    private final AccountAdministration accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ScaleData(RegionService regions, AccountAdministration accounts, JdbcTemplate jdbc,
              PlatformTransactionManager transactionManager, Clock clock) {
        this.regions = regions;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    private static List<ScaleRegion> standard() {
        var list = new ArrayList<ScaleRegion>();
        list.add(new ScaleRegion("skala", "Region Skala", 300));
        for (int i = 1; i <= 9; i++) {
            list.add(new ScaleRegion("skala" + i, "Region Skala " + i, 30));
        }
        return List.copyOf(list);
    }

    /**
     * Generates the regions that have no clusters yet (each committed in a transaction of its own, with its three
     * accounts in the realm) and leaves the others as they are. Must not run inside a transaction of a region.
     *
     * @param regions the regions, e.g. {@link #STANDARD}; codes as a region's code ({@code [a-z0-9-]{2,40}})
     * @param seed    the seed of every generated figure, name and id, e.g. {@link #SEED}
     * @return per region whether it was generated now, its rows and the time it took (ms)
     * @throws UserDirectory.UnavailableException when Keycloak cannot be reached for the accounts (the data stays)
     */
    public List<Generated> generate(List<ScaleRegion> regions, long seed) {
        var result = new ArrayList<Generated>();
        for (ScaleRegion region : regions) {
            long started = System.nanoTime();
            long rows = SystemTask.callIn(region.code(), task -> {
                this.regions.ensureExists(task, region.name());
                return ownTransaction.execute(status -> generateRegion(region, seed));
            });
            long dataMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            ensureAccounts(region);
            long accountMillis = (System.nanoTime() - started) / 1_000_000;
            result.add(new Generated(region.code(), region.clusters(), rows > 0, rows, dataMillis, accountMillis));
            if (rows > 0) {
                log.info("Scale data: region {} with {} clusters generated ({} rows, {} ms; accounts {} ms)",
                        region.code(), region.clusters(), rows, dataMillis, accountMillis);
            }
        }
        return result;
    }

    private void ensureAccounts(ScaleRegion region) {
        String firstCluster = SystemTask.callIn(region.code(), task -> ownTransaction.execute(status ->
                jdbc.queryForList("SELECT name FROM cluster ORDER BY name LIMIT 1", String.class)
                        .stream().findFirst().orElse("")));
        account(region, "handlaggare", "Hanna", "Handläggare " + region.name(), Role.PROGRAMME_OFFICER);
        account(region, "klusterledare", "Kim", "Klusterledare " + firstCluster, Role.CLUSTER_MANAGER);
        account(region, "politiker", "Pia", "Politiker " + region.name(), Role.POLITICIAN);
    }

    private void account(ScaleRegion region, String kind, String firstName, String lastName, Role role) {
        String username = region.code() + "." + kind;
        accounts.ensureAccount(new UserDirectory.NewUser(username, firstName, lastName,
                username + "@skala.klusterportalen.se", region.code(), role), DEMO_PASSWORD);
    }

    // ---- one region, in its transaction with app.region set ----

    private long generateRegion(ScaleRegion spec, long seed) {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM cluster", Integer.class);
        if (existing != null && existing > 0) {
            return 0;
        }
        var region = new Generation(spec, seed);
        region.build();
        long rows = 0;
        for (ScaleRows table : region.tables) {
            rows += table.insert(jdbc);
        }
        rows += audit(region);
        return rows;
    }

    /** One revision by the generator, and an "added" history row for every generated row of an audited table. */
    private long audit(Generation region) {
        Integer rev = jdbc.queryForObject("SELECT nextval('revinfo_seq')::int", Integer.class);
        jdbc.update("INSERT INTO revinfo (rev, revtstmp, username, region_code) VALUES (?, ?, ?, ?)", rev,
                clock.instant().toEpochMilli(), GENERATOR, region.spec.code());
        long rows = 1;
        for (ScaleRows table : region.tables) {
            List<String> columns = jdbc.queryForList("""
                    SELECT a.column_name FROM information_schema.columns a
                    JOIN information_schema.columns t ON t.table_schema = a.table_schema AND t.column_name = a.column_name
                     AND t.table_name = ?
                    WHERE a.table_schema = 'public' AND a.table_name = ? AND a.column_name NOT IN ('rev', 'revtype')
                    ORDER BY a.ordinal_position""", String.class, table.table(), table.table() + "_aud");
            if (columns.isEmpty()) {
                continue;
            }
            String names = String.join(", ", columns);
            rows += jdbc.update("INSERT INTO " + table.table() + "_aud (" + names + ", rev, revtype) SELECT " + names
                    + ", ?, 0 FROM " + table.table(), rev);
        }
        return rows;
    }

    /** The rows of one region, built in memory from the seed. */
    private final class Generation {

        final ScaleRegion spec;
        final Random random;
        final long seed;
        final List<ScaleRows> tables = new ArrayList<>();
        final List<UUID> clusterIds = new ArrayList<>();
        final List<String> clusterNames = new ArrayList<>();
        final List<String> clusterStatus = new ArrayList<>();

        Generation(ScaleRegion spec, long seed) {
            this.spec = spec;
            this.seed = seed;
            this.random = new Random(seed * 31 + spec.code().hashCode());
        }

        UUID id(String kind, Object... parts) {
            var key = new StringBuilder().append(seed).append('/').append(spec.code()).append('/').append(kind);
            for (Object part : parts) {
                key.append('/').append(part);
            }
            return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
        }

        ScaleRows table(String name, String... columns) {
            var table = new ScaleRows(name, columns);
            tables.add(table);
            return table;
        }

        void build() {
            List<UUID> areas = areas();
            clusters(areas);
            members();
            UUID programme = programme();
            funding(programme);
            assessments();
            labels();
            goalsAndMilestones(programme);
            indicators();
            manager();
        }

        List<UUID> areas() {
            var table = table("smart_specialisation_area", "id uuid", "region_code text", "name text");
            var ids = new ArrayList<UUID>();
            for (String name : AREAS) {
                UUID id = id("area", name);
                table.add(id, spec.code(), name);
                ids.add(id);
            }
            return ids;
        }

        void clusters(List<UUID> areas) {
            var table = table("cluster", "id uuid", "region_code text", "name text", "sector text", "county text",
                    "status text", "description text", "founding_year int", "set_up_since date", "active_since date",
                    "closed_on date", "host_organisation text", "host_org_number text", "website text",
                    "english_website boolean", "management_fte numeric", "eccp_registered boolean",
                    "eccp_registered_on date", "eccp_profile_url text", "communication_plan boolean",
                    "communication_plan_adopted_on date");
            var clusterAreas = table("cluster_area", "cluster_id uuid", "area_id uuid", "region_code text");
            List<Integer> combinations = new ArrayList<>(IntStream.range(0, PLACES.length * THEMES.length).boxed().toList());
            Collections.shuffle(combinations, random);
            for (int i = 0; i < spec.clusters(); i++) {
                int combination = combinations.get(i % combinations.size());
                String[] theme = THEMES[combination % THEMES.length];
                String place = PLACES[combination / THEMES.length];
                String name = theme[0] + " " + place + (i >= combinations.size() ? " " + (i / combinations.size() + 1) : "");
                UUID id = id("cluster", i);
                int founded = 1995 + random.nextInt(28);
                String status = i % 50 == 49 ? "CLOSED" : i % 25 == 24 ? "BEING_SET_UP" : "ACTIVE";
                LocalDate setUp = LocalDate.of(founded, 1 + random.nextInt(12), 1);
                LocalDate active = status.equals("BEING_SET_UP") ? null : setUp.plusMonths(6 + random.nextInt(18));
                boolean eccp = random.nextInt(3) > 0;
                boolean plan = random.nextInt(4) > 0;
                String slug = "kluster-" + (i + 1) + "." + spec.code();
                table.add(id, spec.code(), name, theme[1], COUNTIES[random.nextInt(COUNTIES.length)], status,
                        name + " samlar företag, akademi och offentliga aktörer inom " + theme[1].toLowerCase()
                                + " kring " + place + " för gemensamma utvecklingsprojekt och internationell samverkan.",
                        founded, setUp, active, status.equals("CLOSED") ? LocalDate.of(2025, 6, 30) : null,
                        "Värdorganisation " + place + " AB", organisationNumber(i), "https://" + slug + ".example.se",
                        random.nextBoolean(), BigDecimal.valueOf(5 + random.nextInt(56), 1), eccp,
                        eccp ? LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1) : null,
                        eccp ? "https://clustercollaboration.eu/cluster-organisations/" + slug : null, plan,
                        plan ? LocalDate.of(2018 + random.nextInt(7), 1 + random.nextInt(12), 15) : null);
                List<UUID> chosen = new ArrayList<>(areas);
                Collections.shuffle(chosen, random);
                for (UUID area : chosen.subList(0, 1 + random.nextInt(3))) {
                    clusterAreas.add(id, area, spec.code());
                }
                clusterIds.add(id);
                clusterNames.add(name);
                clusterStatus.add(status);
            }
        }

        /** A ten-digit organisation number NNNNNN-NNNN with a valid check digit (Luhn). */
        String organisationNumber(int i) {
            String digits = "556" + String.format("%06d", (Math.abs(spec.code().hashCode()) % 1000) * 1000 + i % 1000);
            int sum = 0;
            for (int k = 0; k < 9; k++) {
                int d = (digits.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
                sum += d > 9 ? d - 9 : d;
            }
            digits += (10 - sum % 10) % 10;
            return digits.substring(0, 6) + "-" + digits.substring(6);
        }

        void members() {
            var table = table("cluster_member_year", "id uuid", "region_code text", "cluster_id uuid", "year int",
                    "sme int", "large_company int", "academia int", "public_sector int", "other int");
            for (UUID cluster : clusterIds) {
                double size = 15 + random.nextInt(120);
                for (int year = 2016; year <= 2025; year++) {
                    int total = (int) Math.round(size);
                    int large = total * (10 + random.nextInt(10)) / 100;
                    int academia = Math.max(1, total * (5 + random.nextInt(6)) / 100);
                    int publicSector = total * (5 + random.nextInt(8)) / 100;
                    int other = total * random.nextInt(5) / 100;
                    table.add(id("members", cluster, year), spec.code(), cluster, year,
                            Math.max(0, total - large - academia - publicSector - other), large, academia,
                            publicSector, other);
                    size *= 0.97 + random.nextDouble() * 0.12;
                }
            }
        }

        UUID programme() {
            UUID id = id("programme");
            table("programme", "id uuid", "region_code text", "name text", "start_year int", "end_year int")
                    .add(id, spec.code(), "Klusterprogram " + spec.name() + " " + FIRST_YEAR + "–" + LAST_YEAR,
                            FIRST_YEAR, LAST_YEAR);
            var members = table("programme_cluster", "programme_id uuid", "cluster_id uuid", "region_code text");
            clusterIds.forEach(cluster -> members.add(id, cluster, spec.code()));
            return id;
        }

        void funding(UUID programme) {
            var streams = table("funding_stream", "id uuid", "region_code text", "standard text", "name text",
                    "kind text", "base boolean", "sort_order int");
            Map<StandardStream, UUID> streamIds = new EnumMap<>(StandardStream.class);
            // a region's first funding page gives it the standard streams: keep those
            jdbc.query("SELECT standard, id FROM funding_stream WHERE standard IS NOT NULL", rs -> {
                streamIds.put(StandardStream.valueOf(rs.getString(1)), rs.getObject(2, UUID.class));
            });
            for (StandardStream stream : StandardStream.values()) {
                if (streamIds.containsKey(stream)) {
                    continue;
                }
                UUID id = id("stream", stream);
                streams.add(id, spec.code(), stream.name(), stream.swedishName(), stream.kind().name(), stream.base(),
                        (stream.ordinal() + 1) * 10);
                streamIds.put(stream, id);
            }
            var plans = table("funding_plan", "id uuid", "region_code text", "programme_id uuid", "cluster_id uuid",
                    "taper_start_year int", "taper_start_amount bigint", "taper_end_year int",
                    "taper_floor_amount bigint", "taper_shape text", "taper_rounding_unit bigint",
                    "changed_at timestamptz", "changed_by text");
            var amounts = table("funding_amount", "id uuid", "region_code text", "plan_id uuid", "stream_id uuid",
                    "year int", "planned bigint", "actual bigint");
            Map<Integer, Long> basePerYear = new LinkedHashMap<>();
            for (UUID cluster : clusterIds) {
                UUID plan = id("plan", cluster);
                long start = (15 + random.nextInt(21)) * 100_000L;
                var tapering = new TaperingPlan(FIRST_YEAR, start, LAST_YEAR, MILLION, TaperingShape.LINEAR,
                        TaperingPlan.THOUSANDS);
                Map<Integer, Long> base = TaperingGenerator.propose(tapering).amounts();
                plans.add(plan, spec.code(), programme, cluster, FIRST_YEAR, start, LAST_YEAR, MILLION, "LINEAR",
                        TaperingPlan.THOUSANDS, Instant.parse("2026-01-15T09:00:00Z"), GENERATOR);
                long fees = (2 + random.nextInt(20)) * 50_000L;
                long municipal = random.nextInt(3) == 0 ? 0 : (1 + random.nextInt(6)) * 100_000L;
                long national = (random.nextInt(12)) * 100_000L;
                for (StandardStream stream : STREAMS) {
                    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                        int step = year - FIRST_YEAR;
                        long planned = switch (stream) {
                            case REGION_BASE -> base.get(year);
                            case MEMBER_FEES -> fees * (100 + 8L * step) / 100 / 1000 * 1000;
                            case MUNICIPALITIES -> municipal;
                            default -> step % 4 == 3 ? 0 : national;
                        };
                        Long actual = null;
                        if (year <= LAST_REPORTED) {
                            actual = stream == StandardStream.REGION_BASE ? planned
                                    : planned * (90 + random.nextInt(17)) / 100 / 1000 * 1000;
                        }
                        amounts.add(id("amount", cluster, stream, year), spec.code(), plan, streamIds.get(stream),
                                year, planned, actual);
                        if (stream == StandardStream.REGION_BASE) {
                            basePerYear.merge(year, planned, Long::sum);
                        }
                    }
                }
            }
            var envelopes = table("funding_envelope", "id uuid", "region_code text", "programme_id uuid",
                    "stream_id uuid", "year int", "amount bigint");
            basePerYear.forEach((year, total) -> envelopes.add(id("envelope", year), spec.code(), programme,
                    streamIds.get(StandardStream.REGION_BASE), year, (total / MILLION + 1) * MILLION));
        }

        void assessments() {
            record Criterion(String code, String dimension, int phase) {
            }
            int framework = jdbc.queryForObject("SELECT max(version) FROM phase_model_framework", Integer.class);
            List<Criterion> criteria = jdbc.query("""
                    SELECT c.code, c.dimension_code, c.phase FROM phase_model_criterion c
                    JOIN phase_model_dimension d ON d.framework_version = c.framework_version AND d.code = c.dimension_code
                    WHERE c.framework_version = ? ORDER BY d.position, c.phase, c.position""",
                    (rs, n) -> new Criterion(rs.getString(1), rs.getString(2), rs.getInt(3)), framework);
            List<String> dimensions = criteria.stream().map(Criterion::dimension).distinct().toList();
            int topPhase = criteria.stream().mapToInt(Criterion::phase).max().orElse(1);
            List<String> areas = jdbc.queryForList(
                    "SELECT code FROM horizontal_area WHERE framework_version = ? ORDER BY position", String.class,
                    framework);
            var rounds = table("assessment_round", "id uuid", "region_code text", "name text",
                    "framework_version int", "opened_at timestamptz", "opened_by text");
            var assessments = table("assessment", "id uuid", "region_code text", "round_id uuid", "cluster_id uuid",
                    "framework_version int", "state text", "letter text", "updated_at timestamptz", "updated_by text",
                    "submitted_at timestamptz", "submitted_by text", "fixed_at timestamptz", "fixed_by text");
            var answers = table("assessment_answer", "id uuid", "region_code text", "assessment_id uuid",
                    "kind text", "code text", "met boolean", "level int", "text text", "detail text");
            Map<UUID, int[]> phases = new LinkedHashMap<>();
            for (UUID cluster : clusterIds) {
                int[] start = new int[dimensions.size()];
                for (int d = 0; d < start.length; d++) {
                    start[d] = 1 + random.nextInt(2);
                }
                phases.put(cluster, start);
            }
            for (int year : ROUND_YEARS) {
                UUID round = id("round", year);
                Instant opened = Instant.parse(year + "-03-01T08:00:00Z");
                Instant submitted = Instant.parse(year + "-04-15T12:00:00Z");
                Instant fixed = Instant.parse(year + "-05-20T10:00:00Z");
                rounds.add(round, spec.code(), "Självskattning " + year, framework, opened, GENERATOR);
                List<String> letters = letters(clusterIds.size());
                Collections.shuffle(letters, random);
                int i = 0;
                for (UUID cluster : clusterIds) {
                    UUID assessment = id("assessment", year, cluster);
                    assessments.add(assessment, spec.code(), round, cluster, framework, "FIXED", letters.get(i++),
                            fixed, GENERATOR, submitted, GENERATOR, fixed, GENERATOR);
                    int[] reached = phases.get(cluster);
                    for (Criterion criterion : criteria) {
                        boolean met = criterion.phase() <= reached[dimensions.indexOf(criterion.dimension())];
                        answers.add(id("answer", assessment, criterion.code()), spec.code(), assessment, "CRITERION",
                                criterion.code(), met, null, met ? "Protokoll från styrgruppens möte " + year : null,
                                null);
                    }
                    for (String area : areas) {
                        answers.add(id("answer", assessment, area), spec.code(), assessment, "AREA", area, null,
                                1 + random.nextInt(4), "Genomgång av medlemsstatistik " + year,
                                "Workshop och utbildning för medlemmarna");
                    }
                    for (int d = 0; d < reached.length; d++) {
                        reached[d] = Math.min(topPhase, reached[d] + random.nextInt(2));
                    }
                }
            }
        }

        /** A, B, … Z, AA, AB, …: as AssessmentService names clusters in a shared matrix. */
        List<String> letters(int count) {
            var letters = new ArrayList<String>(count);
            for (int i = 0; i < count; i++) {
                letters.add(i < 26 ? String.valueOf((char) ('A' + i))
                        : String.valueOf((char) ('A' + i / 26 - 1)) + (char) ('A' + i % 26));
            }
            return letters;
        }

        void labels() {
            var labels = table("ecei_label", "id uuid", "region_code text", "cluster_id uuid", "level text",
                    "assessed_on date", "valid_until date", "score_percent int", "issuer_reference text");
            var goals = table("label_goal", "cluster_id uuid", "region_code text", "target_level text",
                    "target_date date");
            String[] levels = {"BRONZE", "SILVER", "GOLD"};
            int reference = 1;
            for (UUID cluster : clusterIds) {
                int steps = random.nextInt(4); // 0: never labelled
                LocalDate assessed = LocalDate.of(2017 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
                for (int step = 0; step < steps; step++) {
                    LocalDate valid = assessed.plusYears(2);
                    labels.add(id("label", cluster, step), spec.code(), cluster, levels[step], assessed, valid,
                            60 + random.nextInt(40), "ECEI-" + assessed.getYear() + "-" + String.format("%04d", reference++));
                    assessed = valid.minusDays(random.nextInt(120)).plusDays(random.nextInt(60));
                }
                if (steps < 3 && random.nextInt(5) < 2) {
                    goals.add(cluster, spec.code(), levels[steps], LocalDate.of(2027, 12, 31));
                }
            }
        }

        void goalsAndMilestones(UUID programme) {
            var goals = table("programme_goal", "id uuid", "region_code text", "programme_id uuid", "position int",
                    "kind text", "title text", "deadline date", "label_level text", "threshold bigint",
                    "funding_year int", "manual_status text", "status_comment text");
            LocalDate end = LocalDate.of(LAST_YEAR, 12, 31);
            long tenth = Math.max(1, spec.clusters() / 10);
            goals.add(id("goal", 1), spec.code(), programme, 1, "LABEL_AT_LEAST",
                    "Minst " + tenth + " kluster med guldmärkning", end, "GOLD", tenth, null, null, null);
            goals.add(id("goal", 2), spec.code(), programme, 2, "LABEL_ALL", "Alla kluster med bronsmärkning", end,
                    "BRONZE", null, null, null, null);
            goals.add(id("goal", 3), spec.code(), programme, 3, "MEMBERS_EACH", "Minst 30 medlemmar i varje kluster",
                    end, null, 30L, null, null, null);
            goals.add(id("goal", 4), spec.code(), programme, 4, "BASE_FUNDING_MAX",
                    "Basfinansiering högst 1 000 000 kr per kluster " + LAST_YEAR, end, null, MILLION, LAST_YEAR, null,
                    null);
            goals.add(id("goal", 5), spec.code(), programme, 5, "MANUAL",
                    "Klustren samverkar över regiongränsen", end, null, null, null, "ON_TRACK",
                    "Tre gemensamma projekt med grannregionerna är igång.");
            var milestones = table("milestone", "id uuid", "region_code text", "programme_id uuid", "cluster_id uuid",
                    "title text", "due_date date", "responsible text", "status text", "done_on date", "comment text");
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                boolean past = year < 2026;
                milestones.add(id("milestone", year, 1), spec.code(), programme, null, "Årsrapport " + year,
                        LocalDate.of(year, 12, 15), "Programansvarig", past ? "DONE" : "PLANNED",
                        past ? LocalDate.of(year, 12, 10) : null, null);
                milestones.add(id("milestone", year, 2), spec.code(), programme, null, "Dialogmöte med klustren " + year,
                        LocalDate.of(year, 5, 31), "Handläggare", year <= 2026 ? "DONE" : "PLANNED",
                        LocalDate.of(year, 5, 28), null);
            }
            int i = 0;
            for (UUID cluster : clusterIds) {
                boolean done = i++ % 3 != 0;
                LocalDate due = LocalDate.of(2026, 3 + random.nextInt(9), 1).plusDays(random.nextInt(28));
                milestones.add(id("milestone", cluster), spec.code(), null, cluster, "Ny strategi antagen av styrelsen",
                        due, "Klusterledare", done ? "DONE" : due.isBefore(LocalDate.of(2026, 11, 1)) ? "DELAYED"
                                : "IN_PROGRESS", done ? due.minusDays(3) : null, null);
            }
        }

        void indicators() {
            var indicators = table("indicator", "id uuid", "region_code text", "name_sv text", "name_en text",
                    "unit text", "definition text", "gender text", "total_id uuid", "summable boolean",
                    "sort_order int");
            record Definition(String sv, String en, String unit, boolean summable, int low, int high) {
            }
            var definitions = List.of(
                    new Definition("Antal medlemsföretag", "Member companies", "st", true, 10, 150),
                    new Definition("Antal anställda i medlemsföretagen", "Employees of member companies", "st", true,
                            100, 5000),
                    new Definition("Omsättning i medlemsföretagen", "Turnover of member companies", "MSEK", true, 20,
                            4000),
                    new Definition("Antal nya produkter och tjänster", "New products and services", "st", true, 0, 25),
                    new Definition("Andel företag med exportverksamhet", "Share of exporting companies", "%", false, 5,
                            80));
            var ids = new ArrayList<UUID>();
            int order = 10;
            for (Definition definition : definitions) {
                UUID id = id("indicator", definition.sv());
                indicators.add(id, spec.code(), definition.sv(), definition.en(), definition.unit(),
                        "Enligt klustrets årliga uppföljning.", null, null, definition.summable(), order);
                ids.add(id);
                order += 10;
            }
            UUID employees = ids.get(1);
            UUID women = id("indicator", "kvinnor");
            UUID men = id("indicator", "män");
            indicators.add(women, spec.code(), "Antal anställda i medlemsföretagen, kvinnor",
                    "Employees of member companies, women", "st", null, "WOMEN", employees, true, 21);
            indicators.add(men, spec.code(), "Antal anställda i medlemsföretagen, män", "Employees of member companies, men",
                    "st", null, "MEN", employees, true, 22);
            var rounds = table("indicator_round", "id uuid", "region_code text", "measured_on date", "name text");
            var roundIds = new ArrayList<UUID>();
            for (int year = 2023; year <= 2025; year++) {
                UUID id = id("indicator-round", year);
                rounds.add(id, spec.code(), LocalDate.of(year, 12, 31), "Uppföljning " + year);
                roundIds.add(id);
            }
            var values = table("indicator_value", "id uuid", "region_code text", "cluster_id uuid",
                    "indicator_id uuid", "round_id uuid", "text text", "kind text", "value numeric", "low numeric",
                    "high numeric", "review boolean");
            for (UUID cluster : clusterIds) {
                for (UUID round : roundIds) {
                    int employeesValue = 0;
                    for (int k = 0; k < definitions.size(); k++) {
                        var definition = definitions.get(k);
                        int value = definition.low() + random.nextInt(definition.high() - definition.low() + 1);
                        if (k == 1) {
                            employeesValue = value;
                        }
                        int variant = random.nextInt(20);
                        UUID id = id("value", cluster, ids.get(k), round);
                        if (variant == 0) {
                            values.add(id, spec.code(), cluster, ids.get(k), round, "ca " + value, "APPROXIMATE", value,
                                    null, null, false);
                        } else if (variant == 1) {
                            values.add(id, spec.code(), cluster, ids.get(k), round, value + "–" + (value + 10), "RANGE",
                                    null, value, value + 10, false);
                        } else if (variant == 2) {
                            values.add(id, spec.code(), cluster, ids.get(k), round, "uppgift saknas", "NOT_AVAILABLE",
                                    null, null, null, false);
                        } else {
                            values.add(id, spec.code(), cluster, ids.get(k), round, Integer.toString(value), "EXACT",
                                    value, null, null, false);
                        }
                    }
                    int womenValue = employeesValue * (25 + random.nextInt(40)) / 100;
                    values.add(id("value", cluster, women, round), spec.code(), cluster, women, round,
                            Integer.toString(womenValue), "EXACT", womenValue, null, null, false);
                    values.add(id("value", cluster, men, round), spec.code(), cluster, men, round,
                            Integer.toString(employeesValue - womenValue), "EXACT", employeesValue - womenValue, null,
                            null, false);
                }
            }
        }

        /** The region's cluster manager reports for its first cluster by name (Swedish order, as the portal sorts). */
        void manager() {
            var collator = java.text.Collator.getInstance(java.util.Locale.of("sv", "SE"));
            int first = IntStream.range(0, clusterNames.size()).boxed()
                    .min((a, b) -> collator.compare(clusterNames.get(a), clusterNames.get(b))).orElseThrow();
            table("cluster_manager", "region_code text", "cluster_id uuid", "username text")
                    .add(spec.code(), clusterIds.get(first), spec.code() + ".klusterledare");
        }
    }
}
