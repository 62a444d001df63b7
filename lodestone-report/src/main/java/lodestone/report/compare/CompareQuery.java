package lodestone.report.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lodestone.report.Query;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.mineral.MineralQuery;
import lodestone.report.mineral.MineralReport;
import lodestone.report.risk.RiskBreakdown;
import lodestone.report.risk.RiskBreakdownQuery;
import org.jspecify.annotations.Nullable;

/**
 * Two to four minerals side by side: each one's supply-risk breakdown for a perspective and date, its preferred share
 * set per stage (latest year) and the dependency the score uses.
 *
 * @param minerals the minerals, ids, names or symbols separated by commas, e.g. {@code gallium,germanium}
 * @param perspective the importing country (ISO code or name) or EU, or null for the default
 * @param on the date of the measures in force, or null for today
 */
public record CompareQuery(
        String minerals,
        @Nullable String perspective,
        @Nullable LocalDate on) implements Query<Comparison> {
    /** The most minerals compared at once. */
    public static final int MAX_MINERALS = 4;

    @Override
    public Comparison answer(ReportContext context) {
        List<String> asked = names(minerals);
        List<Comparison.Compared> columns = new ArrayList<>();
        Set<String> stages = new LinkedHashSet<>();
        Set<String> components = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : asked) {
            MineralReport report = new MineralQuery(name, null, null, null).answer(context);
            String id = report.mineral().id();
            if (!seen.add(id)) {
                throw QueryException.badParameter(
                        "minerals", "minerals (" + minerals + ") names " + id + " twice.\nMaybe drop one of them.");
            }
            Map<String, MineralReport.SupplySetView> preferred = new LinkedHashMap<>();
            for (MineralReport.StageView stage : report.stages()) {
                stage.supply().stream()
                        .filter(set -> set.preferred() && set.mineral().equals(id))
                        .findFirst()
                        .ifPresent(set -> {
                            preferred.put(stage.stage(), set);
                            stages.add(stage.stage());
                        });
            }
            RiskBreakdown risk = new RiskBreakdownQuery(id, perspective, null, on, null).answer(context);
            risk.components().forEach(c -> components.add(c.name()));
            columns.add(new Comparison.Compared(id, report.mineral().name(), risk, preferred));
        }
        RiskBreakdown first = columns.get(0).risk();
        return new Comparison(
                columns.stream().map(Comparison.Compared::id).toList(),
                first.perspective(),
                first.on(),
                columns,
                List.copyOf(stages),
                List.copyOf(components));
    }

    /**
     * @param minerals the minerals as asked, separated by commas
     * @return the names, trimmed, without empty ones
     * @throws QueryException unless there are 2 to {@link #MAX_MINERALS}
     */
    public static List<String> names(String minerals) {
        List<String> names = minerals == null
                ? List.of()
                : Arrays.stream(minerals.split(",", -1))
                        .map(String::trim)
                        .filter(name -> !name.isEmpty())
                        .toList();
        if (names.size() < 2 || names.size() > MAX_MINERALS) {
            throw QueryException.badParameter(
                    "minerals",
                    "minerals (" + minerals + ") must name 2 to " + MAX_MINERALS + " minerals, separated by commas."
                            + "\nMaybe: gallium,germanium");
        }
        return names;
    }
}
