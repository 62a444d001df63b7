package lodestone.sim.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a measure is, which decides how the exports it lets through leave the issuer and at what price
 * ({@code docs/methods/simulation.md}, "The measure" and "Prices").
 *
 * <ul>
 *   <li>{@link #LICENCE}: every export needs a licence, decided application by application after a lag; a phase's
 *       severity is the share of decided applications refused, and what is granted leaves at the issuer's price (the
 *       disruption's {@code licensing} block says how).
 *   <li>{@link #BAN}: a share of the orders (all of them in a full ban) is refused at once, with no licence to wait
 *       for; what passes leaves at the issuer's price. A measure without a licensing block that declares nothing is
 *       this.
 *   <li>{@link #QUOTA}: a cap in tonnes allocated to named exporters (the quota holders) for a quota year: a phase's
 *       severity is the cap's shortfall against the pace of exports before the measure ({@code 1 − allowance /
 *       (pace × months)}), the allowance is released pro rata over the year and what is not shipped carries forward
 *       to the year's end, where it lapses (the holders ship what is left in the year's last month); what is
 *       exported under it leaves at the outside price, since buyers outside compete for a fixed tonnage and the
 *       scarcity rent is the holders'.
 *   <li>{@link #OUTPUT}: a cut of the issuer's output, not of its exports: a phase's severity is the share of output
 *       not made while it stands, divided between exports and the issuer's home market in proportion to what each
 *       took before, the side paying the higher price losing less; what is made for export caps the orders month by
 *       month (nothing carries forward) and leaves at the issuer's price, and the home market's part of the cut lowers
 *       its cover ({@code docs/methods/simulation.md}, "An output cut with a term"). It targets every destination.
 * </ul>
 */
public enum Instrument {
    LICENCE,
    BAN,
    QUOTA,
    OUTPUT;

    /** @return the id a scenario file writes: the name in lower case ({@code licence}, {@code ban}, {@code quota}, {@code output}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id an id as written in a scenario file (case-insensitive)
     * @return the instrument, if the id names one
     */
    public static Optional<Instrument> find(String id) {
        return Arrays.stream(values())
                .filter(i -> i.id().equals(id.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** @return the ids a scenario may write, for error messages ("licence, ban, quota, output") */
    public static String ids() {
        return Arrays.stream(values()).map(Instrument::id).collect(Collectors.joining(", "));
    }
}
