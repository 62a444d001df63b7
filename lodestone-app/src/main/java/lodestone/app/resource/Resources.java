package lodestone.app.resource;

import static lodestone.app.resource.Param.Type.DATE;
import static lodestone.app.resource.Param.Type.INTEGER;
import static lodestone.app.resource.Param.Type.TEXT;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import lodestone.app.resource.Resource.Example;
import lodestone.report.Defaults;
import lodestone.report.Query;
import lodestone.report.country.CountriesQuery;
import lodestone.report.country.CountryQuery;
import lodestone.report.mineral.ListsQuery;
import lodestone.report.mineral.MineralQuery;
import lodestone.report.mineral.MineralsQuery;
import lodestone.report.policy.AgreementQuery;
import lodestone.report.policy.AgreementsQuery;
import lodestone.report.policy.MeasureQuery;
import lodestone.report.policy.MeasuresQuery;
import lodestone.report.policy.OutlookQuery;
import lodestone.report.risk.EuBreakdownQuery;
import lodestone.report.risk.EuRankingQuery;
import lodestone.report.risk.RiskBreakdownQuery;
import lodestone.report.risk.RiskMethod;
import lodestone.report.risk.RiskRankingQuery;
import lodestone.report.scenario.PresetsQuery;
import lodestone.report.source.SourcesQuery;

/** Every question the command line and the API both answer, declared once. */
public final class Resources {
    private static final String API = "/api/v1/";
    private static final Param ON = Param.option("on", DATE, "the date of the statuses and measures (default today)");
    private static final Param YEAR =
            Param.option("year", INTEGER, "the latest production year to use (default the" + " latest of each series)");
    private static final Param PERSPECTIVE =
            Param.option("perspective", TEXT, "the importing country, ISO code or name (default US)");
    private static final Param MINERAL_FILTER = Param.option(
            "mineral", TEXT, "only those naming this mineral, id or name" + " (directly or through a group)");

