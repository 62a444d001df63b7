package lodestone.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lodestone.model.observation.Flag;
import org.jspecify.annotations.Nullable;

/**
 * Source codes said in words on the pages: USGS flags ({@code E}, {@code W}, stored as {@link Flag} ids) and the
 * column codes of the USGS salient-statistics files ({@code NIR_pct}, {@code Imports_Compounds_t}), which the report
 * layer keeps as series names so that every figure can be traced to its column. The pages show the words and keep the
 * code beside them.
 */
public final class Codes {
    private Codes() {}

    /** The first part of a salient column code: what it measures (see the MCS salient reader). */
    private static final Map<String, String> METRICS = Map.of(
            "usprod", "U.S. production",
            "imports", "imports",
            "exports", "exports",
            "consump", "apparent consumption",
            "price", "price",
            "nir", "net import reliance",
            "stocks", "stocks",
            "shipments", "shipments",
            "employment", "employment");

    /** The last part of a salient column code: its unit. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("t", "t"),
            Map.entry("kt", "thousand t"),
            Map.entry("mmt", "million t"),
            Map.entry("kg", "kg"),
            Map.entry("g", "g"),
            Map.entry("pct", "%"),
            Map.entry("dkg", "US$/kg"),
            Map.entry("dt", "US$/t"),
            Map.entry("dlb", "US$/lb"),
            Map.entry("dto", "US$/troy oz"),
            Map.entry("dtoz", "US$/troy oz"),
            Map.entry("ctslb", "US cents/lb"),
            Map.entry("dst", "US$/short ton"),
            Map.entry("dg", "US$/g"),
            Map.entry("dct", "US$/carat"),
            Map.entry("num", "count"),
            Map.entry("mdol", "million US$"),
            Map.entry("mcm", "million m³"),
            Map.entry("mct", "million carats"),
            Map.entry("msqft", "million sq ft"),
            Map.entry("index", "index points"));

    /**
     * A salient column code taken apart: {@code Price_Ground_dry_dt} is the metric "price", the qualifiers
     * {@code Ground}, {@code dry} and the unit "US$/t".
     *
     * @param metric the metric in words
     * @param qualifiers the parts between the metric and the unit, as written
     * @param unit the unit in words, if the last part is a known unit
     */
    private record SalientCode(String metric, List<String> qualifiers, Optional<String> unit) {
        /** @return the code's parts, if the series is such a code (a known metric and at least one more part) */
        static Optional<SalientCode> parse(String series) {
            String[] parts = series.split("_", -1);
            String metric = METRICS.get(parts[0].toLowerCase(Locale.ROOT));
            if (metric == null || parts.length < 2) {
                return Optional.empty();
            }
            Optional<String> unit = Optional.ofNullable(UNITS.get(parts[parts.length - 1].toLowerCase(Locale.ROOT)));
            List<String> qualifiers = List.of(parts).subList(1, parts.length - (unit.isPresent() ? 1 : 0));
            return Optional.of(new SalientCode(metric, qualifiers, unit));
        }
    }

    /**
     * @param series a series name: a salient column code such as {@code NIR_pct} or {@code Price_Dy2O3_dkg}, or any
     *     other label
     * @return the code in words with the code kept in brackets ("net import reliance, % [NIR_pct]"), or the label as
     *     given when it is not such a code
     */
    public static String series(@Nullable String series) {
        if (series == null) {
            return "";
        }
        return SalientCode.parse(series)
                .map(code -> code.metric()
                        + (code.qualifiers().isEmpty()
                                ? ""
                                : " ("
                                        + code.qualifiers().stream()
                                                .map(q -> q.replace('-', '/'))
                                                .collect(Collectors.joining(", "))
                                        + ")")
                        + code.unit().map(unit -> ", " + unit).orElse("")
                        + " [" + series + "]")
                .orElse(series);
    }

    /**
     * @param series a series name, as {@link #series(String)} takes it
     * @return a short name for a chart's legend, where the unit is the chart's own: a salient column code's
     *     qualifiers in words ("Dy2O3" for {@code Price_Dy2O3_dkg}, "Ground, dry" for {@code Price_Ground_dry_dt}), its
     *     metric when it has none ("price" for {@code Price_dkg}); any other label as given
     */
    public static String seriesShort(@Nullable String series) {
        if (series == null) {
            return "";
        }
        return SalientCode.parse(series)
                .map(code -> {
                    List<String> qualifiers = code.qualifiers();
                    if (qualifiers.isEmpty()) {
                        return code.metric();
                    }
                    List<String> words = new ArrayList<>();
                    words.add(qualifiers.get(0).replace('-', '/'));
                    qualifiers.subList(1, qualifiers.size()).forEach(q -> words.add(q.toLowerCase(Locale.ROOT)));
                    return String.join(", ", words);
                })
                .orElse(series);
    }

    /**
     * @param id a flag id as stored ({@code net-exporter}, {@code withheld}, ...)
     * @return what it means, with the source's symbol where it has one; the id itself if it is not a flag
     */
    public static String flag(String id) {
        Flag flag;
        try {
            flag = Flag.parse(id);
        } catch (IllegalArgumentException e) {
            return id;
        }
        return switch (flag) {
            case ESTIMATED -> "estimated";
            case WITHHELD -> "withheld to avoid disclosing company data (USGS \u201cW\u201d)";
            case QUOTA -> "a production quota, not output";
            case GREATER_THAN -> "more than the value shown";
            case LESS_THAN -> "less than the value shown";
            case RANGE -> "a range";
            case NET_EXPORTER -> "net exporter (USGS \u201cE\u201d)";
            case INCLUDED_ELSEWHERE -> "included in another line";
            case QUALITATIVE -> "a word, not a number";
            case ROUNDED -> "rounded";
        };
    }

    /**
     * @param ids flag ids
     * @return each in words, joined by commas
     */
    public static String flags(List<String> ids) {
        return String.join(", ", ids.stream().map(Codes::flag).toList());
    }
}
