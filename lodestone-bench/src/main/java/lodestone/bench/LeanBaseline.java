package lodestone.bench;

import java.util.List;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;
import lodestone.sim.engine.Quantiles;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Partner;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Poisson;
import lodestone.sim.scenario.Ramp;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StandardNormal;

/**
 * The speed reference for {@code MonteCarloEngine}: the same model work for one market written as one lean loop,
 * specialised to the case the benchmark runs (one buyer group, every destination targeted, licensed, the product covered
 * in full), single-threaded, with flat arrays and no result objects beyond a {@code double[]} of medians and P5/P95
 * per month. It draws the same random numbers in the same order, so {@code EngineVersusLeanBenchmark.verify} can check
 * that it computes the same numbers as the engine; only then is the ratio of their times a ratio of overheads.
 * {@code LeanBaselineTest} runs that check at few paths, so a change to the model that this loop does not follow fails
 * the build. It refuses a scenario that uses a mechanism it leaves out.
 */
final class LeanBaseline {
    private static final int CLASSES = 8;
    private static final int RING = 25;
    private static final double STOP = 0.5;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final Market m;
    private final Behaviour b;
    private final Licensing licensing;
    private final Phase[] phases;
    private final Partner[] partners;
    private final double issuerShare;
    private final double offset;
    private final int forward;
    private final double exportRatio;
    private final double restockRate;
    private final double threshold;
    private final double lagSigma;
    private final double surplusDecay;
    private final double[] kernel = new double[RING];
    private final double[] firstKernel = new double[RING];
    private final boolean[] cutOff = new boolean[CLASSES];
    private final double[] window;
    private final double[] base = new double[CLASSES];
    private final double[] stock = new double[CLASSES];
    private final double[] order = new double[CLASSES];
    private final double[] ring = new double[RING];
    private final double[] phaseEnd;
    private final double[] phaseSeverity;
    private final double[] partnerStart;
    private long state;

    LeanBaseline(ScenarioSpec spec) {
        m = spec.markets().get(0);
        b = m.behaviour();
        licensing = spec.disruption().licensing().orElseThrow();
        phases = (m.phases().isEmpty() ? spec.disruption().phases() : m.phases()).toArray(Phase[]::new);
        partners = m.partners().toArray(Partner[]::new);
        issuerShare = m.shareOf(spec.disruption().issuer());
        offset = spec.effectiveOffset();
        forward = b.forwardMonths();
        exportRatio = m.trade().issuerExportShare() / (1 - m.trade().issuerExportShare());
        restockRate = b.restockMonths() > 0 ? 1 / b.restockMonths() : 0;
        threshold = spec.threshold();
        lagSigma = Math.log(licensing.lagSpread()) / 1.2815515655446004;
        surplusDecay = 1 - 1 / b.issuerSurplusMonths();
        window = new double[forward + 1];
        phaseEnd = new double[phases.length];
        phaseSeverity = new double[phases.length];
        partnerStart = new double[partners.length];
        if (spec.leadWholeMonths() != 0
                || !spec.disruption().targetsEveryone()
                || m.trade().coveredShare() != 1
                || m.trade().perspectiveShareOfExports() != 1
                || m.trade().outsideIssuerShare().isPresent()
                || m.trade().demandGrowth() != 0
                || m.trade().issuerOutput().isPresent()
                || spec.leadMonths() != 0
                || !licensing.perspectivePriority().equals(Distribution.fixed(1))
                || !m.trade().enforcementMonths().equals(Distribution.fixed(0))
                || m.trade().indirectShare() != 0
                || m.trade().directAtOutsidePrice() != 0
                || m.issuerStocks().held()
                || java.util.Arrays.stream(phases)
                        .anyMatch(p ->
                                p.extension().isPresent() || p.leakageFactor().min() < 1)
                || m.homeDrift().isPresent()
                || m.outsideDrift().isPresent()
                || m.homeCarry().isPresent()) {
            throw new IllegalArgumentException(
                    "the lean baseline covers one targeted, fully covered, licensed market without an announcement"
                            + " ahead, growth, a change of the issuer's output, a price trend, stock held at home, a"
                            + " destination priority, an enforcement ramp, indirect buyers, direct shipments at the"
                            + " outside price, the issuer's stocks, reviews or a crackdown; scenario " + spec.id()
                            + " is not one.");
        }
    }