    /** The questions, in the order the command line lists them. */
    public static final List<Resource> ALL = List.of(
            of(
                    "minerals",
                    "The minerals Lodestone knows, with their list memberships; or only the members of one official"
                            + " list.",
                    List.of(Param.option(
                            "list",
                            TEXT,
                            "only the members of this list: usgs-2025 (60, 7 Nov 2025),"
                                    + " usgs-2022 (50, 24 Feb 2022) or eu-2023 (34, 16 Mar 2023)")),
                    "minerals?list=usgs-2025",
                    "minerals --list usgs-2025",
                    a -> new MineralsQuery(a.text("list"))),
            of(
                    "mineral",
                    "One mineral: per stage the producing countries with quantity, share, source and flags, the HHI"
                            + " (0-10,000) and top-3 share; reserves; the perspective's net import reliance, import"
                            + " sources and look-through exposure; list memberships; every source used. Where several"
                            + " sources cover a stage all are shown; the first is the one the resolution policy prefers"
                            + " (most recent period, then source tier).",
                    List.of(
                            Param.argument("mineral", "mineral id, name or symbol, e.g. rare-earths, gallium, Dy"),
                            YEAR,
                            PERSPECTIVE),
                    "minerals/rare-earths",
                    "mineral rare-earths",
                    a -> new MineralQuery(a.text("mineral"), a.integer("year"), a.text("perspective")),
                    "year"),
            of(
                    "countries",
                    "The countries with production or supply shares on record, with how many minerals each.",
                    List.of(),
                    "countries",
                    "countries",
                    a -> new CountriesQuery()),
            of(
                    "country",
                    "What a country produces, by mineral and stage, with its quantity, its share of the world and its"
                            + " rank (latest year of each series), and its reserves. Every row names its source.",
                    List.of(Param.argument("country", "ISO 3166-1 alpha-2 or alpha-3 code, or a name: CN, CHN, China")),
                    "countries/CN",
                    "country CN",
                    a -> new CountryQuery(a.text("country"))),
            of(
                    "lists",
                    "The official critical-mineral lists (USGS 2022 and 2025, EU 2023) with every entry as published"
                            + " and the catalogue minerals it covers.",
                    List.of(),
                    "lists",
                    "lists",
                    a -> new ListsQuery()),
            of(
                    "sources",
                    "Every source in the knowledge base with its publisher, licence, tier, attribution and the number"
                            + " of observations that cite it.",
                    List.of(),
                    "sources",
                    "sources",
                    a -> new SourcesQuery()),
            of(
                    "measures",
                    "Export controls and restrictions with their status on a date, derived from their dated events: in"
                            + " force, announced, suspended (until when), suspension ended (no later record), lifted,"
                            + " expired. Measures not yet announced on that date are left out. Filters combine:"
                            + " mineral dysprosium and target US list what binds dysprosium exports to the US.",
                    List.of(
                            ON,
                            MINERAL_FILTER,
                            Param.option("issuer", TEXT, "only measures issued by this country"),
                            Param.option("target", TEXT, "only measures covering exports to this country")),
                    "measures?on=2026-11-20&mineral=dysprosium",
                    "measures --on 2026-11-20 --mineral dysprosium",
                    a -> new MeasuresQuery(a.date("on"), a.text("mineral"), a.text("issuer"), a.text("target")),
                    "on"),
            of(
                    "measure",
                    "One export control: what it covers, its dated history, its status on a date (derived from the"
                            + " events) and every source.",
                    List.of(Param.argument("id", "measure id, e.g. cn-ree-medium-heavy-2025 (see measures)"), ON),
                    "measures/cn-ree-medium-heavy-2025?on=2026-11-20",
                    "measure cn-ree-medium-heavy-2025 --on 2026-11-20",
                    a -> new MeasureQuery(a.text("id"), a.date("on")),
                    "on"),
            of(
                    "agreements",
                    "Agreements, investments and joint ventures with their date, parties, firm money and concreteness"
                            + " score (the reasons are in agreement ID).",
                    List.of(
                            Param.option("on", DATE, "the date deadlines are judged on (default today)"),
                            Param.option("party", TEXT, "only agreements with a party of this country"),
                            MINERAL_FILTER),
                    "agreements?on=2026-11-20&party=AU",
                    "agreements --on 2026-11-20 --party AU",
                    a -> new AgreementsQuery(a.date("on"), a.text("party"), a.text("mineral")),
                    "on"),
            of(
                    "agreement",
                    "One agreement: official title and variants, date, parties, money (qualifier, purpose, press-only),"
                            + " commitments with deadlines, clauses, the concreteness scorecard with the reason for every"
                            + " point, the linked projects, the delivery outlook of their capacity, every source.",
                    List.of(
                            Param.argument("id", "agreement id, e.g. us-au-framework-2025 (see agreements)"),
                            Param.option("on", DATE, "the date deadlines are judged on (default today)"),
                            Param.option(
                                    "to",
                                    INTEGER,
                                    "the last year of the outlook (default " + Defaults.OUTLOOK_LAST_YEAR + ")")),
                    "agreements/us-au-framework-2025?on=2026-11-20",
                    "agreement us-au-framework-2025 --on 2026-11-20",
                    a -> new AgreementQuery(a.text("id"), a.date("on"), a.integer("to")),
                    "on"),
            of(
                    "outlook",
                    "Delivery outlook for a mineral: the capacity the recorded projects would add each year (expected,"
                            + " and P10/P50/P90 from independent delivery probabilities), and China's share of world supply"
                            + " at the project's stage with it, other producers held at the latest USGS year. Every"
                            + " parameter is sourced or an explicit assumption (docs/methods/agreements.md).",
                    List.of(
                            Param.argument("mineral", "mineral id or name, e.g. gallium, tungsten"),
                            Param.option("from", INTEGER, "the first year (default this year)"),
                            Param.option("to", INTEGER, "the last year (default " + Defaults.OUTLOOK_LAST_YEAR + ")")),
                    "outlook/gallium?from=2026&to=2032",
                    "outlook gallium --from 2026 --to 2032",
                    a -> new OutlookQuery(a.text("mineral"), a.integer("from"), a.integer("to"))),
            new Resource(
                    "risk",
                    "Supply risk. Without a mineral: every mineral ranked, each with its components, their inputs and"
                            + " sources. With one: its breakdown, concentration per stage (shares, HHI, top-1/top-3, a"
                            + " chosen country's share), the perspective's dependency with look-through, measures in force"
                            + " on the date, partner supply. Method lodestone (default): 100 · C · (1 + D)/2 · (2 + M)/3 ·"
                            + " (1 − A/4), docs/methods/lodestone-index.md. Method eu-2017: the EU supply risk"
                            + " recomputed for 2023 with published t and t adjusted to the measures in force on the date,"
                            + " its error against the published values and list membership,"
                            + " docs/methods/eu-supply-risk.md.",
                    List.of(API + "risk", API + "risk/{mineral}"),
                    List.of(
                            Param.argument("mineral", "the mineral to break down, id or name")
                                    .optional(),
                            Param.option("method", TEXT, "the risk method (default lodestone)")
                                    .allowing(RiskMethod.ids()),
                            PERSPECTIVE,
                            Param.option("on", DATE, "the date of the measures in force (default today)"),
                            Param.option("year", INTEGER, "the latest data year to use (default the latest)"),
                            Param.option(
                                    "country",
                                    TEXT,
                                    "the country whose share is shown for every stage of a" + " breakdown (default "
                                            + Defaults.SHOWN_COUNTRY + ")")),
                    List.of(
                            example("risk?on=2026-11-20", "risk --on 2026-11-20"),
                            example(
                                    "risk/rare-earths?on=2026-11-20&perspective=US",
                                    "risk rare-earths --on 2026-11-20 --perspective US")),
                    Resources::risk,
                    Set.of("on", "year")),
            of(
                    "scenarios",
                    "The disruption-scenario presets with their titles, horizons and minerals; run one with simulate"
                            + " ID (POST /api/v1/scenarios/runs).",
                    List.of(),
                    "scenarios",
                    "scenarios",
                    a -> new PresetsQuery()));

