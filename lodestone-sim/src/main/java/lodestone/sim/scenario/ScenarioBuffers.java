package lodestone.sim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.buffer.BufferState;
import lodestone.model.buffer.BufferStatus;
import lodestone.model.buffer.Buffers;
import lodestone.model.buffer.BuffersInForce;
import lodestone.model.buffer.PriceFloor;
import lodestone.model.buffer.StockTarget;
import lodestone.model.buffer.Stockpile;
import lodestone.model.geo.CountryCode;
import lodestone.model.provenance.SourceId;

/**
 * Buffers as dated scenario inputs (see {@code docs/methods/buffers.md}): for a scenario whose measure takes effect on
 * date D, seen from perspective P, each market for mineral M takes the stockpiles in force on D that cover M and serve
 * P, and adds their cover to the stocks of every buyer that depends on the issuer: a target of {@code d} days of supply
 * adds {@code d / 30.4375} months of baseline demand to each buyer's stock distribution (a shift, so paths stay coupled
 * and a run with the reserve never does worse path by path). A target is not holdings: crediting it assumes the reserve
 * holds its target and releases it to the buyers who need it, and the run writes that assumption down.
 *
 * <p>A reserve funded but not in force is not credited unless the run assumes it operates ({@link
 * BufferSwitches#assumeInForce()}); the result marks it {@code assumed-in-force} and adds an {@code ASSUMPTION} note.
 * Targets in tonnes are not credited (their conversion needs the perspective's monthly consumption, which a scenario
 * does not carry). Price floors and offtake guarantees are listed but not modelled: see {@link #FLOOR_NOT_MODELLED}.
 *
 * <p>Pure: no I/O; the same inputs give the same spec.
 */
public final class ScenarioBuffers {
    /** Days in a mean month of the Gregorian calendar (365.25 / 12): the conversion of days of supply to months. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    /** Why price floors and offtake guarantees have no effect in the market model. */
    public static final String FLOOR_NOT_MODELLED = "not modelled: a floor or offtake guarantee protects a producer's"
            + " revenue, and that producer's output is already in the baseline supply; it adds no tonnes within a"
            + " disruption's horizon, and the market model's prices are indices, not prices per kg, so a floor in USD"
            + " cannot bind";

    private ScenarioBuffers() {}

    /**
     * A scenario with its buffers applied, and what was done with each buffer on record.
     *
     * @param spec the scenario with stocks shifted by the credited buffers and an assumption note per credited buffer
     * @param on the date the buffers' states were read on
     * @param switches the switches applied
     * @param uses what was done with each buffer, market by market
     */
    public record Applied(ScenarioSpec spec, LocalDate on, BufferSwitches switches, List<BufferUse> uses) {
        public Applied {
            uses = List.copyOf(uses);
        }

        /** @return true if any buffer changed the markets' stocks */
        public boolean credited() {
            return uses.stream().anyMatch(BufferUse::credited);
        }
    }

    /**
     * @param spec the scenario (markets resolved or not)
     * @return the date whose buffers a scenario takes: the day its measure takes effect, else the first of its start
     *     month
     */
    public static LocalDate date(ScenarioSpec spec) {
        return spec.disruption().effective().orElse(spec.start().atDay(1));
    }

