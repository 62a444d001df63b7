package lodestone.store.usgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;

/**
 * Chooses one headline series of U.S. import sources per mineral, so that readers never add product forms together.
 * The release gives import shares twice: Figure 3 (one series per critical mineral) and the chapters' "Import Sources"
 * sections (one series per product form: ore, oxide, metal, total). Rules:
 *
 * <ol>
 *   <li>A mineral in Figure 3 keeps Figure 3 as its headline ({@link Metric#IMPORT_SOURCE_SHARE}); the chapter series
 *       with exactly the same shares is the same data and is dropped; the other chapter series stay as forms ({@link
 *       Metric#IMPORT_SOURCE_FORM_SHARE}). If no chapter series equals Figure 3, a warning says so.
 *   <li>A mineral not in Figure 3 takes as headline its only chapter series, or else its one total series ("All",
 *       "All forms", "Total", "Total imports", "Combined total ..."); the others stay forms. With several series and
 *       no total, it has forms only.
 * </ol>
 */
final class ImportSourceHeadlines {
    /** The prefix of a chapter series label: the statistic detail follows. */
    static final String FORM_SERIES = "Import sources: ";

    private ImportSourceHeadlines() {}

    /**
     * @param observations every observation of the release, Figure 3 headlines and chapter forms among them
     * @param file the file of the chapter series, for messages
     * @param warnings receives one message per mineral whose Figure 3 series matches no chapter series
     * @return the observations with the chapter series promoted, dropped or kept as forms by the rules above
     */
    static List<Observation> apply(List<Observation> observations, String file, List<String> warnings) {
        Map<MineralId, List<Observation>> headlines = new LinkedHashMap<>();
        Map<MineralId, Map<String, List<Observation>>> forms = new LinkedHashMap<>();
        List<Observation> out = new ArrayList<>();
        for (Observation o : observations) {
            if (o.metric() == Metric.IMPORT_SOURCE_SHARE) {
                headlines.computeIfAbsent(o.mineral(), m -> new ArrayList<>()).add(o);
            } else if (o.metric() == Metric.IMPORT_SOURCE_FORM_SHARE) {
                forms.computeIfAbsent(o.mineral(), m -> new LinkedHashMap<>())
                        .computeIfAbsent(o.series(), s -> new ArrayList<>())
                        .add(o);
                continue;
            }
            out.add(o);
        }
        forms.forEach((mineral, bySeries) -> {
            List<Observation> headline = headlines.get(mineral);
            if (headline != null) {
                boolean matched = false;
                for (List<Observation> series : bySeries.values()) {
                    if (!matched && shares(series).equals(shares(headline))) {
                        matched = true;
                    } else {
                        out.addAll(series);
                    }
                }
                if (!matched) {
                    warnings.add(file + ": the Figure 3 import sources of " + mineral + " " + shares(headline)
                            + " match none of the chapter's series " + bySeries.keySet()
                            + "; both are kept (Figure 3 as headline)");
                }
                return;
            }
            List<String> totals = bySeries.keySet().stream()
                    .filter(ImportSourceHeadlines::isTotal)
                    .toList();
            String chosen = bySeries.size() == 1
                    ? bySeries.keySet().iterator().next()
                    : totals.size() == 1 ? totals.get(0) : null;
            bySeries.forEach((series, lines) -> {
                if (series.equals(chosen)) {
                    lines.forEach(line -> out.add(line.withMetric(Metric.IMPORT_SOURCE_SHARE)));
                } else {
                    out.addAll(lines);
                }
            });
        });
        return out;
    }

    private static boolean isTotal(String series) {
        String detail =
                series.substring(FORM_SERIES.length()).toLowerCase(Locale.ROOT).trim();
        return Set.of("all", "all forms").contains(detail)
                || detail.startsWith("total")
                || detail.startsWith("combined total")
                || detail.startsWith("all forms of");
    }

    private static Map<String, String> shares(List<Observation> lines) {
        Map<String, String> out = new TreeMap<>();
        lines.forEach(line -> out.put(line.area().code(), Double.toString(line.valueOrNaN())));
        return out;
    }
}