    /**
     * Runs the scenario's first market.
     *
     * @param paths paths
     * @param months months
     * @param seed seed
     * @return per month: shortfall P5, P50, P95, outside price P50, inside price P50 (5 values a month)
     */
    double[] run(int paths, int months, long seed) {
        int blocks = (paths + 255) / 256;
        long[] seeds = new long[paths];
        List<SplittableGenerator> splits = ((SplittableGenerator)
                        RandomGeneratorFactory.of("L64X128MixRandom").create(seed))
                .splits(blocks)
                .toList();
        for (int blk = 0; blk < blocks; blk++) {
            for (int p = blk * 256, end = Math.min(paths, p + 256); p < end; p++) {
                seeds[p] = splits.get(blk).nextLong();
            }
        }
        float[][] shortfall = new float[months][paths];
        float[][] outside = new float[months][paths];
        float[][] inside = new float[months][paths];
        float[][][] others = new float[4][months][paths];
        for (int p = 0; p < paths; p++) {
            path(seeds[p], months, p, shortfall, outside, inside, others);
        }
        double[] out = new double[months * 5];
        float[] scratch = new float[paths];
        int[] ranks = {
            Quantiles.rank(0.05, paths),
            Quantiles.rank(0.1, paths),
            Quantiles.rank(0.5, paths),
            Quantiles.rank(0.9, paths),
            Quantiles.rank(0.95, paths)
        };
        double[] q = new double[5];
        for (int t = 0; t < months; t++) {
            select(shortfall[t], scratch, paths, ranks, q);
            out[t * 5] = q[0];
            out[t * 5 + 1] = q[2];
            out[t * 5 + 2] = q[4];
            select(outside[t], scratch, paths, ranks, q);
            out[t * 5 + 3] = q[2];
            select(inside[t], scratch, paths, ranks, q);
            out[t * 5 + 4] = q[2];
            for (float[][] series : others) {
                select(series[t], scratch, paths, ranks, q);
            }
            int above = 0;
            for (int p = 0; p < paths; p++) {
                above += shortfall[t][p] > threshold ? 1 : 0;
            }
            out[t * 5] += above * 0.0;
        }
        return out;
    }

