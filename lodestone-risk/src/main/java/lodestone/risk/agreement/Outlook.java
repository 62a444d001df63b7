package lodestone.risk.agreement;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.agreement.Estimate;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;
import lodestone.risk.concentration.SupplyShares;

/**
 * What a set of projects could add to world supply of one mineral, year by year, and what that would do to China's
 * share of world supply at the projects' stage. Built by {@link DeliveryOutlook}; the method is described there.
 *
 * @param mineral the mineral
 * @param fromYear first year of the outlook, inclusive
 * @param toYear last year of the outlook, inclusive
 * @param projects every project considered, included or excluded with the reason, in the order given
 * @param years one entry per year from {@code fromYear} to {@code toYear}
 * @param baseline the world supply the added capacity is compared with, if a comparable one exists
 * @param baselineNote which baseline was chosen and why, or why there is none (e.g. "no comparable world baseline
 *     ...")
 * @param assumptions every assumption the numbers rest on, then each included project's parameters with whether they
 *     are sourced or assumed and why
 */
public record Outlook(
        MineralId mineral,
        int fromYear,
        int toYear,
        List<ProjectEntry> projects,
        List<YearOutlook> years,
        Optional<Baseline> baseline,
        String baselineNote,
        List<String> assumptions) {
    public Outlook {
        if (toYear < fromYear) {
            throw new IllegalArgumentException(
                    "toYear (" + toYear + ") must not be before fromYear (" + fromYear + ").");
        }
        projects = List.copyOf(projects);
        years = List.copyOf(years);
        if (years.size() != toYear - fromYear + 1) {
            throw new IllegalArgumentException("years (" + years.size() + " entries) must cover " + fromYear + " to "
                    + toYear + " (" + (toYear - fromYear + 1) + " entries).");
        }
        Guards.requireText(baselineNote, "baseline note");
        assumptions = List.copyOf(assumptions);
    }

    /** @return the projects that enter the numbers */
    public List<ProjectEntry> included() {
        return projects.stream().filter(ProjectEntry::included).toList();
    }

    /** @return the projects left out, each with its reason */
    public List<ProjectEntry> excluded() {
        return projects.stream().filter(entry -> !entry.included()).toList();
    }

    /**
     * @param year a year of the outlook
     * @return its entry
     * @throws IllegalArgumentException if the year is outside the outlook
     */
    public YearOutlook year(int year) {
        if (year < fromYear || year > toYear) {
            throw new IllegalArgumentException(
                    "year (" + year + ") must be within the outlook [" + fromYear + ", " + toYear + "].");
        }
        return years.get(year - fromYear);
    }

    /**
     * One project as the outlook treats it.
     *
     * @param projectId the project's id
     * @param name the project's name
     * @param exclusionReason why the project is left out (no capacity for this mineral, no start year, no
     *     probability, ...); empty if it is included
     * @param parameters the parameters used, each sourced or assumed; empty for an excluded project
     */
    public record ProjectEntry(
            String projectId, String name, Optional<String> exclusionReason, List<Parameter> parameters) {
        public ProjectEntry {
            Guards.requireText(projectId, "project id");
            Guards.requireText(name, "name of project " + projectId);
            parameters = List.copyOf(parameters);
        }

        /** @return true if the project enters the numbers */
        public boolean included() {
            return exclusionReason.isEmpty();
        }

        /** @return the parameter with this name, e.g. {@code probability} */
        public Optional<Parameter> parameter(String name) {
            return parameters.stream()
                    .filter(parameter -> parameter.name().equals(name))
                    .findFirst();
        }
    }

    /**
     * One input of the outlook for one project.
     *
     * @param name {@code capacity}, {@code start-year}, {@code ramp-up-years} or {@code probability}
     * @param value the value, in {@code unit}
     * @param unit "t/yr", "year", "years" or "fraction"
     * @param assumed true if the value is an assumption (Lodestone's or a default), false if sourced
     * @param source the source, for a sourced value
     * @param rationale why this value, or what the source says
     */
    public record Parameter(
            String name, double value, String unit, boolean assumed, Optional<SourceId> source, String rationale) {
        public Parameter {
            Guards.requireText(name, "parameter name");
            Guards.requireFinite(value, "value of parameter " + name);
            Guards.requireText(rationale, "rationale of parameter " + name);
        }

        /** @return the parameter as the estimate states it */
        static Parameter of(String name, String unit, Estimate estimate) {
            return new Parameter(
                    name, estimate.value(), unit, estimate.assumption(), estimate.source(), estimate.rationale());
        }

        /** @return e.g. "probability 0.6 (assumed: ...)" or "start-year 2026 (sourced from x: ...)" */
        public String describe() {
            String amount = unit.equals("t/yr")
                    ? ConcretenessScorecard.format(value) + " t/yr"
                    : new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value)
                            + (unit.equals("years") ? (value == 1 ? " year" : " years") : "");
            String origin = assumed
                    ? "assumed" + source.map(id -> ", citing " + id).orElse("")
                    : "sourced" + source.map(id -> " from " + id).orElse("");
            return name + " " + amount + " (" + origin + ": " + rationale + ")";
        }
    }

    /**
     * Added capacity in one year, and China's share of world supply with it.
     *
     * @param year the calendar year
     * @param expectedTonnesPerYear expected added capacity, Σ p · capacity · ramp (t/yr)
     * @param p10TonnesPerYear the smallest added capacity with cumulative probability at least 0.1 (t/yr)
     * @param p50TonnesPerYear the smallest added capacity with cumulative probability at least 0.5 (t/yr)
     * @param p90TonnesPerYear the smallest added capacity with cumulative probability at least 0.9 (t/yr)
     * @param chinaShare China's share of world supply with the added capacity, when there is a baseline
     */
    public record YearOutlook(
            int year,
            double expectedTonnesPerYear,
            double p10TonnesPerYear,
            double p50TonnesPerYear,
            double p90TonnesPerYear,
            Optional<ChinaShare> chinaShare) {
        public YearOutlook {
            Guards.requireFinite(expectedTonnesPerYear, "expected added capacity in " + year);
            Guards.requireFinite(p10TonnesPerYear, "P10 added capacity in " + year);
            Guards.requireFinite(p50TonnesPerYear, "P50 added capacity in " + year);
            Guards.requireFinite(p90TonnesPerYear, "P90 added capacity in " + year);
            if (expectedTonnesPerYear < 0 || p10TonnesPerYear < 0) {
                throw new IllegalArgumentException("added capacity in " + year + " (expected " + expectedTonnesPerYear
                        + ", P10 " + p10TonnesPerYear + " t/yr) must not be negative.");
            }
            if (p10TonnesPerYear > p50TonnesPerYear || p50TonnesPerYear > p90TonnesPerYear) {
                throw new IllegalArgumentException("added capacity quantiles in " + year + " (P10 " + p10TonnesPerYear
                        + ", P50 " + p50TonnesPerYear + ", P90 " + p90TonnesPerYear + " t/yr) must be ordered.");
            }
        }
    }

    /**
     * China's share of world supply, C / (W + added), holding every other producer at the baseline.
     *
     * @param baseline China's share of the baseline world total, C / W, a fraction in [0, 1]
     * @param atExpected with the expected added capacity, a fraction
     * @param atP10Added with the P10 added capacity (little delivered: the high share), a fraction
     * @param atP90Added with the P90 added capacity (much delivered: the low share), a fraction
     */
    public record ChinaShare(double baseline, double atExpected, double atP10Added, double atP90Added) {
        public ChinaShare {
            Guards.requireWithin(baseline, 0, 1, "China's baseline share");
            Guards.requireWithin(atExpected, 0, 1, "China's share at the expected added capacity");
            Guards.requireWithin(atP10Added, 0, 1, "China's share at the P10 added capacity");
            Guards.requireWithin(atP90Added, 0, 1, "China's share at the P90 added capacity");
        }
    }

    /**
     * The world supply the added capacity is compared with.
     *
     * @param shares the share set chosen: stage, period, series, basis, producers and sources
     * @param worldTonnes the published world total W (t/yr), positive
     * @param chinaTonnes China's quantity C in the set (t/yr); 0 if China is not a named producer
     * @param chinaNamed true if China is a named producer in the set
     */
    public record Baseline(SupplyShares shares, double worldTonnes, double chinaTonnes, boolean chinaNamed) {
        public Baseline {
            if (!(worldTonnes > 0) || Double.isInfinite(worldTonnes)) {
                throw new IllegalArgumentException(
                        "world total (" + worldTonnes + " t) of the baseline must be positive and finite.");
            }
            if (!(chinaTonnes >= 0) || Double.isInfinite(chinaTonnes)) {
                throw new IllegalArgumentException(
                        "China's quantity (" + chinaTonnes + " t) in the baseline must be non-negative and finite.");
            }
        }

        /**
         * @param addedTonnes capacity added to world supply (t/yr), non-negative
         * @return China's share C / (W + added), capped at 1 (a rounded world total can fall just below China's
         *     line, as {@link lodestone.risk.concentration.SupplyShareCalculator} allows)
         */
        public double chinaShareWith(double addedTonnes) {
            return Math.min(1, chinaTonnes / (worldTonnes + addedTonnes));
        }

        /** @return China's share of the baseline, C / W capped at 1, a fraction */
        public double chinaShare() {
            return chinaShareWith(0);
        }
    }
}