    private Resources() {}

    private static Resource of(
            String command,
            String description,
            List<Param> params,
            String request,
            String cli,
            Function<Arguments, Query<?>> query,
            String... uncachedBy) {
        String path = request.replaceAll("\\?.*", "");
        for (Param p : params) {
            if (p.positional()) {
                path = path.substring(0, path.lastIndexOf('/') + 1) + "{" + p.name() + "}";
            }
        }
        return new Resource(
                command,
                description,
                List.of(API + path),
                params,
                List.of(example(request, cli)),
                query,
                Set.of(uncachedBy));
    }

    private static Example example(String request, String cli) {
        return new Example(API + request, List.of(cli.split(" ", -1)));
    }

    private static Query<?> risk(Arguments a) {
        boolean eu = RiskMethod.parse(a.text("method")) == RiskMethod.EU_2017;
        String mineral = a.text("mineral");
        if (mineral == null) {
            return eu
                    ? new EuRankingQuery(a.date("on"))
                    : new RiskRankingQuery(a.text("perspective"), a.date("on"), a.integer("year"));
        }
        return eu
                ? new EuBreakdownQuery(mineral, a.date("on"))
                : new RiskBreakdownQuery(
                        mineral, a.text("perspective"), a.text("country"), a.date("on"), a.integer("year"));
    }

    /**
     * @param command a command name
     * @return the resource with this command
     */
    public static Resource command(String command) {
        return ALL.stream()
                .filter(r -> r.command().equals(command))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no resource " + command + "."));
    }
}
