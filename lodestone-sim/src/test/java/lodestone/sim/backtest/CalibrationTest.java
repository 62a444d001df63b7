package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The calibration grid, the selection rule on a subset of rows, the development evidence, and that the rule on every
 * development row gives the shipped default. The slow test runs the grid's contenders and a sample of the others, each
 * checked against the recorded grid ({@link RecordedGrid}); with {@code -Dlodestone.calibration.record=true} it runs
 * every candidate and records the grid again.
 */
class CalibrationTest {
    /** The development rows: the episodes' own and blind records 5 to 43's. */
    private static final int ROWS = 827;

    /** The paths and seed the shipped behaviour and model error were derived with. */
    private static final int PATHS = 1000;

    private static final long SEED = 7;

    @Test
    void theGridHasDistinctCandidatesAroundTheFirstLook() {
        List<Calibration.Candidate> grid = Calibration.grid();
        assertThat(grid).hasSize(864);
        assertThat(grid.stream().map(Calibration.Candidate::behaviour).distinct())
                .hasSize(864);
        // home landing: off in the first half (the grid before it, in its order), U(0, 1) in the second
        assertThat(grid.subList(0, 432))
                .allMatch(c -> c.behaviour().homeLanding().equals(Distribution.fixed(0)));
        assertThat(grid.subList(432, 864))
                .allMatch(c -> c.behaviour().homeLanding().equals(Distribution.uniform(0, 1)));
        assertThat(grid.get(432).behaviour())
                .isEqualTo(grid.get(0).behaviour().withHomeLanding(Distribution.uniform(0, 1)));
        assertThat(grid.get(432).label()).endsWith(", home landing uniform(0, 1)");
        // deadline stocking: off in the first half (the grid before it, in its order), U(0, 1) in the second
        assertThat(grid.subList(0, 216))
                .allMatch(c -> c.behaviour().deadlineStocking().equals(Distribution.fixed(0)));
        assertThat(grid.subList(216, 432))
                .allMatch(c -> c.behaviour().deadlineStocking().equals(Distribution.uniform(0, 1)));
        assertThat(grid.get(216).behaviour())
                .isEqualTo(grid.get(0).behaviour().withDeadlineStocking(Distribution.uniform(0, 1)));
        // lasting precaution: off, or anywhere in [0, 1], alternating innermost
        assertThat(grid.get(0).behaviour().lastingPrecaution()).isEqualTo(Distribution.fixed(0));
        assertThat(grid.get(1).behaviour().lastingPrecaution()).isEqualTo(Distribution.uniform(0, 1));
        assertThat(grid).allMatch(c -> c.behaviour().issuerAbsorption().equals(Behaviour.PRIOR.issuerAbsorption()));
        // every candidate carries the calibrated home price flexibility, down to 0 (price-directions.md, candidate C)
        assertThat(grid).allMatch(c -> c.behaviour().issuerFlexibility().equals(Distribution.uniform(0, 2)));
    }

    @Test
    void theBehaviouralSetSpansTheCandidatesWithinTheToleranceOfTheBest() {
        List<Calibration.Candidate> grid = Calibration.grid();
        List<Calibration.Scored> ranked = List.of(
                new Calibration.Scored(grid.get(0), 0.8, 1.0),
                new Calibration.Scored(grid.get(107), 0.78, 2.0),
                new Calibration.Scored(grid.get(50), 0.5, 1.5));
        Behaviour merged = Calibration.behaviouralSet(ranked, 0.03);
        Behaviour a = grid.get(0).behaviour();
        Behaviour b = grid.get(107).behaviour();
        assertThat(merged.flexibility())
                .isEqualTo(Distribution.uniform(
                        Math.min(a.flexibility().min(), b.flexibility().min()),
                        Math.max(a.flexibility().max(), b.flexibility().max())));
        assertThat(merged.pendingNetting()).isEqualTo(Distribution.uniform(0, 1));
        assertThat(merged.restockMonths()).isEqualTo(a.restockMonths());
        assertThat(Calibration.behaviouralSet(ranked, 0)).isEqualTo(a);
    }

