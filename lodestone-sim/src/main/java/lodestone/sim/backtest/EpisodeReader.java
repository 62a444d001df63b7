package lodestone.sim.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.FieldReader;
import lodestone.sim.scenario.ScenarioException;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import org.jspecify.annotations.Nullable;

/**
 * Reads an episode (YAML or JSON): its scenarios, each read by {@link ScenarioReader}, and its observations. Like the
 * scenario reader it collects every problem, with the field path and the value, before refusing the file; an
 * observation must name a scenario of the episode, a market of that scenario and a window inside its months.
 *
 * <p>Also reads a file of extra observations ({@code observations: [...]}, each with an {@code episode} field), so that
 * a held-out record can be scored together with an episode's own rows.
 *
 * <p><b>What a price row prices.</b> A row's optional {@code stage} says what stage of the chain its price is of, which
 * a researcher can tell from the row's source without the model: {@code market} (the default) is the product the
 * episode's market trades, as its scenario defines it (the nickel ore a ban withholds, delivered to China);
 * {@code downstream} is a product made from it further down the chain (LME nickel, the refined metal, where the market
 * is the ore), and only an outside price ({@code series: priceOutside}) can be one. The episode gives the facts for a
 * downstream product in {@code downstreamProducts} ({@link DownstreamProduct}: the product, {@code feedShare}, the
 * share of its world supply that rests on the market's outside supply, {@code stocksMonths}, its stocks in months of
 * its use, and their {@code basis}); a downstream row is then scored against {@code (priceOutside)^π} month by month,
 * π = min(1, feedShare (c̄ + W) / (stocksMonths + W)), and against the market's own outside price where the episode
 * gives no facts for it. Rows recorded before the field existed are relabelled by the declaration's {@code rows}
 * (their ids) with {@code rowsBasis} (why, in their record's own words): a development record stays byte for byte as
 * its researcher wrote it. A third stage, {@code reference}, is a reference price the issuer's government sets from
 * world prices (an export benchmark): with the episode's {@code referencePrices} ({@link ReferencePrice}: the price,
 * {@code lagMonths}, how many months before the row's month the prices it is set from lie, and its {@code basis}) it is
 * scored against the market's outside price that many months earlier, and as its series says without one. A move a
 * price made on reports of the measure before the base of some rows is declared in {@code anticipatedMoves} ({@link
 * AnticipatedMove}: the product, {@code change}, its {@code basis}, the {@code rows} whose base carries it and their
 * {@code rowsBasis}); each named row is scored against its value divided by 1 + change.
 */