    private void path(
            long seed,
            int months,
            int p,
            float[][] shortfalls,
            float[][] outsides,
            float[][] insides,
            float[][][] others) {
        reset(seed, 0);
        double at = offset;
        for (int k = 0; k < phases.length; k++) {
            at += phases[k].months().quantile(uniform());
            phaseEnd[k] = at;
            phaseSeverity[k] = phases[k].severity().quantile(uniform());
            uniform();
        }
        double lagMedian = licensing.lagMonths().quantile(uniform());
        double grant0 = licensing.expectedGrant().quantile(uniform());
        reset(seed, 1);
        double level = b.stockLevel().quantile(uniform());
        double shift = uniform();
        double spare = m.spareCapacity().quantile(uniform());
        double leakage = m.leakage().quantile(uniform());
        double precaution = b.precautionMonths().quantile(uniform());
        double maxOrder = b.maxOrder().quantile(uniform());
        double beta = b.flexibility().quantile(uniform());
        double betaInside = b.issuerFlexibility().quantile(uniform());
        double absorb = b.issuerAbsorption().quantile(uniform());
        double volatility = b.volatility().quantile(uniform());
        double netting = b.pendingNetting().quantile(uniform());
        for (int j = 0; j < partners.length; j++) {
            double start = partners[j].startMonth().quantile(uniform());
            partnerStart[j] = uniform() < partners[j].probability() ? start : Double.POSITIVE_INFINITY;
        }
        // μ and θ from a stream of their own (ω, drawn between them, acts only before an announced measure)
        reset(seed, -1);
        double keptCover = b.lastingPrecaution().quantile(uniform()) * precaution;
        uniform();
        double homeLanding = b.homeLanding().quantile(uniform());
        double baseMean = 0;
        for (int k = 0; k < CLASSES; k++) {
            base[k] = level * m.stocksMonths().quantile((k + shift) / CLASSES);
            stock[k] = base[k];
            cutOff[k] = false;
            baseMean += base[k];
        }
        baseMean /= CLASSES;
        double previous = 0;
        for (int d = 0; d < RING - 1; d++) {
            double upTo = cdf(d + 0.5, lagMedian);
            kernel[d] = upTo - previous;
            previous = upTo;
        }
        kernel[RING - 1] = 1 - previous;
        // a measure taking effect inside the first month: that month's applications are made over [δ, 1)
        double firstShift = 0.5 - offset / 2;
        previous = 0;
        for (int d = 0; d < RING - 1; d++) {
            double upTo = cdf(d + firstShift, lagMedian);
            firstKernel[d] = upTo - previous;
            previous = upTo;
        }
        firstKernel[RING - 1] = 1 - previous;
        for (int j = 1; j <= forward; j++) {
            window[j] = window[j - 1] + cdf(j - 0.5, lagMedian);
        }
        double decidedInWindow = cdf(forward, lagMedian);
        java.util.Arrays.fill(ring, 0);
        reset(seed, 2);
        long noise = state;
        double pending = 0;
        int head = 0;
        double end = phaseEnd[phaseEnd.length - 1];
        double untouched = 1 - issuerShare;
        double price = 1;
        double contract = 1;
        double walkOut = 0;
        double walkIn = 0;
        double surplus = 0;
        double worstSeverity = 0;
        for (int t = 0; t < months; t++) {
            double inForce = Math.max(0, Math.min(t + 1, end) - Math.max(t, offset));
            double sevSum = 0;
            if (inForce > 0) {
                double from = offset;
                for (int k = 0; k < phaseEnd.length; k++) {
                    double overlap = Math.min(t + 1, phaseEnd[k]) - Math.max(t, from);
                    if (overlap > 0) {
                        sevSum += phaseSeverity[k] * overlap;
                    }
                    from = phaseEnd[k];
                }
            }
            double severity = inForce > 0 ? sevSum / inForce : phaseSeverity[0];
            if (inForce > 0) {
                worstSeverity = Math.max(worstSeverity, severity);
            }
            double feared = Math.max(worstSeverity, severity);
            double announced = t < end ? 1 : 0;
            double use = Math.pow(price, m.demandElasticity());
            double extra = untouched / issuerShare * Math.max(0, Math.pow(price, m.supplyElasticity()) - 1);
            double relief = m.substitution().at(t) + m.recycling().at(t) + spare * Ramp.of(t, m.spareRampMonths());
            for (int j = 0; j < partners.length; j++) {
                relief += partners[j].capacityFraction() * Ramp.of(t - partnerStart[j], partners[j].rampMonths());
            }
            relief /= issuerShare;
            double decidedShare = offset > 0 ? cdf(t + firstShift, lagMedian) : cdf(t + 0.5, lagMedian);
            double grant = (1 - decidedShare) * grant0 + decidedShare * (1 - severity);
            noise += GOLDEN;
            double batch = (mix(noise) >>> 11) * 0x1.0p-53;
            noise += GOLDEN;
            noise += GOLDEN;
            double shockOut = (mix(noise) >>> 11) * 0x1.0p-53;
            noise += GOLDEN;
            double shockIn = (mix(noise) >>> 11) * 0x1.0p-53;
            double extraCover = precaution * announced * (1 - decidedShare * (1 - feared));
            double onOrder = netting * grant * pending;
            double maxUnits = maxOrder * use;
            // the first month splits at the effective day: the part before it is ordered and shipped freely
            double before = t == 0 ? offset : 0;
            double after = 1 - before;
            double ordered = 0;
            double orderedBefore = 0;
            double extraSum = 0;
            for (int k = 0; k < CLASSES; k++) {
                // a buyer once cut off keeps at least μ Δ of extra cover
                double cover = cutOff[k] && keptCover > extraCover ? keptCover : extraCover;
                extraSum += cover;
                double o;
                if (before > 0) {
                    double early = cutOff[k] && keptCover > 0 ? keptCover : 0;
                    double first = before * (use + restockRate * (base[k] + early - stock[k]));
                    first = first < 0 ? 0 : Math.min(first, before * maxUnits);
                    double rest = after
                            * (use + restockRate * (base[k] + cover - stock[k] - (first - before * use) - onOrder));
                    rest = rest < 0 ? 0 : Math.min(rest, after * maxUnits);
                    orderedBefore += first;
                    o = first + rest;
                } else {
                    o = use + restockRate * (base[k] + cover - stock[k] - onOrder);
                    o = o < 0 ? 0 : Math.min(o, maxUnits);
                }
                order[k] = o;
                ordered += o;
            }
            ordered /= CLASSES;
            orderedBefore /= CLASSES;
            double extraMean = keptCover > 0 ? extraSum / CLASSES : extraCover;
            double pace = before > 0 ? (ordered - orderedBefore) / after : ordered;
            double supply;
            double refused;
            double backlog = 0;
            if (inForce > 0) {
                double applied = inForce * pace;
                ring[head] = applied;
                double decided = 0;
                for (int d = 0; d < RING; d++) {
                    int slot = head - d;
                    decided +=
                            (d == t && offset > 0 ? firstKernel[d] : kernel[d]) * ring[slot < 0 ? slot + RING : slot];
                }
                pending += applied - decided;
                double granted = batches(decided * (1 - severity), batch);
                supply = before > 0
                        ? orderedBefore + pace * (after - inForce) + granted
                        : ordered * (1 - inForce) + granted;
                refused = Math.max(0, decided - granted);
            } else {
                supply = ordered;
                refused = 0;
                if (pending != 0) {
                    // what was still pending ships once no licence is needed
                    backlog = pending;
                    supply += backlog;
                    pending = 0;
                    java.util.Arrays.fill(ring, 0);
                }
            }
            head = head + 1 == RING ? 0 : head + 1;
            double leak = leakage * refused;
            double shipped = supply + leak;
            double ordinary = shipped - backlog;
            double flat = extra + relief;
            double stockSum = 0;
            double receivedSum = 0;
            double shortSum = 0;
            for (int k = 0; k < CLASSES; k++) {
                double received = (ordered > 0 ? ordinary * order[k] / ordered : 0) + backlog + flat;
                receivedSum += received;
                double need = use - received;
                double shortOf = 0;
                if (need <= 0) {
                    stock[k] -= need;
                } else {
                    double draw = Math.min(
                            Math.min(stock[k], m.release().maxPerMonth()),
                            Math.max(0, need - m.release().trigger()));
                    stock[k] -= draw;
                    shortOf = need - draw;
                }
                shortSum += shortOf;
                // a class short of more than half its use stops and is cut off from then on
                if (shortOf > STOP * use) {
                    cutOff[k] = true;
                }
                stockSum += stock[k];
            }
            double expected = inForce > 0 ? grant * (pending * decidedInWindow + window[forward]) : forward;
            walkOut += volatility * StandardNormal.quantile(shockOut);
            walkIn += volatility * StandardNormal.quantile(shockIn);
            double ratio = Math.max(
                    0.01,
                    (untouched * (baseMean + forward) + issuerShare * (stockSum / CLASSES + expected))
                            / (untouched * (baseMean + forward) + issuerShare * (baseMean + extraMean + forward)));
            price = Math.min(m.priceCap(), Math.exp(walkOut - beta * Math.log(ratio)));
            double kept = (1 - absorb) * exportRatio;
            // the issuer's exports in months of its export pace (what its buyers received, over its share)
            double exported = issuerShare * shipped / issuerShare;
            surplus = surplus * surplusDecay + (1 - exported) * kept;
            double expectedExports = issuerShare * expected / issuerShare;
            // while the measure is in force the share θ of the home market reads the month's exports as going on
            double landing = inForce > 0 ? homeLanding : 0;
            double expectedHome =
                    landing == 0 ? expectedExports : (1 - landing) * expectedExports + landing * forward * exported;
            double home = Math.max(
                    0.01, (baseMean + forward + surplus + (forward - expectedHome) * kept) / (baseMean + forward));
            // the home price follows the outside one through the feed the issuer imports, never above it
            double link = m.trade().importedFeedShare();
            double outsideLog = beta == 0 ? 0 : -beta * Math.log(ratio);
            double homeLog = betaInside == 0 || link == 1 ? 0 : -betaInside * Math.log(home);
            double explained = Math.min(link * outsideLog + (1 - link) * homeLog, outsideLog);
            double priceIn = Math.min(m.priceCap(), Math.exp(walkIn + explained));
            double direct = issuerShare * supply;
            double got = issuerShare * receivedSum / CLASSES;
            double leaked = issuerShare * leak;
            double elsewhere = got - direct + untouched * use;
            contract += (price - contract) / b.contractMonths();
            double volume = direct + elsewhere;
            double realised =
                    volume > 0 ? (direct * priceIn + (elsewhere - leaked) * contract + leaked * price) / volume : price;
            shortfalls[t][p] = (float) (issuerShare / CLASSES * shortSum);
            outsides[t][p] = (float) price;
            insides[t][p] = (float) priceIn;
            others[0][t][p] = (float) shipped;
            others[1][t][p] = (float) supply;
            others[2][t][p] = (float) (got + untouched * use);
            others[3][t][p] = (float) realised;
        }
    }

    private double cdf(double months, double median) {
        if (months <= 0) {
            return 0;
        }
        if (median <= 0) {
            return 1;
        }
        return lagSigma == 0 ? (months >= median ? 1 : 0) : StandardNormal.cdf(Math.log(months / median) / lagSigma);
    }

    private double batches(double mean, double u) {
        double n = m.trade().licencesPerMonth();
        return Poisson.quantile(n * mean, u) / n;
    }

    private void reset(long seed, int stream) {
        state = seed ^ mix((stream + 1L) * 0xD1B54A32D192ED03L);
    }

    private double uniform() {
        state += GOLDEN;
        return (mix(state) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void select(float[] column, float[] scratch, int n, int[] ranks, double[] out) {
        System.arraycopy(column, 0, scratch, 0, n);
        Quantiles.selectAll(scratch, n, ranks, out);
    }
}