    @Test
    void theSelectionCountsOnlyTheTrainingRowsAndKeepsCandidatesWithinOneRowOfTheBest() {
        List<Calibration.Candidate> grid = Calibration.grid();
        // candidate 0 covers both rows of episode a, none of b; candidate 1 one row of a and both of b; candidate 2
        // one row of a only
        Calibration.Evaluated first = evaluated(grid.get(0), true, true, false, false);
        Calibration.Evaluated second = evaluated(grid.get(1), true, false, true, true);
        Calibration.Evaluated third = evaluated(grid.get(2), true, false, false, false);
        List<Calibration.Evaluated> all = List.of(first, second, third);

        Calibration.Selection onA = Calibration.select(all, Report.episode("a"));
        assertThat(onA.rows()).isEqualTo(2);
        assertThat(onA.ranked().get(0).candidate()).isEqualTo(grid.get(0));
        // within one of two rows of the best (2 of 2): every candidate covering 1 of 2 counts
        assertThat(onA.members()).isEqualTo(3);

        Calibration.Selection everything = Calibration.select(all, row -> true);
        assertThat(everything.rows()).isEqualTo(4);
        assertThat(everything.ranked().get(0).candidate()).isEqualTo(grid.get(1));
        assertThat(everything.ranked().get(0).coverage()).isEqualTo(0.75);
        // 3 of 4 is the best; 2 of 4 is within one row; 1 of 4 is not
        assertThat(everything.members()).isEqualTo(2);
        assertThat(everything.merged()).isEqualTo(Calibration.behaviouralSet(everything.ranked(), 0.25));

        assertThatThrownBy(() -> Calibration.select(all, Report.episode("none")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no training rows");
    }

    @Test
    void aFoldsChoiceNeverDependsOnTheHeldOutRows() {
        List<Calibration.Candidate> grid = Calibration.grid();
        // 3 candidates x 4 rows (rows 0-1 of episode a, 2-3 of b): bits of `flags` say which rows each covers;
        // `flips` changes only episode b's rows
        qt().withFixedSeed(14L)
                .withExamples(200)
                .forAll(integers().between(0, 4095), integers().between(0, 4095))
                .check((flags, flips) -> {
                    int changed = flags ^ (flips & 0b110011001100);
                    Calibration.Selection before = Calibration.select(candidates(grid, flags), Report.episode("a"));
                    Calibration.Selection after = Calibration.select(candidates(grid, changed), Report.episode("a"));
                    return before.merged().equals(after.merged())
                            && before.members() == after.members()
                            && before.rows() == 2;
                });
    }

    private static List<Calibration.Evaluated> candidates(List<Calibration.Candidate> grid, int flags) {
        List<Calibration.Evaluated> out = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            boolean[] inside = new boolean[4];
            for (int r = 0; r < 4; r++) {
                inside[r] = (flags >> (4 * c + r) & 1) == 1;
            }
            out.add(evaluated(grid.get(c), inside));
        }
        return out;
    }

    @Test
    void theDevelopmentRecordsAddBlindRecordsFiveToFortyThreesRowsToTheirEpisodes() throws IOException {
        List<Episode> own = Episodes.load(Fixtures::text, Fixtures.catalogue(), Behaviour.PRIOR);
        List<Episode> development = Episodes.withDevelopment(Fixtures::text, Fixtures.catalogue(), Behaviour.PRIOR);
        assertThat(own.stream().mapToInt(e -> e.observations().size()).sum()).isEqualTo(84);
        // each episode's own rows, then records 5, 6, 7, 8 and 9's; the ex-ante episodes have none of their own, only
        // their outcome records' (records 10 to 43, development data since each was scored once)
        assertThat(development.stream().mapToInt(e -> e.observations().size()))
                .containsExactly(
                        21 + 12 + 10 + 5 + 1 + 5,
                        11 + 2 + 1 + 1 + 1,
                        11 + 16 + 8 + 14 + 9,
                        41 + 9 + 7 + 3 + 4 + 1,
                        30,
                        16,
                        26,
                        20,
                        14,
                        18,
                        10,
                        20,
                        20,
                        20,
                        19,
                        23,
                        17,
                        9,
                        13,
                        14,
                        23,
                        20,
                        19,
                        24,
                        24,
                        18,
                        22,
                        15,
                        25,
                        19,
                        12,
                        15,
                        25,
                        15,
                        16,
                        18,
                        17,
                        18,
                        // id-nickel-rkab-2024: record 44 scored once, not joined
                        0);
        for (String record : Episodes.DEVELOPMENT) {
            Path file = Path.of("..", "docs", "research", record, "observations.yaml");
            Assumptions.assumeTrue(Files.exists(file), "the repository's docs/ are not beside this module");
            assertThat(Fixtures.text(Episodes.developmentResource(record)))
                    .as("the shipped development record is docs/research/" + record + "/observations.yaml unchanged")
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    @Tag("slow")
    void crossValidationHoldsOutEachEpisodeAndTheRuleOnEveryRowGivesTheShippedBehaviour() throws IOException {
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            Function<Behaviour, List<Episode>> evidence = Calibration.development(Fixtures::text, Fixtures.catalogue());
            List<Calibration.Evaluated> evaluated = grid(evidence, engine);
            CrossValidation.Result result = CrossValidation.folds(evaluated, evidence, engine, PATHS, SEED);
            // a fold per episode with development rows: the ex-ante episodes' rows are records 10 to 43's
            assertThat(result.folds())
                    .extracting(CrossValidation.Fold::heldOut)
                    .containsExactlyElementsOf(evidence.apply(Behaviour.PRIOR).stream()
                            .filter(e -> !e.observations().isEmpty())
                            .map(Episode::id)
                            .toList());
            for (CrossValidation.Fold fold : result.folds()) {
                assertThat(fold.heldOutReport().rows())
                        .allMatch(r -> r.episode().equals(fold.heldOut()));
                assertThat(fold.selection().rows() + fold.heldOutReport().rows().size())
                        .isEqualTo(ROWS);
                assertThat(fold.priorReport().rows().size())
                        .isEqualTo(fold.heldOutReport().rows().size());
            }
            assertThat(result.pooled().rows()).hasSize(ROWS);
            assertThat(result.all().rows()).isEqualTo(ROWS);
            System.out.println(describe(result));

            PredictiveBands.Result bands = PredictiveBands.crossValidate(
                    evaluated, result, evidence, engine, PATHS, SEED, LocalDate.of(2026, 12, 7));
            for (int i = 0; i < result.folds().size(); i++) {
                CrossValidation.Fold fold = result.folds().get(i);
                PredictiveBands.Fold band = bands.folds().get(i);
                assertThat(band.heldOut()).isEqualTo(fold.heldOut());
                // the discrepancy of a fold is estimated on its training rows only
                assertThat(band.error().rows()).isEqualTo(fold.selection().rows());
                assertThat(band.inSampleError().rows())
                        .isEqualTo(fold.selection().rows());
                assertThat(band.training()).hasSize((int) fold.selection().rows());
                assertThat(band.rows())
                        .extracting(PredictiveRow::row)
                        .isEqualTo(fold.heldOutReport().rows());
            }
            bands.folds()
                    .forEach(f -> System.out.println("model error without " + f.heldOut() + ": " + f.error()
                            + "; inside "
                            + f.rows().stream().filter(PredictiveRow::inside).count() + " of "
                            + f.rows().size()));
            System.out.println("shipped model error: " + bands.shipped() + "; in-sample variant: " + bands.inSample());
            // records 42 and 43 apart from the 792 rows before them (the registered rule reports both), and every
            // record apart
            for (boolean later : new boolean[] {false, true}) {
                System.out.println((later ? "records 42 and 43" : "the 792 earlier rows") + ": "
                        + tally(bands, r -> isLaterRecord(r) == later));
            }
            for (String record : records(result)) {
                System.out.println("out of fold, " + record + ": "
                        + tally(bands, r -> record(r).equals(record)));
            }
            // every held-out row with its bands (records 42 and 43's always; every row with
            // -Dlodestone.calibration.rows=true)
            bands.folds().stream()
                    .flatMap(f -> f.rows().stream())
                    .filter(r -> isLaterRecord(r.row()) || Boolean.getBoolean("lodestone.calibration.rows"))
                    .forEach(r ->
                            System.out.println(record(r.row()) + " " + r.row().episode() + line(r)));
            // the direction as a probability, out of fold
            // (docs/research/backtest-studies/the-direction-as-a-probability.md, "The direction as a probability"):
            // every fold's price rows, climatology for each the other episodes' share of rises
            DirectionForecasts.Score directions = result.pooled().directions(row -> true);
            DirectionForecasts.Score priorDirections = result.pooledPrior().directions(row -> true);
            DirectionForecasts.Score platt = PlattRecalibration.outOfFold(
                    result.pooled().rows(), result.pooled().rows());
            System.out.println("directions out of fold: " + directions);
            System.out.println("first look, the same rows: " + priorDirections);
            System.out.println("Platt recalibration out of fold (tested, not shipped): " + platt + "; on every row: "
                    + PlattRecalibration.fit(result.pooled().rows()));
            assertThat(directions.rows()).isEqualTo(513);
            assertThat(directions.right())
                    .as("the existing direction figure, unchanged")
                    .isEqualTo(351);
            // 0.180825, 182 confident and 151 right, bins 2, 8, 15, 20, 32, 89, 96, 33, 36, 88 until the calibrated
            // home price flexibility reached 0 (price-directions.md, "Falls and home prices", candidate C); 0.180217,
            // 297 of 419 right, bins 2, 2, 13, 25, 31, 95, 94, 34, 36, 87 on the 703 rows before records 37 and 38
            // joined (records-37-and-38-join-the-development-rows.md); 0.184853, 311 of 452 right, 175 confident and
            // 147 right, bins 2, 2, 13, 25, 50, 105, 98, 34, 36, 87 on the 743 rows before records 39 to 41 joined
            // (records-39-to-41-join-the-development-rows.md); 0.184587, 335 of 489 right, 186 confident and 158 right,
            // bins 2, 2, 13, 25, 57, 121, 101, 38, 40, 90 on the 792 rows before records 42 and 43 joined
            // (records-42-and-43-join-the-development-rows.md)
            assertThat(directions.brier()).isCloseTo(0.183610, within(1e-6));
            assertThat(directions.climatologyBrier()).isCloseTo(0.204715, within(1e-6));
            // a coin scores 0.25 on every row but the three observed at exactly 1 (outcome 1/2): 0.25 x 510 / 513
            assertThat(directions.coinBrier()).isCloseTo(0.25 * 510 / 513, within(1e-12));
            assertThat(directions.confident()).isEqualTo(193);
            assertThat(directions.confidentRight()).isEqualTo(165);
            // the calls the paths resolve at 1,000 paths (DirectionCall; docs/research/backtest-studies/
            // direction-calls-the-monte-carlo-can-resolve.md): 99 of the 513 rows' medians lie on a side of 1 that is
            // Monte Carlo noise at this path count (90 of 489, 399 calls and 299 right, before records 42 and 43
            // joined; 73 of 452, 379 calls and 284 right, before records 39 to 41 joined; then all 379 calls lay on
            // the side of the median at 16,000 paths)
            assertThat(List.of(directions.calls(), directions.callsRight(), directions.unresolved()))
                    .as("calls, right, unresolved")
                    .containsExactly(414L, 314L, 99L);
            // the first look's paths on the same rows resolve more of them (its home prices move further; 398, 289, 54
            // on the 452 rows before records 39 to 41 joined, 420, 305, 69 on the 489 before records 42 and 43)
            assertThat(List.of(priorDirections.calls(), priorDirections.callsRight(), priorDirections.unresolved()))
                    .as("the first look's calls, right, unresolved")
                    .containsExactly(435L, 320L, 78L);
            assertThat(directions.reliability())
                    .extracting(DirectionForecasts.Bin::rows)
                    .containsExactly(2L, 2L, 13L, 25L, 66L, 124L, 106L, 43L, 42L, 90L);
            assertThat(priorDirections.brier()).isCloseTo(0.187505, within(1e-6));
            assertThat(platt.brier())
                    .as("the one recalibration tested does worse out of fold than the raw probability: not shipped")
                    .isCloseTo(0.184220, within(1e-6))
                    .isGreaterThan(directions.brier());
            assertThat(result.all().merged()).isEqualTo(Behaviour.CALIBRATED);
            assertThat(bands.shipped()).isEqualTo(ModelError.SHIPPED);
            assertThat(bands.shipped().homePriceRows()).isEqualTo(85);
            assertThat(bands.shipped().priceRows()).isEqualTo(428);
            assertThat(bands.shipped().quantityRows()).isEqualTo(314);
            // the conformal ranks ceil(0.8 (n + 1)): 69 of 85 home prices, 344 of 428 other prices, 252 of 314 others
            for (ModelError.Kind kind : ModelError.Kind.values()) {
                int n = bands.shipped().rows(kind);
                assertThat(result.pooled().rows().stream()
                                .filter(r -> ModelError.Kind.of(r.observation().series()) == kind)
                                .map(bands.shipped()::apply)
                                .filter(PredictiveRow::inside))
                        .as("the shipped discrepancy holds at least k = ceil(0.8 (n + 1)) of the %d %s rows", n, kind)
                        .hasSizeGreaterThanOrEqualTo((int) Math.ceil(0.8 * (n + 1) - 1e-9));
            }
            assertThat(result.pooled().rows().stream()
                            .map(bands.shipped()::apply)
                            .filter(PredictiveRow::inside))
                    .hasSizeGreaterThanOrEqualTo(69 + 344 + 252);
        }
    }

    /**
     * The grid's candidates the folds need, run on the development rows at {@value #PATHS} paths, seed {@value #SEED}
     * (the values the shipped behaviour and model error were derived with). Asked to record ({@link
     * RecordedGrid#RECORD}): every candidate, recorded, and a check that the contenders give every selection the folds
     * make; otherwise the contenders and the sample by the record ({@link RecordedGrid}), each checked against it.
     */
    static List<Calibration.Evaluated> grid(Function<Behaviour, List<Episode>> evidence, MonteCarloEngine engine)
            throws IOException {
        List<Calibration.Candidate> grid = Calibration.grid();
        if (Boolean.getBoolean(RecordedGrid.RECORD)) {
            List<Calibration.Evaluated> all = Calibration.run(evidence, grid, engine, PATHS, SEED);
            RecordedGrid record = RecordedGrid.of(all, PATHS, SEED);
            record.write();
            List<String> episodeOfRow =
                    all.get(0).report().rows().stream().map(Row::episode).toList();
            Set<Integer> contenders = record.contenders(episodeOfRow);
            List<Calibration.Evaluated> few = contenders.stream().map(all::get).toList();
            for (java.util.function.Predicate<String> training :
                    RecordedGrid.trainings(episodeOfRow.stream().distinct().toList())) {
                Calibration.Selection whole = Calibration.select(all, r -> training.test(r.episode()));
                Calibration.Selection part = Calibration.select(few, r -> training.test(r.episode()));
                assertThat(part.merged()).isEqualTo(whole.merged());
                assertThat(part.members()).isEqualTo(whole.members());
                assertThat(part.rows()).isEqualTo(whole.rows());
            }
            System.out.println("recorded " + RecordedGrid.SOURCE.toAbsolutePath() + ": " + contenders.size()
                    + " contenders of " + grid.size() + " candidates");
            return all;
        }
        RecordedGrid record = RecordedGrid.read()
                .orElseThrow(() -> new AssertionError(
                        "no recorded grid (" + RecordedGrid.RESOURCE + "); record it with " + RecordedGrid.COMMAND));
        List<Episode> episodes = evidence.apply(Behaviour.PRIOR);
        List<String> keys = RecordedGrid.keysOf(episodes);
        record.staleness(grid, keys, PATHS, SEED).ifPresent(why -> {
            throw new AssertionError("the recorded grid " + RecordedGrid.RESOURCE + " is stale: " + why
                    + ". Record it again (a full run of the grid): " + RecordedGrid.COMMAND);
        });
        Set<Integer> run = new TreeSet<>(record.contenders(
                keys.stream().map(k -> k.substring(0, k.indexOf('|'))).toList()));
        int contenders = run.size();
        run.addAll(RecordedGrid.sample(grid.size()));
        List<Calibration.Evaluated> evaluated =
                Calibration.run(evidence, run.stream().map(grid::get).toList(), engine, PATHS, SEED);
        int i = 0;
        for (int c : run) {
            assertThat(RecordedGrid.digest(evaluated.get(i++).report()))
                    .withFailMessage(
                            "candidate %d (%s) no longer gives the recorded results: the engine or the evidence changed"
                                    + " and the recorded grid %s is stale. Record it again (a full run of the grid): %s",
                            c, grid.get(c).label(), RecordedGrid.RESOURCE, RecordedGrid.COMMAND)
                    .isEqualTo(record.digest(c));
        }
        System.out.println("ran " + run.size() + " of " + grid.size() + " candidates: " + contenders
                + " contenders by the record and a sample of the others, each as recorded");
        return evaluated;
    }

    /** One row's observed value against its model and predictive bands, and its price direction. */
    static String line(PredictiveRow r) {
        return String.format(
                Locale.ROOT,
                "  %s %s: %.3f against %.3f / %.3f / %.3f (predictive %.3f-%.3f)%s",
                r.row().observation().id(),
                r.row().observation().series(),
                r.row().observation().value(),
                r.row().p10(),
                r.row().p50(),
                r.row().p90(),
                r.p10(),
                r.p90(),
                r.row()
                        .directionRight()
                        .map(d -> d ? " direction right" : " direction wrong")
                        .orElse(""));
    }

    /** Rows inside the model band, the fold's predictive band and the shipped one, and price directions right. */
    static String tally(PredictiveBands.Result bands, java.util.function.Predicate<Row> which) {
        List<PredictiveRow> rows = bands.folds().stream()
                .flatMap(f -> f.rows().stream())
                .filter(r -> which.test(r.row()))
                .toList();
        return "model " + rows.stream().filter(r -> r.row().inside()).count() + ", predictive (fold) "
                + rows.stream().filter(PredictiveRow::inside).count() + ", predictive (shipped) "
                + rows.stream()
                        .map(r -> bands.shipped().apply(r.row()))
                        .filter(PredictiveRow::inside)
                        .count()
                + " of " + rows.size() + ", directions "
                + rows.stream()
                        .filter(r -> r.row().directionRight().orElse(false))
                        .count()
                + " of "
                + rows.stream()
                        .filter(r -> r.row().directionRight().isPresent())
                        .count();
    }

    /**
     * The record a row comes from: "record N" for blind record N's rows ({@code beN-}, record 17's {@code ni17-}, record
     * 18's {@code sn18-}, record 19's {@code pn19-}, record 20's {@code id20-}, record 21's {@code gb21-}, record 22's
     * {@code mr22-}, record 23's {@code zl23-}, record 24's {@code ib24-}, record 25's {@code mb25-}, record 26's {@code
     * it26-}, record 27's {@code cm27-}, record 28's {@code mr28-}, record 29's {@code ra29-}, record 30's {@code ct30-},
     * record 31's {@code am31-}, record 32's {@code cs32-}, record 33's {@code nn33-}, record 34's {@code ic34-}, record 35's {@code pc35-}, record 36's {@code mg36-}, record 37's {@code gm37-}, record 38's {@code
     * pc38-}, record 39's {@code zp39-}, record 40's {@code rp40-}, record 41's {@code nu41-}, record 42's {@code
     * cc42-}, record 43's {@code cn43-}), else "own rows".
     */
    static String record(Row row) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "^(?:be|ni|sn|pn|id|gb|mr|zl|ib|mb|it|cm|ra|ct|am|cs|nn|ic|pc|mg|gm|zp|rp|nu|cc|cn)(\\d+)-")
                .matcher(row.observation().id());
        return m.find() ? "record " + m.group(1) : "own rows";
    }