public final class EpisodeReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> OBSERVATION_FIELDS = Set.of(
            "id",
            "episode",
            "scenario",
            "market",
            "series",
            "from",
            "to",
            "aggregate",
            "relativeFrom",
            "relativeTo",
            "value",
            "baseline",
            "source",
            "tier",
            "note",
            "recordedAt",
            "transitMonths",
            "transitBasis",
            "stage");

    private final FieldReader fields = new FieldReader();

    private EpisodeReader() {}

    /**
     * @param text the episode
     * @param origin the file or resource name, for messages
     * @param catalogue the minerals known
     * @param behaviour the behaviour of markets that do not override it
     * @return the episode
     * @throws ScenarioException listing every problem
     */
    public static Episode read(String text, String origin, MineralCatalogue catalogue, Behaviour behaviour) {
        JsonNode root = parse(text, origin);
        EpisodeReader reader = new EpisodeReader();
        Episode episode = reader.episode(root, origin, catalogue, behaviour);
        if (!reader.fields.problems().isEmpty() || episode == null) {
            throw new ScenarioException(origin, reader.fields.problems());
        }
        return episode;
    }

    /**
     * Reads extra observations and checks each against the episode it names.
     *
     * @param text a mapping with {@code observations: [...]}
     * @param origin the file name
     * @param episodes the known episodes
     * @return the observations by episode id, in file order
     * @throws ScenarioException listing every problem
     */
    public static java.util.Map<String, List<Observation>> readExtra(
            String text, String origin, List<Episode> episodes) {
        JsonNode root = parse(text, origin);
        EpisodeReader reader = new EpisodeReader();
        reader.fields.known(root, "", Set.of("observations"));
        JsonNode list = root.get("observations");
        java.util.Map<String, List<Observation>> out = new java.util.LinkedHashMap<>();
        if (list == null || !list.isArray()) {
            reader.fields.problem("observations", list, "must be a list of observations, each naming its episode");
        } else {
            List<JsonNode> rows = new ArrayList<>();
            list.forEach(rows::add);
            List<String> paths = rowPaths(rows);
            for (int i = 0; i < list.size(); i++) {
                String path = paths.get(i);
                String episodeId = reader.fields.text(list.get(i), "episode", path, true);
                Optional<Episode> episode =
                        episodes.stream().filter(e -> e.id().equals(episodeId)).findFirst();
                if (episodeId != null && episode.isEmpty()) {
                    reader.fields.problem(
                            path + ".episode",
                            episodeId,
                            "must be one of "
                                    + episodes.stream().map(Episode::id).toList());
                } else if (episode.isPresent()) {
                    Observation observation =
                            reader.observation(list.get(i), path, episode.get().scenarios());
                    if (observation != null) {
                        out.computeIfAbsent(episodeId, k -> new ArrayList<>()).add(observation);
                    }
                }
            }
        }
        if (!reader.fields.problems().isEmpty()) {
            throw new ScenarioException(origin, reader.fields.problems());
        }
        return out;
    }

    /**
     * Each scenario of a valid episode as the reader gives it to {@link ScenarioReader}: written back from the file's
     * tree. {@link #scenarios} reads them under any behaviour without reading the rest of the file again.
     *
     * @param text an episode that {@link #read} accepts
     * @param origin the file name
     * @return each scenario's text, in the file's order
     */
    static List<String> scenarioTexts(String text, String origin) {
        List<String> out = new ArrayList<>();
        for (JsonNode scenario : parse(text, origin).path("scenarios")) {
            try {
                out.add(YAML.writeValueAsString(scenario));
            } catch (JsonProcessingException e) {
                throw new ScenarioException(origin, List.of("scenarios: cannot be written back: " + e.getMessage()));
            }
        }
        return out;
    }

    /**
     * @param texts an accepted episode's scenarios ({@link #scenarioTexts})
     * @param origin the file name
     * @param catalogue the minerals known
     * @param behaviour the behaviour of markets that do not override it
     * @return the scenarios {@link #read} gives the episode under that behaviour
     * @throws ScenarioException if a scenario is refused under it
     */
    static List<ScenarioSpec> scenarios(
            List<String> texts, String origin, MineralCatalogue catalogue, Behaviour behaviour) {
        List<ScenarioSpec> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(scenario(texts.get(i), origin, i, catalogue, behaviour));
        }
        return out;
    }

    /** @return the episode's i-th scenario read from its text written back, named in messages as {@link #read} names it */
    private static ScenarioSpec scenario(
            String text, String origin, int i, MineralCatalogue catalogue, Behaviour behaviour) {
        return ScenarioReader.read(text, origin + " scenarios[" + i + "]", catalogue, behaviour);
    }

    private static JsonNode parse(String text, String origin) {
        JsonNode root = FieldReader.tree(text, origin, ScenarioException::new);
        if (root == null || !root.isObject()) {
            throw new ScenarioException(origin, List.of("the file must be a mapping of fields."));
        }
        return root;
    }

    private @Nullable Episode episode(JsonNode root, String origin, MineralCatalogue catalogue, Behaviour behaviour) {
        fields.known(
                root,
                "",
                Set.of(
                        "id",
                        "title",
                        "role",
                        "measure",
                        "description",
                        "scenarios",
                        "observations",
                        "sources",
                        "neighbouringProducts",
                        "downstreamProducts",
                        "referencePrices",
                        "anticipatedMoves"));
        String id = fields.text(root, "id", "", true);
        String title = fields.text(root, "title", "", true);
        String roleText = fields.text(root, "role", "", true);
        Episode.Role role = null;
        if (roleText != null) {
            if (roleText.equals("calibration")) {
                role = Episode.Role.CALIBRATION;
            } else if (roleText.equals("test")) {
                role = Episode.Role.TEST;
            } else {
                fields.problem("role", roleText, "must be calibration or test");
            }
        }
        String measure =
                Optional.ofNullable(fields.text(root, "measure", "", false)).orElse("");
        String description =
                Optional.ofNullable(fields.text(root, "description", "", false)).orElse("");
        List<ScenarioSpec> scenarios = new ArrayList<>();
        List<JsonNode> list = nonEmptyList(root, "scenarios", "scenario specs");
        Set<String> scenarioIds = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                ScenarioSpec spec = scenario(YAML.writeValueAsString(list.get(i)), origin, i, catalogue, behaviour);
                if (!scenarioIds.add(spec.id())) {
                    fields.problem("scenarios[" + i + "].id", spec.id(), "must be unique within the episode");
                }
                scenarios.add(spec);
            } catch (ScenarioException e) {
                fields.addAll("scenarios[" + i + "]", e.problems());
            } catch (JsonProcessingException e) {
                fields.problem("scenarios[" + i + "]", list.get(i), "cannot be written back: " + e.getMessage());
            }
        }
        List<Observation> observations = new ArrayList<>();
        List<JsonNode> rows = observationRows(root, role);
        Set<String> observationIds = new HashSet<>();
        List<String> paths = rowPaths(rows);
        for (int i = 0; i < rows.size(); i++) {
            Observation observation = observation(rows.get(i), paths.get(i), scenarios);
            if (observation != null) {
                if (!observationIds.add(observation.id())) {
                    fields.problem(paths.get(i) + ".id", observation.id(), "must be unique");
                }
                observations.add(observation);
            }
        }
        List<String> sources = new ArrayList<>();
        JsonNode cited = root.get("sources");
        if (cited != null) {
            cited.forEach(source -> sources.add(source.asText()));
        }
        PriceDeclarations declarations = new PriceDeclarations(
                neighbouringProducts(root, scenarios),
                downstreamProducts(root, scenarios),
                referencePrices(root, scenarios),
                anticipatedMoves(root, scenarios));
        if (!fields.problems().isEmpty() || id == null || title == null || role == null) {
            return null;
        }
        try {
            return new Episode(id, title, role, measure, description, scenarios, observations, sources, declarations);
        } catch (IllegalArgumentException e) {
            // a declaration that names a row it cannot apply to (an anticipated move on a row measured against a later
            // month): reported with the file
            fields.problem(
                    "anticipatedMoves", "rows", String.valueOf(e.getMessage()).replaceAll("\\.$", ""));
            return null;
        }
    }

    /**
     * The downstream products some outside price rows quote ({@link DownstreamProduct}): each names the scenario
     * (optional with one), the market, the product, the share of its world supply that rests on the market's outside
     * supply ({@code feedShare}), its stocks in months of its use ({@code stocksMonths}) and their {@code basis}; and,
     * for rows recorded before a row could say {@code stage: downstream}, the ids of the rows that price it
     * ({@code rows}) with their record's words for why ({@code rowsBasis}).
     *
     * @param root the episode document
     * @param scenarios the episode's scenarios
     * @return the declarations, none without the field
     */
    private List<DownstreamProduct> downstreamProducts(JsonNode root, List<ScenarioSpec> scenarios) {
        return declarations(root, "downstreamProducts", (node, path) -> {
            fields.known(
                    node,
                    path,
                    Set.of("scenario", "market", "product", "feedShare", "stocksMonths", "basis", "rows", "rowsBasis"));
            Optional<ScenarioSpec> scenario = declaredScenario(node, path, scenarios);
            String market = declaredMarket(node, path, scenario);
            String product = fields.text(node, "product", path, true);
            double share = fields.number(node, "feedShare", path, 0, 0, 1, true);
            double stocks = fields.number(node, "stocksMonths", path, 0, 0, 120, true);
            String basis = fields.text(node, "basis", path, true);
            Set<String> rows = relabelledRows(node, path);
            String rowsBasis = rowsBasis(node, path, rows);
            return fields.problems().isEmpty() && market != null && product != null && basis != null
                    ? new DownstreamProduct(
                            scenario.orElseThrow().id(), market, product, share, stocks, basis, rows, rowsBasis)
                    : null;
        });
    }

    /**
     * The reference prices an issuer's government sets from world prices that some rows are ({@link ReferencePrice}):
     * each names the scenario (optional with one), the market, the price in words ({@code product}), how many months
     * before a row's month the prices it is set from lie ({@code lagMonths}) and the rule's {@code basis}; and, for rows
     * recorded before a row could say {@code stage: reference}, their ids ({@code rows}) with their record's words for
     * why ({@code rowsBasis}).
     *
     * @param root the episode document
     * @param scenarios the episode's scenarios
     * @return the declarations, none without the field
     */
    private List<ReferencePrice> referencePrices(JsonNode root, List<ScenarioSpec> scenarios) {
        return declarations(root, "referencePrices", (node, path) -> {
            fields.known(
                    node, path, Set.of("scenario", "market", "product", "lagMonths", "basis", "rows", "rowsBasis"));
            Optional<ScenarioSpec> scenario = declaredScenario(node, path, scenarios);
            String market = declaredMarket(node, path, scenario);
            String product = fields.text(node, "product", path, true);
            double lag = fields.number(node, "lagMonths", path, 1, 1, Transit.MAX_MONTHS, true);
            if (lag != Math.rint(lag)) {
                fields.problem(path + ".lagMonths", node.get("lagMonths"), "must be whole months");
            }
            String basis = fields.text(node, "basis", path, true);
            Set<String> rows = relabelledRows(node, path);
            String rowsBasis = rowsBasis(node, path, rows);
            return fields.problems().isEmpty() && market != null && product != null && basis != null
                    ? new ReferencePrice(
                            scenario.orElseThrow().id(), market, product, (int) lag, basis, rows, rowsBasis)
                    : null;
        });
    }

    /**
     * The moves some prices made on reports of the measure before the base of the rows that name it ({@link
     * AnticipatedMove}): each names the scenario (optional with one), the market, the product whose price moved, the
     * move as a share of the price before the first reports ({@code change}, above −1), its dated source ({@code
     * basis}), the ids of the rows whose base carries it ({@code rows}, at least one) and why their base does ({@code
     * rowsBasis}).
     *
     * @param root the episode document
     * @param scenarios the episode's scenarios
     * @return the declarations, none without the field
     */
    private List<AnticipatedMove> anticipatedMoves(JsonNode root, List<ScenarioSpec> scenarios) {
        return declarations(root, "anticipatedMoves", (node, path) -> {
            fields.known(node, path, Set.of("scenario", "market", "product", "change", "basis", "rows", "rowsBasis"));
            Optional<ScenarioSpec> scenario = declaredScenario(node, path, scenarios);
            String market = declaredMarket(node, path, scenario);
            String product = fields.text(node, "product", path, true);
            double change = fields.number(node, "change", path, 0, -0.99, 100, true);
            String basis = fields.text(node, "basis", path, true);
            Set<String> rows = relabelledRows(node, path);
            if (node.get("rows") == null) {
                fields.problem(path + ".rows", null, "must name the rows whose base carries the move");
            }
            String rowsBasis = rowsBasis(node, path, rows);
            return fields.problems().isEmpty() && market != null && product != null && basis != null
                    ? new AnticipatedMove(scenario.orElseThrow().id(), market, product, change, basis, rows, rowsBasis)
                    : null;
        });
    }

    /** Reads one declaration of an episode-level list; null after recording its problems. */
    @FunctionalInterface
    private interface Declaration<T> {
        @Nullable
        T read(JsonNode node, String path);
    }

    /**
     * @param root the episode document
     * @param field the list's field
     * @param one reads one element, given its path ({@code field[i]})
     * @return the declarations read, none without the field; a problem if it is not a list
     */
    private <T> List<T> declarations(JsonNode root, String field, Declaration<T> one) {
        List<T> out = new ArrayList<>();
        JsonNode list = root.get(field);
        if (list == null) {
            return out;
        }
        if (!list.isArray()) {
            fields.problem(field, list, "must be a list");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            T declared = one.read(list.get(i), field + "[" + i + "]");
            if (declared != null) {
                out.add(declared);
            }
        }
        return out;
    }

    /** @return the scenario a declaration names (optional with one scenario), empty after recording a problem */
    private Optional<ScenarioSpec> declaredScenario(JsonNode node, String path, List<ScenarioSpec> scenarios) {
        String scenarioId = fields.text(node, "scenario", path, scenarios.size() > 1);
        Optional<ScenarioSpec> scenario = scenarios.stream()
                .filter(s -> scenarioId == null ? scenarios.size() == 1 : s.id().equals(scenarioId))
                .findFirst();
        if (scenario.isEmpty()) {
            fields.problem(path + ".scenario", scenarioId, "must be the id of one of the episode's scenarios");
        }
        return scenario;
    }

    /** @return the market a declaration names, null when missing; a problem when the scenario has no such market */
    private @Nullable String declaredMarket(JsonNode node, String path, Optional<ScenarioSpec> scenario) {
        String market = fields.text(node, "market", path, true);
        if (scenario.isPresent()
                && market != null
                && Markets.find(scenario.get(), market).isEmpty()) {
            fields.problem(
                    path + ".market",
                    market,
                    "must be a market of scenario " + scenario.get().id());
        }
        return market;
    }

    /** @return the ids a declaration's {@code rows} relabels, none without the field */
    private Set<String> relabelledRows(JsonNode node, String path) {
        Set<String> rows = new java.util.LinkedHashSet<>();
        JsonNode ids = node.get("rows");
        if (ids != null && !ids.isArray()) {
            fields.problem(path + ".rows", ids, "must be a list of row ids");
        } else if (ids != null) {
            ids.forEach(row -> rows.add(row.asText()));
            if (rows.isEmpty()) {
                fields.problem(path + ".rows", ids, "must name at least one row; leave it out to relabel none");
            }
        }
        return rows;
    }

    /** @return the declaration's {@code rowsBasis}, required with rows to relabel and refused without the field */
    private String rowsBasis(JsonNode node, String path, Set<String> rows) {
        String rowsBasis = Optional.ofNullable(fields.text(node, "rowsBasis", path, !rows.isEmpty()))
                .orElse("");
        if (node.get("rows") == null && !rowsBasis.isBlank()) {
            fields.problem(path + ".rowsBasis", rowsBasis, "is only read with rows to relabel");
        }
        return rowsBasis;
    }

    /**
     * The neighbouring products some price rows are quoted in ({@link NeighbouringProduct}): each names the scenario
     * (optional with one), the market, the price series, the product, its pass-through share in [0, 1] and the
     * share's basis.
     *
     * @param root the episode document
     * @param scenarios the episode's scenarios
     * @return the declarations, none without the field
     */
    private List<NeighbouringProduct> neighbouringProducts(JsonNode root, List<ScenarioSpec> scenarios) {
        return declarations(root, "neighbouringProducts", (node, path) -> {
            fields.known(node, path, Set.of("scenario", "market", "series", "product", "passThrough", "basis"));
            Optional<ScenarioSpec> scenario = declaredScenario(node, path, scenarios);
            String market = declaredMarket(node, path, scenario);
            String seriesText = fields.text(node, "series", path, true);
            Optional<Series> series = seriesText == null ? Optional.empty() : Series.find(seriesText);
            String product = fields.text(node, "product", path, true);
            double share = fields.number(node, "passThrough", path, 1, 0, 1, true);
            String basis = fields.text(node, "basis", path, true);
            if (seriesText != null && series.filter(Series::isPrice).isEmpty()) {
                fields.problem(
                        path + ".series",
                        seriesText,
                        "must be a price series (priceInside, priceOutside or" + " priceRealised)");
            }
            return scenario.isPresent()
                            && market != null
                            && series.filter(Series::isPrice).isPresent()
                            && product != null
                            && basis != null
                    ? new NeighbouringProduct(scenario.get().id(), market, series.get(), product, share, basis)
                    : null;
        });
    }

    /**
     * A test episode may come without rows of its own: one built from what was known before its measure, whose outcome
     * rows are written separately and scored with {@link #readExtra}. A calibration episode must hold its rows.
     *
     * @param root the episode document
     * @param role the episode's role, null when it is invalid
     * @return the observation rows; none when a test episode has no {@code observations} field
     */
    private List<JsonNode> observationRows(JsonNode root, Episode.@Nullable Role role) {
        if (role == Episode.Role.TEST && root.get("observations") == null) {
            return List.of();
        }
        return nonEmptyList(root, "observations", "observations");
    }

    /**
     * Names each observation row in problems by its id, which the analyst can search the file for, rather than by its
     * index, which they would have to count to.
     *
     * @param rows the observation rows, in file order
     * @return each row's path: {@code observations[id]} when the row's id is text that no other row has and that cannot
     *     be read as an index, {@code observations[i]} otherwise (a missing, repeated or numeric id)
     */
    private static List<String> rowPaths(List<JsonNode> rows) {
        java.util.Map<String, Integer> uses = new java.util.HashMap<>();
        List<@Nullable String> ids = new ArrayList<>();
        for (JsonNode row : rows) {
            JsonNode id = row.get("id");
            String text = id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
            ids.add(text);
            if (text != null) {
                uses.merge(text, 1, Integer::sum);
            }
        }
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String id = ids.get(i);
            boolean names =
                    id != null && uses.getOrDefault(id, 0) == 1 && !id.chars().allMatch(Character::isDigit);
            paths.add("observations[" + (names ? id : String.valueOf(i)) + "]");
        }
        return paths;
    }

    /**
     * @param root the episode document
     * @param field the list's field
     * @param what what the list holds, for the problem
     * @return the list's elements; none, with a problem, when it is missing, not a list or empty
     */
    private List<JsonNode> nonEmptyList(JsonNode root, String field, String what) {
        JsonNode list = root.get(field);
        if (list == null || !list.isArray() || list.isEmpty()) {
            fields.problem(field, list, "must be a non-empty list of " + what);
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        list.forEach(elements::add);
        return elements;
    }

    private @Nullable Observation observation(JsonNode node, String path, List<ScenarioSpec> scenarios) {
        fields.known(node, path, OBSERVATION_FIELDS);
        String id = fields.text(node, "id", path, true);
        String scenarioId = fields.text(node, "scenario", path, scenarios.size() > 1);
        ScenarioSpec scenario = null;
        if (scenarioId == null && scenarios.size() == 1) {
            scenario = scenarios.get(0);
        } else if (scenarioId != null) {
            scenario = scenarios.stream()
                    .filter(s -> s.id().equals(scenarioId))
                    .findFirst()
                    .orElse(null);
            if (scenario == null) {
                fields.problem(
                        path + ".scenario",
                        scenarioId,
                        "must be the id of one of the episode's scenarios "
                                + scenarios.stream().map(ScenarioSpec::id).toList());
            }
        }
        String market = fields.text(node, "market", path, true);
        if (market != null && scenario != null && Markets.find(scenario, market).isEmpty()) {
            fields.problem(
                    path + ".market",
                    market,
                    "must be a market of scenario " + scenario.id() + " (a mineral id, or mineral#n for the n-th)");
        }
        String seriesText = fields.text(node, "series", path, true);
        Series series = null;
        if (seriesText != null) {
            series = Series.find(seriesText).orElse(null);
            if (series == null) {
                fields.problem(
                        path + ".series",
                        seriesText,
                        "must be one of "
                                + java.util.Arrays.stream(Series.values())
                                        .map(Series::id)
                                        .toList());
            }
        }
        Aggregate aggregate = Aggregate.MEAN;
        String aggregateText = fields.text(node, "aggregate", path, false);
        if (aggregateText != null) {
            try {
                aggregate = Aggregate.parse(aggregateText);
            } catch (IllegalArgumentException e) {
                fields.problem(
                        path + ".aggregate",
                        aggregateText,
                        "must be one of mean, volumeWeighted, worldVolumeWeighted, firstStop");
            }
        }
        if (aggregate == Aggregate.WORLD_VOLUME_WEIGHTED
                && scenario != null
                && !scenario.perspective().equals(ScenarioReader.OUTSIDE)) {
            fields.problem(
                    path + ".aggregate",
                    aggregateText,
                    "needs a scenario whose perspective is " + ScenarioReader.OUTSIDE + " (scenario " + scenario.id()
                            + " has " + scenario.perspective()
                            + "): only then do the perspective and the issuer make up"
                            + " the world. Maybe use volumeWeighted");
        }
        YearMonth from = month(node, "from", path, true);
        YearMonth to = Optional.ofNullable(month(node, "to", path, false)).orElse(from);
        YearMonth relativeFrom = month(node, "relativeFrom", path, false);
        YearMonth relativeTo =
                Optional.ofNullable(month(node, "relativeTo", path, false)).orElse(relativeFrom);
        double value = fields.number(node, "value", path, 0, 0, 1e6, true);
        String baseline =
                Optional.ofNullable(fields.text(node, "baseline", path, false)).orElse("");
        String source = fields.text(node, "source", path, true);
        String tier =
                Optional.ofNullable(fields.text(node, "tier", path, false)).orElse("");
        String note =
                Optional.ofNullable(fields.text(node, "note", path, false)).orElse("");
        Transit transit = transit(node, path, aggregate);
        Stage stage = stage(node, path, series, aggregate, transit);
        if (scenario != null && from != null && to != null) {
            window(scenario, from, to, path);
            if (relativeFrom != null && relativeTo != null) {
                window(scenario, relativeFrom, relativeTo, path + ".relative");
            }
            if (transit != null
                    && transit.shifts()
                    && to.minusMonths(transit.minMonths()).isBefore(Markets.firstMonth(scenario))) {
                fields.problem(
                        path + ".transitMonths",
                        node.get("transitMonths"),
                        "puts every month the row's cargo left in (" + from.minusMonths(transit.maxMonths()) + ".."
                                + to.minusMonths(transit.minMonths()) + ") before the first month scenario "
                                + scenario.id() + " simulates, " + Markets.firstMonth(scenario));
            }
        }
        if (id == null
                || transit == null
                || stage == null
                || scenario == null
                || market == null
                || series == null
                || from == null
                || to == null
                || source == null) {
            return null;
        }
        if (to.isBefore(from) || (relativeTo != null && relativeFrom != null && relativeTo.isBefore(relativeFrom))) {
            fields.problem(path, from + ".." + to, "window must not end before it starts");
            return null;
        }
        return new Observation(
                id,
                scenario.id(),
                market,
                series,
                from,
                to,
                aggregate,
                Optional.ofNullable(relativeFrom),
                Optional.ofNullable(relativeTo),
                value,
                baseline,
                source,
                tier,
                note,
                transit,
                stage);
    }

    /**
     * What stage of the chain a row prices: {@code stage: market} (the default: the product the episode's market
     * trades), {@code downstream} (a product made from it further down the chain, an outside price only) or {@code
     * reference} (a reference price the issuer's government sets from world prices, a price's mean only).
     *
     * @return the stage, or null after recording a problem
     */
    private @Nullable Stage stage(
            JsonNode node, String path, @Nullable Series series, Aggregate aggregate, @Nullable Transit transit) {
        String text = fields.text(node, "stage", path, false);
        if (text == null) {
            return Stage.MARKET;
        }
        Optional<Stage> stage = Stage.find(text);
        if (stage.isEmpty()) {
            fields.problem(path + ".stage", text, "must be market, downstream or reference");
            return null;
        }
        if (stage.get() == Stage.REFERENCE
                && ((series != null && !series.isPrice())
                        || aggregate != Aggregate.MEAN
                        || (transit != null && transit.shifts()))) {
            fields.problem(
                    path + ".stage",
                    text,
                    "is only read for a price's mean over its months, recorded where it is set: a reference price a"
                            + " government sets is read off the outside price of the months its rule reads");
            return null;
        }
        if (stage.get() == Stage.DOWNSTREAM && series != null && series != Series.PRICE_OUTSIDE) {
            fields.problem(
                    path + ".stage",
                    text,
                    "is only read for an outside price (series priceOutside): a downstream product's price is"
                            + " derived from the market's outside price");
            return null;
        }
        return stage.get();
    }

    /**
     * Where a row was recorded: {@code recordedAt: issuer} (the default: where the model counts it) or
     * {@code destination} (an importer's customs, on arrival), which needs {@code transitMonths} (whole months, a number
     * or {@code {min, max}}) and {@code transitBasis} (the published shipping time for the route, or ASSUMPTION and its
     * reason).
     *
     * @return the transit, or null after recording a problem
     */
    private @Nullable Transit transit(JsonNode node, String path, Aggregate aggregate) {
        String at = fields.text(node, "recordedAt", path, false);
        JsonNode months = node.get("transitMonths");
        String basis = fields.text(node, "transitBasis", path, false);
        if (at == null || at.equals("issuer")) {
            if (months != null || basis != null) {
                fields.problem(
                        path + (months != null ? ".transitMonths" : ".transitBasis"),
                        months != null ? months : basis,
                        "is only read for a row recorded at the destination; add recordedAt: destination");
                return null;
            }
            return Transit.AT_ISSUER;
        }
        if (!at.equals("destination")) {
            fields.problem(path + ".recordedAt", at, "must be issuer or destination");
            return null;
        }
        boolean ok = true;
        if (aggregate == Aggregate.FIRST_STOP) {
            fields.problem(
                    path + ".recordedAt",
                    at,
                    "cannot shift months to a first stop; only a flow or a price"
                            + " counted in a month is recorded at the destination");
            ok = false;
        }
        if (basis == null || basis.isBlank()) {
            fields.problem(
                    path + ".transitBasis",
                    basis,
                    "is required for a row recorded at the destination: the"
                            + " published shipping time for the route, or ASSUMPTION and its reason");
            ok = false;
        }
        int[] range = transitMonths(months, path + ".transitMonths");
        if (range == null || !ok || basis == null) {
            return null;
        }
        return new Transit(range[0], range[1], basis);
    }

    /** @return {min, max} of whole transit months with 0 ≤ min ≤ max ≤ 12 and max ≥ 1, or null after a problem */
    private int @Nullable [] transitMonths(@Nullable JsonNode months, String at) {
        String rule = "must be whole months, a number or {min, max} with 0 <= min <= max <= " + Transit.MAX_MONTHS
                + " and max >= 1, for a row recorded at the destination";
        if (months == null) {
            fields.problem(at, null, rule);
            return null;
        }
        JsonNode min = months.isObject() ? months.get("min") : months;
        JsonNode max = months.isObject() ? months.get("max") : months;
        if (months.isObject()) {
            fields.known(months, at, Set.of("min", "max"));
        }
        if (min == null
                || max == null
                || !min.canConvertToExactIntegral()
                || !max.canConvertToExactIntegral()
                || !min.isNumber()
                || !max.isNumber()) {
            fields.problem(at, months, rule);
            return null;
        }
        int lo = min.asInt();
        int hi = max.asInt();
        if (lo < 0 || hi < lo || hi > Transit.MAX_MONTHS || hi < 1) {
            fields.problem(at, months, rule);
            return null;
        }
        return new int[] {lo, hi};
    }

    private void window(ScenarioSpec scenario, YearMonth from, YearMonth to, String path) {
        YearMonth first = Markets.firstMonth(scenario);
        YearMonth last = scenario.start().plusMonths(scenario.horizonMonths() - 1L);
        if (from.isBefore(first) || to.isAfter(last)) {
            fields.problem(
                    path,
                    from + ".." + to,
                    "must lie within the months scenario " + scenario.id() + " simulates, " + first + ".." + last
                            + "\n    Maybe lengthen its horizonMonths");
        }
    }

    private @Nullable YearMonth month(JsonNode node, String field, String path, boolean required) {
        String text = fields.text(node, field, path, required);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            fields.problem(path + "." + field, text, "must be a month written YYYY-MM");
            return null;
        }
    }
}
