package lodestone.sim.backtest;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Consumer;
import lodestone.sim.engine.Series;

/**
 * The fields of an {@link Observation}, copied from one, so that a test changes only those it varies and builds
 * another: {@code ObservationFields.copy(o, f -> f.value = 2)}. Named as the record's components.
 */
final class ObservationFields {
    String id;
    String scenario;
    String market;
    Series series;
    YearMonth from;
    YearMonth to;
    Aggregate aggregate;
    Optional<YearMonth> relativeFrom;
    Optional<YearMonth> relativeTo;
    double value;
    String baseline;
    String source;
    String tier;
    String note;
    Transit transit;
    Stage stage;

    private ObservationFields(Observation o) {
        id = o.id();
        scenario = o.scenario();
        market = o.market();
        series = o.series();
        from = o.from();
        to = o.to();
        aggregate = o.aggregate();
        relativeFrom = o.relativeFrom();
        relativeTo = o.relativeTo();
        value = o.value();
        baseline = o.baseline();
        source = o.source();
        tier = o.tier();
        note = o.note();
        transit = o.transit();
        stage = o.stage();
    }

    /**
     * @return the observation with the fields the change sets and the others as {@code o}'s
     * @throws IllegalArgumentException as {@link Observation}'s constructor, for fields it refuses
     */
    static Observation copy(Observation o, Consumer<ObservationFields> change) {
        ObservationFields f = new ObservationFields(o);
        change.accept(f);
        return new Observation(
                f.id,
                f.scenario,
                f.market,
                f.series,
                f.from,
                f.to,
                f.aggregate,
                f.relativeFrom,
                f.relativeTo,
                f.value,
                f.baseline,
                f.source,
                f.tier,
                f.note,
                f.transit,
                f.stage);
    }
}
