package lodestone.report.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import lodestone.model.geo.Country;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.ClasspathText;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.QueryException;
import lodestone.report.risk.RiskView.ComponentView;
import lodestone.risk.economic.MarketSeries;
import lodestone.risk.index.EuSourcingDependency;
import lodestone.risk.index.IndexInputs;
import lodestone.risk.index.LodestoneRiskIndex;
import lodestone.risk.index.MineralScope;
import lodestone.risk.usgs.UsgsSupplyRisk;
import org.jspecify.annotations.Nullable;

/** What the risk queries share: the perspective default, the index over a snapshot, the sources an input cites. */
final class Risks {
    private Risks() {}

    /**
     * Who imports: a country of the catalogue, or the European Union.
     *
     * @param code the ISO 3166-1 alpha-2 code, or {@value EuSourcingDependency#PERSPECTIVE}
     * @param name the name shown
     */
    record Viewer(CountryCode code, String name) {}

    /** The names that ask for the European Union's perspective. */
    private static final List<String> EU_NAMES = List.of(EuSourcingDependency.PERSPECTIVE, "European Union");

    /**
     * @param perspective a perspective as asked, or null
     * @return whether it names the European Union, whose dependency only the risk index's sourcing-share query knows
     */
    static boolean isEu(@Nullable String perspective) {
        return perspective != null && EU_NAMES.stream().anyMatch(perspective.trim()::equalsIgnoreCase);
    }

    /**
     * @param perspective an ISO 3166-1 code or a country name, {@code EU} (or "European Union"), or null for {@link
     *     Defaults#PERSPECTIVE}
     * @throws QueryException naming the suggestions if it is neither
     */
    static Viewer perspective(KnowledgeSnapshot snapshot, @Nullable String perspective) {
        String asked = perspective == null ? Defaults.PERSPECTIVE : perspective.trim();
        if (isEu(asked)) {
            return new Viewer(CountryCode.of(EuSourcingDependency.PERSPECTIVE), "European Union");
        }
        Country country = Lookup.country(snapshot, asked, "perspective");
        return new Viewer(country.code(), country.name());
    }

    /** The salient-statistics series that value the U.S. markets (the index's E), bundled with lodestone-risk. */
    static final List<MarketSeries> MARKET_SERIES =
            MarketSeries.parse(ClasspathText.read(MarketSeries.class, MarketSeries.RESOURCE));

    /** The index inputs of the last snapshot asked: computed once per snapshot, replaced when the snapshot is. */
    private static final AtomicReference<IndexInputs> LAST_INPUTS = new AtomicReference<>();

    /**
     * What the index needs of a snapshot whatever the perspective and date, computed once per snapshot: the server
     * answers every ranking of one snapshot from the same inputs, and a reloaded snapshot gets new ones.
     *
     * @param snapshot the snapshot
     * @return its inputs
     */
    static IndexInputs inputs(KnowledgeSnapshot snapshot) {
        IndexInputs last = LAST_INPUTS.get();
        if (last == null || last.snapshot() != snapshot) {
            last = IndexInputs.of(snapshot);
            LAST_INPUTS.set(last);
        }
        return last;
    }

    /**
     * @throws QueryException naming the years with supply shares if the year has none
     */
    static LodestoneRiskIndex index(KnowledgeSnapshot snapshot, Viewer viewer, LocalDate on, @Nullable Integer year) {
        Integer checked = Lookup.year(year, "year");
        try {
            return new LodestoneRiskIndex(
                    inputs(snapshot),
                    viewer.code(),
                    on,
                    checked == null ? OptionalInt.empty() : OptionalInt.of(checked),
                    MARKET_SERIES);
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter("year", e.getMessage());
        }
    }

    /**
     * @param list an official list id, {@value MineralScope#ALL}, or null for {@value MineralScope#DEFAULT}
     * @throws QueryException naming the lists if there is no such list
     */
    static MineralScope scope(KnowledgeSnapshot snapshot, @Nullable String list) {
        try {
            return MineralScope.of(snapshot, list == null ? MineralScope.DEFAULT : list);
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter("list", e.getMessage());
        }
    }

    /**
     * The USGS 2021 method measures U.S. trade exposure and U.S. consumption over its own window of years.
     *
     * @throws QueryException if another perspective or a year is asked for
     */
    static void usgsScope(@Nullable String perspective, @Nullable Integer year) {
        if (perspective != null && !perspective.trim().equalsIgnoreCase(Defaults.PERSPECTIVE)) {
            throw QueryException.badParameter(
                    "perspective",
                    "perspective (" + perspective + ") must be US for usgs-2021: the method measures U.S. trade"
                            + " exposure and U.S. consumption.\nMaybe use --method lodestone.");
        }
        if (year != null) {
            throw QueryException.badParameter(
                    "year",
                    "--year (" + year + ") is not used by usgs-2021, which averages the latest " + UsgsSupplyRisk.WINDOW
                            + " assessed years.");
        }
    }

    /** Adds the source ids a component's inputs cite (an input may cite several, joined by ";"). */
    static void cited(ComponentView component, Set<String> ids) {
        component.inputs().forEach(i -> ids.addAll(List.of(i.source().split(";", -1))));
    }
}
