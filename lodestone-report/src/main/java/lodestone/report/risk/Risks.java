package lodestone.report.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.ClasspathText;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.QueryException;
import lodestone.report.risk.RiskView.ComponentView;
import lodestone.risk.economic.MarketSeries;
import lodestone.risk.index.LodestoneRiskIndex;
import lodestone.risk.index.MineralScope;
import lodestone.risk.usgs.UsgsSupplyRisk;

/** What the risk queries share: the perspective default, the index over a snapshot, the sources an input cites. */
final class Risks {
    private Risks() {}

    static Country perspective(KnowledgeSnapshot snapshot, String perspective) {
        return Lookup.country(snapshot, perspective == null ? Defaults.PERSPECTIVE : perspective, "perspective");
    }

    /** The salient-statistics series that value the U.S. markets (the index's E), bundled with lodestone-risk. */
    static final List<MarketSeries> MARKET_SERIES =
            MarketSeries.parse(ClasspathText.read(MarketSeries.class, MarketSeries.RESOURCE));

    /**
     * @throws QueryException naming the years with supply shares if the year has none
     */
    static LodestoneRiskIndex index(KnowledgeSnapshot snapshot, Country viewer, LocalDate on, Integer year) {
        Integer checked = Lookup.year(year, "year");
        try {
            return new LodestoneRiskIndex(
                    snapshot,
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
    static MineralScope scope(KnowledgeSnapshot snapshot, String list) {
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
    static void usgsScope(String perspective, Integer year) {
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