    /**
     * @param spec the scenario
     * @param buffers the buffers on record
     * @param switches what to switch off and what to assume in force
     * @return the scenario with its buffers applied; unchanged when none is credited
     * @throws IllegalArgumentException if a switch names no buffer on record (with the known names), or a buffer
     *     assumed in force covers none of the scenario's markets for its perspective
     */
    public static Applied apply(ScenarioSpec spec, BuffersInForce buffers, BufferSwitches switches) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(buffers, "buffers");
        Objects.requireNonNull(switches, "switches");
        LocalDate on = date(spec);
        for (String name : switches.assumeInForce()) {
            if (!buffers.switches().contains(name)) {
                throw new IllegalArgumentException("--assume-in-force (" + name + ") names no stockpile or price floor."
                        + "\nMaybe one of: " + String.join(", ", new TreeSet<>(buffers.switches())) + ".");
            }
        }
        if (ScenarioReader.OUTSIDE.equals(spec.perspective())) {
            if (!switches.isEmpty()) {
                throw new IllegalArgumentException("scenario " + spec.id() + " has no perspective country (OUTSIDE),"
                        + " so no buffer serves it; buffer switches do not apply.");
            }
            return new Applied(spec, on, switches, List.of());
        }
        Optional<CountryCode> perspective = Optional.of(CountryCode.of(spec.perspective()));
        List<BufferUse> uses = new ArrayList<>();
        List<Market> markets = new ArrayList<>();
        List<Assumption> notes = new ArrayList<>(spec.assumptions());
        Set<String> assumedSeen = new TreeSet<>();
        for (Market market : spec.markets()) {
            Buffers found = buffers.on(on, market.mineral(), perspective, switches.without());
            double months = 0;
            for (BufferStatus<Stockpile> status : found.stockpiles()) {
                Stockpile stockpile = status.record();
                boolean assumed = assumed(switches, stockpile.id(), stockpile.key());
                if (assumed) {
                    assumedSeen.add(stockpile.id());
                }
                BufferUse use = stockpile(market, status, assumed);
                uses.add(use);
                if (use.credited()) {
                    months += use.stocksMonthsAdded();
                    notes.add(note(spec, market, use));
                }
            }
            for (BufferStatus<PriceFloor> status : found.floors()) {
                PriceFloor floor = status.record();
                boolean assumed = assumed(switches, floor.id(), floor.key());
                if (assumed) {
                    assumedSeen.add(floor.id());
                }
                uses.add(floor(market, status, assumed));
            }
            markets.add(months > 0 ? market.withStocks(market.stocksMonths().plus(months), market.release()) : market);
        }
        for (String name : switches.assumeInForce()) {
            boolean seen = uses.stream()
                    .anyMatch(u -> assumedSeen.contains(u.id())
                            && (u.id().equals(name) || u.key().equals(name)));
            if (!seen) {
                throw new IllegalArgumentException("--assume-in-force (" + name + ") covers none of the markets of "
                        + spec.id() + " for perspective " + spec.perspective() + " announced by " + on + ".");
            }
        }
        ScenarioSpec applied = uses.stream().anyMatch(BufferUse::credited)
                ? spec.withMarkets(markets).withAssumptions(notes)
                : spec;
        return new Applied(applied, on, switches, uses);
    }

    private static boolean assumed(BufferSwitches switches, String id, String key) {
        return switches.assumeInForce().contains(id) || switches.assumeInForce().contains(key);
    }

    /** What a use of a buffer repeats: who it is and what it cites. */
    private record Entry(
            Market market,
            BufferStatus<?> status,
            String id,
            String key,
            String kind,
            String name,
            List<String> sources) {
        BufferUse as(BufferUse.Use use, double months, String basis) {
            return new BufferUse(
                    market.mineral(),
                    id,
                    key,
                    kind,
                    name,
                    status.state(),
                    status.description(),
                    use,
                    months,
                    basis,
                    sources);
        }

        BufferUse as(BufferUse.Use use, String basis) {
            return as(use, 0, basis);
        }
    }

    private static BufferUse stockpile(Market market, BufferStatus<Stockpile> status, boolean assumed) {
        Stockpile s = status.record();
        Entry entry = new Entry(market, status, s.id(), s.key(), "stockpile", s.name(), ids(s.sources()));
        if (status.switchedOff()) {
            return entry.as(BufferUse.Use.SWITCHED_OFF, "switched off by the run");
        }
        boolean inForce = status.state().inForce();
        if (!inForce && !(assumed && status.state() != BufferState.ENDED)) {
            return entry.as(
                    BufferUse.Use.NOT_IN_FORCE,
                    "not in force on the date, not credited" + (assumed ? " (ended: cannot be assumed in force)" : ""));
        }
        if (s.target().isEmpty()) {
            return entry.as(BufferUse.Use.NOT_CREDITED, "no target on record, nothing credited");
        }
        StockTarget target = s.target().get();
        if (target.daysOfSupply().isEmpty()) {
            return entry.as(
                    BufferUse.Use.NOT_CREDITED,
                    "target " + target.label() + " is in tonnes; converting it needs the perspective's monthly"
                            + " consumption, which the scenario does not carry: not credited");
        }
        double months = target.daysOfSupply().getAsDouble() / DAYS_PER_MONTH;
        String basis = String.format(
                Locale.ROOT,
                "target %s / %.4f days per month = %.3f months of baseline demand added to each dependent buyer's"
                        + " stocks%s",
                target.label(),
                DAYS_PER_MONTH,
                months,
                inForce
                        ? ""
                        : "; ASSUMED in force from the scenario's date (the record says: " + status.description()
                                + ")");
        List<String> cited = new ArrayList<>(entry.sources());
        target.source().map(SourceId::value).filter(v -> !cited.contains(v)).ifPresent(cited::add);
        return new Entry(market, status, s.id(), s.key(), "stockpile", s.name(), cited)
                .as(inForce ? BufferUse.Use.IN_FORCE : BufferUse.Use.ASSUMED_IN_FORCE, months, basis);
    }

    private static BufferUse floor(Market market, BufferStatus<PriceFloor> status, boolean assumed) {
        PriceFloor f = status.record();
        Entry entry = new Entry(market, status, f.id(), f.key(), f.kind().id(), f.name(), ids(f.sources()));
        if (status.switchedOff()) {
            return entry.as(BufferUse.Use.SWITCHED_OFF, "switched off by the run");
        }
        if (status.state().inForce() || (assumed && status.state() != BufferState.ENDED)) {
            return entry.as(
                    BufferUse.Use.NOT_MODELLED,
                    (status.state().inForce() ? "in force; " : "assumed in force; ") + FLOOR_NOT_MODELLED);
        }
        return entry.as(BufferUse.Use.NOT_IN_FORCE, "not in force on the date");
    }

    private static Assumption note(ScenarioSpec spec, Market market, BufferUse use) {
        String value = String.format(Locale.ROOT, "+%.3f months (%s)", use.stocksMonthsAdded(), use.id());
        return new Assumption(
                "markets[" + market.mineral().value() + "].stocksMonths",
                value,
                "ASSUMPTION: " + use.name() + " (" + use.id() + ", " + use.use().id() + " on "
                        + date(spec) + ") holds its target and releases it to the buyers short of supply: "
                        + use.basis() + ". Sources: " + String.join(", ", use.sources()) + ".");
    }

    private static List<String> ids(List<SourceId> sources) {
        return sources.stream().map(SourceId::value).toList();
    }
}
