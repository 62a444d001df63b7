package lodestone.report.policy;

import lodestone.model.mineral.Mineral;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import org.jspecify.annotations.Nullable;

/**
 * The capacity recorded projects would add to a mineral each year, and China's share of world supply with it: of every
 * project on record, or of the projects one agreement links (the outlook its page shows for that mineral).
 *
 * @param mineral mineral id or name
 * @param fromYear first year, or null for this year
 * @param toYear last year, or null for {@link Defaults#OUTLOOK_LAST_YEAR}
 * @param agreement only the projects this agreement links, its id; or null for every project
 */
public record OutlookQuery(
        String mineral,
        @Nullable Integer fromYear,
        @Nullable Integer toYear,
        @Nullable String agreement) implements Query<OutlookView> {
    /**
     * The outlook of every project on record.
     *
     * @param mineral mineral id or name
     * @param fromYear first year, or null for this year
     * @param toYear last year, or null for {@link Defaults#OUTLOOK_LAST_YEAR}
     */
    public OutlookQuery(String mineral, Integer fromYear, Integer toYear) {
        this(mineral, fromYear, toYear, null);
    }

    @Override
    public OutlookView answer(ReportContext context) {
        Mineral found = Lookup.mineral(context.snapshot(), mineral, "mineral");
        int first = Lookup.within(fromYear, context.today().getYear(), "from", 2000, 2100);
        int last = lastYear(first, toYear);
        return agreement == null
                ? PolicyQueries.outlook(context.snapshot(), found.id(), first, last)
                : PolicyQueries.outlook(
                        context.snapshot(),
                        Lookup.agreement(context.snapshot(), agreement, "agreement"),
                        found.id(),
                        first,
                        last);
    }

    /**
     * @param first the first year
     * @param toYear the last year asked for, or null
     * @return the last year, checked to lie 0 to 49 years after the first
     * @throws QueryException if it does not
     */
    static int lastYear(int first, @Nullable Integer toYear) {
        int last = toYear == null ? Defaults.OUTLOOK_LAST_YEAR : toYear;
        if (last < first || last - first >= Defaults.OUTLOOK_MAX_YEARS) {
            throw QueryException.badParameter(
                    "to",
                    "to (" + last + ") must be within 0 to " + (Defaults.OUTLOOK_MAX_YEARS - 1) + " years after from ("
                            + first + ").");
        }
        return last;
    }
}
