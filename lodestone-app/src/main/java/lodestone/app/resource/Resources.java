package lodestone.app.resource;

import static lodestone.app.resource.Param.Type.DATE;
import static lodestone.app.resource.Param.Type.FLAG;
import static lodestone.app.resource.Param.Type.INTEGER;
import static lodestone.app.resource.Param.Type.LIST;
import static lodestone.app.resource.Param.Type.TEXT;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import lodestone.app.resource.Resource.Example;
import lodestone.report.Defaults;
import lodestone.report.Query;
import lodestone.report.compare.CompareQuery;
import lodestone.report.country.CountriesQuery;
import lodestone.report.country.CountryQuery;
import lodestone.report.country.CountryReservesQuery;
import lodestone.report.edition.DiffQuery;
import lodestone.report.mineral.ListsQuery;
import lodestone.report.mineral.MineralHistoryQuery;
import lodestone.report.mineral.MineralQuery;
import lodestone.report.mineral.MineralsQuery;
import lodestone.report.mineral.ReservesQuery;
import lodestone.report.policy.AgreementQuery;
import lodestone.report.policy.AgreementsQuery;
import lodestone.report.policy.BuffersQuery;
import lodestone.report.policy.MeasureQuery;
import lodestone.report.policy.MeasuresQuery;
import lodestone.report.policy.MoneyQuery;
import lodestone.report.policy.OutlookQuery;
import lodestone.report.policy.ProjectsQuery;
import lodestone.report.risk.DiagnosticsQuery;
import lodestone.report.risk.EuBreakdownQuery;
import lodestone.report.risk.EuRankingQuery;
import lodestone.report.risk.OverviewQuery;
import lodestone.report.risk.PerspectiveDependencyQuery;
import lodestone.report.risk.RiskBreakdownQuery;
import lodestone.report.risk.RiskMethod;
import lodestone.report.risk.RiskRankingQuery;
import lodestone.report.risk.UsgsBreakdownQuery;
import lodestone.report.risk.UsgsRankingQuery;
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
    private static final Param EDITION = Param.option(
            "edition",
            TEXT,
            "the edition of a recurring publication to show: latest (default: the newest edition of each data year,"
                    + " e.g. 2025 and the revised 2024 from USGS MCS 2026, 2020 from MCS 2025) or one edition, e.g."
                    + " mcs-2025 or mcs-2026; every edition stays in the store (see diff)");
    private static final Param MEASURES_ON =
            Param.option("on", DATE, "the date of the measures in force (default today)");
    private static final Param DEADLINES_ON =
            Param.option("on", DATE, "the date deadlines are judged on (default today)");
    private static final Param PARTY_FILTER =
            Param.option("party", TEXT, "only agreements with a party of this country");
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
                            Param.argument(
                                    "mineral",
                                    "mineral id, name, symbol or alias in any case and spacing, singular or plural,"
                                            + " e.g. rare-earths, \"rare earth\", gallium, Dy, NdPr; a typo gets a"
                                            + " suggestion; a name other than the id is explained in one line on"
                                            + " standard error (JSON: resolved)"),
                            YEAR,
                            PERSPECTIVE.onlyIn(
                                    List.of("table", "json"),
                                    "the CSV has one row per producer share, and the perspective changes only the"
                                            + " dependency. Maybe use `lodestone dependency MINERAL --perspective P"
                                            + " --format csv` (GET /api/v1/dependency/{mineral}?format=csv)."),
                            EDITION),
                    "minerals/rare-earths",
                    "mineral rare-earths",
                    a -> new MineralQuery(
                            a.argument("mineral"), a.integer("year"), a.text("perspective"), a.text("edition")),
                    "year"),
            new Resource(
                    "reserves",
                    "A mineral's reserves by country (the mineral report's reserves): quantity and unit as the source"
                            + " gives them, flags, year, series and source; the published text where there is no"
                            + " number. With country: that country's reserves of every mineral (the country report's"
                            + " reserves, latest year of each mineral), or of the mineral given.",
                    List.of(API + "reserves/{mineral}", API + "reserves"),
                    List.of(
                            Param.argument("mineral", "mineral id, name or symbol, e.g. lithium")
                                    .optional(),
                            Param.option(
                                    "country",
                                    TEXT,
                                    "one country's reserves, ISO code or name, e.g. CN (the mineral may then be left"
                                            + " out)"),
                            EDITION),
                    List.of(
                            example("reserves/lithium", "reserves lithium"),
                            example("reserves?country=CN", "reserves --country CN")),
                    Resources::reserves,
                    Set.of()),
            of(
                    "projects",
                    "The projects on record (mines, plants and factories that agreements support), in the order"
                            + " recorded: country, operator, minerals, stage, sourced capacity (t/yr), status as last"
                            + " reported and the agreements that link each. Filters combine.",
                    List.of(
                            Param.option("country", TEXT, "only projects located in this country, ISO code or name"),
                            MINERAL_FILTER),
                    "projects?country=AU",
                    "projects --country AU",
                    a -> new ProjectsQuery(a.text("country"), a.text("mineral"))),
            of(
                    "history",
                    "A mineral's figures by data year across every edition in the store (USGS MCS 2025: 2020-2024,"
                            + " MCS 2026: 2021-2025): world production by stage, the U.S. net import reliance and the"
                            + " prices the salient statistics give, each with its edition, source and flags (estimated"
                            + " ...). A series is what its values measure, its key (mineral, metric, stage and basis,"
                            + " unit, product), whatever label each edition or table gives it: each row carries the"
                            + " key, the product and its own label. Where two editions give a year of a series, the"
                            + " newer edition's value is shown (never an average) with the older one's value and"
                            + " label, and revised says whether they differ (docs/methods/history.md).",
                    List.of(Param.argument("mineral", "mineral id, name or symbol, e.g. rare-earths")),
                    "history/rare-earths",
                    "history rare-earths",
                    a -> new MineralHistoryQuery(a.argument("mineral"))),
            of(
                    "dependency",
                    "How much the perspective country depends on imports of a mineral (the mineral report's"
                            + " dependency), one row per figure: every net import reliance on record, the import"
                            + " sources (shares, or ranks where only the order is published) and each supplier's direct"
                            + " and look-through exposure. Where an element has no import data of its own, the group's"
                            + " stands in (data_from). Method: docs/methods/dependency.md.",
                    List.of(Param.argument("mineral", "mineral id, name or symbol, e.g. dysprosium"), PERSPECTIVE),
                    "dependency/gallium?perspective=US",
                    "dependency gallium --perspective US",
                    a -> new PerspectiveDependencyQuery(a.argument("mineral"), a.text("perspective"))),
            new Resource(
                    "diff",
                    "What a later edition of a publication revised in the data years both give: every value that moved"
                            + " at least 5 % (shares and other fractions: at least 1 percentage point), and every"
                            + " country's share of world production that moved at least 1 percentage point, with both"
                            + " editions' values and sources. Example: diff mcs-2025 mcs-2026 --mineral rare-earths.",
                    List.of(API + "diff/{from}/{to}"),
                    List.of(
                            Param.argument("from", "the earlier edition, e.g. mcs-2025"),
                            Param.argument("to", "the later edition, e.g. mcs-2026"),
                            Param.option("mineral", TEXT, "one mineral, id or name (default all)")),
                    List.of(example(
                            "diff/mcs-2025/mcs-2026?mineral=gallium", "diff mcs-2025 mcs-2026 --mineral gallium")),
                    a -> new DiffQuery(a.argument("from"), a.argument("to"), a.text("mineral")),
                    Set.of()),
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
                    List.of(
                            Param.argument(
                                    "country",
                                    "ISO 3166-1 alpha-2 or alpha-3 code, or a name, in any case: CN, CHN, China, PRC;"
                                            + " a typo gets a suggestion"),
                            EDITION),
                    "countries/CN",
                    "country CN",
                    a -> new CountryQuery(a.argument("country"), a.text("edition"))),
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
                            + " mineral dysprosium and target US list what binds dysprosium exports to the US. Drafts"
                            + " promoted from news (lodestone review promote) are listed and marked as unverified"
                            + " drafts; the last line gives the newest source in the record.",
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
                    List.of(
                            Param.argument("id", "measure id, e.g. cn-ree-medium-heavy-2025 (see measures)"),
                            ON.onlyIn(
                                    List.of("table", "json"),
                                    "the CSV is the measure's history, one row per event, the same on every date."
                                            + " Maybe use format json (status) for the state on that date.")),
                    "measures/cn-ree-medium-heavy-2025?on=2026-11-20",
                    "measure cn-ree-medium-heavy-2025 --on 2026-11-20",
                    a -> new MeasureQuery(a.argument("id"), a.date("on")),
                    "on"),
            of(
                    "agreements",
                    "Agreements, investments and joint ventures with their date, parties, concreteness score (the"
                            + " reasons are in agreement ID) and sources; the last line gives the newest source in the"
                            + " record.",
                    List.of(
                            DEADLINES_ON,
                            PARTY_FILTER,
                            MINERAL_FILTER,
                            Param.option("since", DATE, "only agreements signed on or after this date")),
                    "agreements?on=2026-11-20&party=AU",
                    "agreements --on 2026-11-20 --party AU",
                    a -> new AgreementsQuery(a.date("on"), a.text("party"), a.text("mineral"), a.date("since")),
                    "on",
                    "since"),
            of(
                    "agreement",
                    "One agreement: official title and variants, date, parties, money (qualifier, purpose, press-only),"
                            + " commitments with deadlines, clauses, the concreteness scorecard with the reason for every"
                            + " point, the linked projects, the delivery outlook of their capacity, every source.",
                    List.of(
                            Param.argument("id", "agreement id, e.g. us-au-framework-2025 (see agreements)"),
                            DEADLINES_ON,
                            Param.option(
                                            "to",
                                            INTEGER,
                                            "the last year of the outlook (default " + Defaults.OUTLOOK_LAST_YEAR + ")")
                                    .onlyIn(
                                            List.of("table", "json"),
                                            "the CSV is the concreteness scorecard, which has no years. Maybe use"
                                                    + " format json (outlook) or `lodestone outlook MINERAL --to"
                                                    + " YEAR --format csv`.")),
                    "agreements/us-au-framework-2025?on=2026-11-20",
                    "agreement us-au-framework-2025 --on 2026-11-20",
                    a -> new AgreementQuery(a.argument("id"), a.date("on"), a.integer("to")),
                    "on"),
            of(
                    "money",
                    "The money agreements name (commitments, investments, financing offers, pipelines), each amount"
                            + " with its currency, qualifier (exact, up-to, at-least, about), purpose, payer, whether only"
                            + " the press reports it, and its source; of one agreement or of every agreement the filters"
                            + " keep. Amounts in different currencies are never added up.",
                    List.of(
                            Param.option("agreement", TEXT, "only this agreement's money, its id (see agreements)"),
                            PARTY_FILTER,
                            MINERAL_FILTER),
                    "money?agreement=us-au-framework-2025",
                    "money --agreement us-au-framework-2025",
                    a -> new MoneyQuery(a.text("agreement"), a.text("party"), a.text("mineral"))),
            of(
                    "buffers",
                    "The stockpiles (strategic reserves) and price floors or offtake guarantees that cover a mineral and"
                            + " serve a country, with their state on a date (announced, funded, in force, ended) derived"
                            + " from their sourced milestones: a reserve counts as in force only from a sourced start of"
                            + " operation. These are the dated inputs scenarios and the risk index read; without KEY"
                            + " switches one off, as a scenario's --without vault does.",
                    List.of(
                            Param.argument("mineral", "mineral id or name, e.g. dysprosium"),
                            Param.option("on", DATE, "the date of the states (default today)"),
                            Param.option(
                                    "perspective",
                                    TEXT,
                                    "the country whose supply is buffered (default " + Defaults.PERSPECTIVE + ")"),
                            Param.option("without", LIST, "switch a stockpile or floor off by key or id (repeat)")),
                    "buffers/neodymium?on=2026-12-02",
                    "buffers neodymium --on 2026-12-02",
                    a -> new BuffersQuery(
                            a.argument("mineral"), a.date("on"), a.text("perspective"), a.texts("without")),
                    "on",
                    "without"),
            of(
                    "outlook",
                    "Delivery outlook for a mineral: the capacity the recorded projects would add each year (expected,"
                            + " and P10/P50/P90 from independent delivery probabilities), and China's share of world supply"
                            + " at the project's stage with it, other producers held at the latest USGS year. Every"
                            + " parameter is sourced or an explicit assumption (docs/methods/agreements.md).",
                    List.of(
                            Param.argument("mineral", "mineral id or name, e.g. gallium, tungsten"),
                            Param.option("from", INTEGER, "the first year (default this year)"),
                            Param.option("to", INTEGER, "the last year (default " + Defaults.OUTLOOK_LAST_YEAR + ")"),
                            Param.option(
                                    "agreement",
                                    TEXT,
                                    "only the projects this agreement links, its id (the outlook its page shows)")),
                    "outlook/gallium?from=2026&to=2032",
                    "outlook gallium --from 2026 --to 2032",
                    a -> new OutlookQuery(
                            a.argument("mineral"), a.integer("from"), a.integer("to"), a.text("agreement"))),
            of(
                    "compare",
                    "Two to four minerals side by side, one row per mineral and figure: the supply-risk score (0-100),"
                            + " its rank and components for the perspective and date, per stage the largest producer"
                            + " and its share, the HHI (0-10,000), the top-3 share and the series of the preferred"
                            + " share set (latest year), and the net import reliance the score's dependency uses.",
                    List.of(
                            Param.argument(
                                    "minerals",
                                    "2 to 4 minerals, ids, names or symbols separated by commas, e.g."
                                            + " gallium,germanium,dysprosium"),
                            PERSPECTIVE,
                            ON),
                    "compare/gallium,germanium?on=2026-11-20",
                    "compare gallium,germanium --on 2026-11-20",
                    a -> new CompareQuery(a.argument("minerals"), a.text("perspective"), a.date("on")),
                    "on"),
            new Resource(
                    "risk",
                    "Supply risk. Without a mineral: every mineral ranked, each with its components, their inputs and"
                            + " sources. With one: its breakdown, concentration per stage (shares, HHI, top-1/top-3, a"
                            + " chosen country's share), the perspective's dependency with look-through, measures in force"
                            + " on the date, partner supply. Method lodestone (default): 100 · C · (1 + D)/2 · (1 + E)/2 · (2 +"
                            + " M)/3 · (1 − A/4), docs/methods/lodestone-index.md. Method eu-2017: the EU supply risk"
                            + " recomputed for 2023 with published t and t adjusted to the measures in force on the date,"
                            + " its error against the published values and list membership,"
                            + " docs/methods/eu-supply-risk.md. Method usgs-2021: the USGS 2021 supply risk (Nassar and"
                            + " Fortier, OFR 2021-1045), (DP · TE · EV)^(1/3) averaged over the latest years, threshold"
                            + " 0.40, for the United States, docs/methods/usgs-supply-risk.md. Rankings cover the"
                            + " minerals of one list (default usgs-2025); year must be a year with supply shares in the"
                            + " store.",
                    List.of(API + "risk", API + "risk/{mineral}"),
                    List.of(
                            Param.argument("mineral", "the mineral to break down, id or name")
                                    .optional(),
                            Param.option("method", TEXT, "the risk method (default lodestone)")
                                    .allowing(RiskMethod.ids()),
                            Param.option(
                                    "perspective",
                                    TEXT,
                                    "the importing country, ISO code or name, or EU for the European Union (its"
                                            + " dependency from the EU CRM 2023 sourcing shares; default US)"),
                            MEASURES_ON,
                            Param.option(
                                    "year",
                                    INTEGER,
                                    "the latest data year to use, a year with supply shares in the store (default the"
                                            + " latest); another year is an error naming the years available"),
                            Param.option(
                                    "list",
                                    TEXT,
                                    "which minerals to rank: usgs-2025 (default), usgs-2022, eu-2023, or all (every"
                                            + " catalogue entry, the EU assessment's non-minerals such as teak and cork"
                                            + " included)"),
                            Param.option(
                                    "diagnostics",
                                    FLAG,
                                    "compare the method's ranking of every catalogue mineral (groups left out) with"
                                            + " the published EU 2023 SR and the official lists, instead of the"
                                            + " ranking; diagnostics only, no method is fitted to them"),
                            Param.option(
                                    "country",
                                    TEXT,
                                    "the country whose share is shown for every stage of a" + " breakdown (default "
                                            + Defaults.SHOWN_COUNTRY + ")")),
                    List.of(
                            example("risk?on=2026-11-20", "risk --on 2026-11-20"),
                            example("risk?method=eu-2017&on=2026-11-20", "risk --method eu-2017 --on 2026-11-20"),
                            example("risk?method=usgs-2021", "risk --method usgs-2021"),
                            example("risk?diagnostics=true&on=2026-11-20", "risk --diagnostics --on 2026-11-20"),
                            example(
                                    "risk/rare-earths?on=2026-11-20&perspective=US",
                                    "risk rare-earths --on 2026-11-20 --perspective US")),
                    Resources::risk,
                    Set.of("on", "year")),
            of(
                    "overview",
                    "The dashboard's overview as one table: the minerals of the risk ranking (the USGS 2025 list) in"
                            + " ranking order, each with its lists, the supply-risk score (0-100) and its components C,"
                            + " D, E, M, A, and China's share and the HHI (0-10,000) of the preferred mining and"
                            + " processing share sets with their series, period and sources. The inputs of each"
                            + " component: risk.",
                    List.of(PERSPECTIVE, MEASURES_ON),
                    "overview?on=2026-11-20&perspective=JP",
                    "overview --on 2026-11-20 --perspective JP",
                    a -> new OverviewQuery(a.text("perspective"), a.date("on")),
                    "on"),
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

    private static Query<?> reserves(Arguments a) {
        if (a.text("country") != null) {
            return new CountryReservesQuery(a.text("country"), a.text("mineral"), a.text("edition"));
        }
        if (a.text("mineral") == null) {
            throw lodestone.report.QueryException.badParameter(
                    "mineral",
                    "reserves needs a mineral or a country.\nMaybe: reserves lithium, or reserves --country CN.");
        }
        return new ReservesQuery(a.text("mineral"), a.text("edition"));
    }

    private static Query<?> risk(Arguments a) {
        RiskMethod method = RiskMethod.parse(a.text("method"));
        String mineral = a.text("mineral");
        rejectUnused(a, method, mineral != null);
        if (a.flag("diagnostics")) {
            return new DiagnosticsQuery(a.text("method"), a.text("perspective"), a.date("on"), a.integer("year"));
        }
        return switch (method) {
            case LODESTONE ->
                mineral == null
                        ? new RiskRankingQuery(a.text("perspective"), a.date("on"), a.integer("year"), a.text("list"))
                        : new RiskBreakdownQuery(
                                mineral, a.text("perspective"), a.text("country"), a.date("on"), a.integer("year"));
            case EU_2017 ->
                mineral == null ? new EuRankingQuery(a.date("on")) : new EuBreakdownQuery(mineral, a.date("on"));
            case USGS_2021 ->
                mineral == null
                        ? new UsgsRankingQuery(a.text("list"), a.text("perspective"), a.integer("year"))
                        : new UsgsBreakdownQuery(mineral, a.text("perspective"), a.integer("year"));
        };
    }

    /**
     * Refuses a risk option that the chosen method and form (ranking, breakdown, diagnostics) would ignore, so that no
     * option is silently dropped: e.g. {@code --method eu-2017 --perspective JP} (the EU method recomputes the EU's
     * own assessment) or {@code --country} on a ranking.
     *
     * @throws lodestone.report.QueryException naming the option, the method and what to do instead
     */
    private static void rejectUnused(Arguments a, RiskMethod method, boolean breakdown) {
        boolean diagnostics = a.flag("diagnostics");
        String form = diagnostics ? "diagnostics" : breakdown ? "a breakdown" : "a ranking";
        Set<String> used = switch (method) {
            case LODESTONE -> Set.of("perspective", "on", "year", breakdown ? "country" : "list");
            case EU_2017 -> Set.of("on");
            case USGS_2021 -> breakdown ? Set.of("perspective", "year") : Set.of("perspective", "year", "list");
        };
        if (diagnostics) {
            used = Set.of("perspective", "on", "year");
            if (breakdown) {
                throw lodestone.report.QueryException.unusedParameter(
                        "diagnostics",
                        "diagnostics compares a whole ranking; a mineral (" + a.text("mineral")
                                + ") cannot be given with it.\nMaybe drop the mineral, or drop --diagnostics for its"
                                + " breakdown.");
            }
        }
        for (String option : List.of("perspective", "on", "year", "list", "country")) {
            boolean given = option.equals("on")
                    ? a.date(option) != null
                    : option.equals("year") ? a.integer(option) != null : a.text(option) != null;
            if (given && !used.contains(option)) {
                throw lodestone.report.QueryException.unusedParameter(
                        option,
                        option + " is not used by " + form + " of method " + method.id() + "; it would be ignored."
                                + "\nMaybe leave it out"
                                + (method == RiskMethod.LODESTONE ? "" : ", or use method lodestone, which takes it")
                                + ".");
            }
        }
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