    static List<String> records(CrossValidation.Result result) {
        return result.pooled().rows().stream()
                .map(CalibrationTest::record)
                .distinct()
                .sorted()
                .toList();
    }

    private static boolean isLaterRecord(Row row) {
        String id = row.observation().id();
        return id.startsWith("cc42-") || id.startsWith("cn43-");
    }

    private static String describe(CrossValidation.Result result) {
        StringBuilder out = new StringBuilder();
        for (CrossValidation.Fold f : result.folds()) {
            Report r = f.heldOutReport();
            out.append(String.format(
                    "fold %s: members %d, chosen %s; held out %d/%d dir %.3f; prior %d/%d dir %.3f%n",
                    f.heldOut(),
                    f.selection().members(),
                    f.selection().merged().describe(),
                    r.rows().stream().filter(Row::inside).count(),
                    r.rows().size(),
                    r.directionRight(x -> true),
                    f.priorReport().rows().stream().filter(Row::inside).count(),
                    f.priorReport().rows().size(),
                    f.priorReport().directionRight(x -> true)));
        }
        out.append(String.format(
                "pooled %.4f dir %.4f; prior %.4f dir %.4f; all: members %d, %s; in sample %.4f%n",
                result.pooled().coverage(x -> true),
                result.pooled().directionRight(x -> true),
                result.pooledPrior().coverage(x -> true),
                result.pooledPrior().directionRight(x -> true),
                result.all().members(),
                result.all().merged().describe(),
                result.inSample().coverage(x -> true)));
        return out.toString();
    }

    private static Calibration.Evaluated evaluated(Calibration.Candidate candidate, boolean... inside) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < inside.length; i++) {
            String episode = i < 2 ? "a" : "b";
            Observation o = BacktestTest.exportsObservation(episode + i, 1);
            rows.add(new Row(
                    episode,
                    Episode.Role.TEST,
                    o,
                    0.5,
                    1,
                    2,
                    inside[i],
                    Optional.empty(),
                    OptionalDouble.empty(),
                    1000));
        }
        return new Calibration.Evaluated(candidate, new Report(candidate.label(), rows));
    }
}
