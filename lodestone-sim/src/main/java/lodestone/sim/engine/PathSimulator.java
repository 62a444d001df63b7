package lodestone.sim.engine;

import static lodestone.sim.engine.MarketModel.CLASSES;
import static lodestone.sim.engine.MarketModel.KERNEL;

import java.util.Arrays;
import lodestone.sim.scenario.Poisson;
import lodestone.sim.scenario.PriceDrift;
import lodestone.sim.scenario.Ramp;
import lodestone.sim.scenario.StandardNormal;

/**
 * One worker's state for simulating paths of one market, reused path after path (the month loop allocates nothing).
 * The equations are those of {@code docs/methods/simulation.md}; the comments name the quantities as written there.
 *
 * <p>Per path it draws its inputs by inverse transform, in a fixed order: from the disruption stream (shared by every
 * market of the path) each phase's length, severity and others' severity, then the licence lag, the buyers'
 * expected grant, the destination priority, each phase's leakage factor and last the reviews that end phases; from the market's parameter stream the stock level, the buyers' position in the cover distribution,
 * spare capacity, leakage, precaution, the order ceiling, the price flexibilities, the issuer's absorption and the price
 * volatility, the netting of pending applications, and last the partners; and month by month four draws from the market's noise stream (licence batches for
 * each buyer group, two price shocks).
 */
final class PathSimulator {
    private static final int RING = KERNEL + 1;
    private static final int PERSPECTIVE = 0;

    /** The smallest cover ratio the price formula sees (a numerical guard, not a price ceiling). */
    static final double MIN_COVER_RATIO = 0.01;

    private final MarketModel m;
    private final PathStreams streams = new PathStreams();
    private final PathStreams noise = new PathStreams();
    private final double[] phaseEnd;
    private final double[] phaseSeverity;
    private final double[] phaseOthers;
    private final double[] phaseLeakage;
    private final double[] partnerStart;
    private final double[][] base = new double[2][CLASSES];
    private final double[][] stock = new double[2][CLASSES];
    private final double[] order = new double[CLASSES];
    /** Whether each buyer class has been cut off (received and drew less than half its use in some month). */
    private final boolean[][] cutOff = new boolean[2][CLASSES];

    private final double[][] ring = new double[2][RING];
    private final double[] kernel = new double[RING];
    /**
     * The kernel of the first month's applications when the measure takes effect inside it: made over its in-force
     * part only, so centred δ/2 of a month later than a whole month's (equal to {@link #kernel} when δ = 0).
     */
    private final double[] firstKernel = new double[RING];

    private final double[] window;
    /** lagCdf(d + 0.5) for month d since the start: the kernel, the window sums and the share decided each month. */
    private double[] halfCdf = new double[0];
    /** lagCdf(d + 0.5 − δ/2): the share of the first month's applications decided by month d (the licensing clock). */
    private double[] firstCdf = new double[0];
    /** exp(monthly growth × months since the start), by month from the announcement: the same for every path. */
    private double[] growthByMonth = new double[0];
    /**
     * With a home carrying cost: each month's explained home log (trend included), background walk and realised price's
     * dependence on the home price, kept for the holding pass at the path's end.
     */
    private double[] homeLog = new double[0];

    private double[] homeWalk = new double[0];
    private double[] realisedSlope = new double[0];

    private final double[] pending = new double[2];
    private final double[] supply = new double[2];
    private final double[] leak = new double[2];
    private final double[] expected = new double[2];
    private final double[] stockMean = new double[2];
    private final double[] receivedMean = new double[2];
    /** A quota's allowance released and not yet shipped, per group (months of the group's pre-measure pace). */
    private final double[] allowance = new double[2];
    /** What a group's exports under a quota were this month (the part priced at the outside price). */
    private final double[] underQuota = new double[2];
    /** The issuer's stocks made before the measure not yet shipped, per group (months of its pre-measure pace). */
    private final double[] held = new double[2];
    /** What a group received (shipped and leaked) per unit it ordered this month. */
    private final double[] shippedShare = {1, 1};

    private double lagMedian;
    private double enforcementMonths;
    private double lagDecidedInWindow;
    private double shortfallSum;

    /** Shortfall summed over the months of the last path (months of demand). */
    double cumulative;
    /** Months from the start to the first stop of the last path, or the horizon if none. */
    double firstStop;
    /** Months from the start to the end of the last month short by more than the recovery level. */
    double recovery;
    /** Whether some month of the last path exceeded the threshold. */
    boolean exceeded;

    PathSimulator(MarketModel model) {
        m = model;
        phaseEnd = new double[model.phaseMonths.length];
        phaseSeverity = new double[model.phaseMonths.length];
        phaseOthers = new double[model.phaseMonths.length];
        phaseLeakage = new double[model.phaseMonths.length];
        partnerStart = new double[model.partnerCapacity.length];
        window = new double[model.forward + 1];
    }

    /**
     * Simulates one path and writes its months into {@code store}.
     *
     * @param seed the path's seed
     * @param horizon months from the start
     * @param path the path's index
     * @param tile where the months go
     */
    void run(long seed, int horizon, int path, PathTile tile) {
        tile.begin(path);
        streams.reset(seed, 0);
        double at = m.offset;
        for (int k = 0; k < phaseEnd.length; k++) {
            at += m.phaseMonths[k].quantile(streams.nextUniform());
            phaseEnd[k] = at;
            phaseSeverity[k] = m.phaseSeverity[k].quantile(streams.nextUniform());
            phaseOthers[k] = m.phaseOthers[k].quantile(streams.nextUniform());
        }
        lagMedian = m.lagMedian.quantile(streams.nextUniform());
        double expectedGrant = m.expectedGrant.quantile(streams.nextUniform());
        // drawn after every earlier draw of the stream, so scenarios without them keep their draws
        double priority = m.priority.quantile(streams.nextUniform());
        for (int k = 0; k < phaseEnd.length; k++) {
            phaseLeakage[k] = m.phaseLeakage[k].quantile(streams.nextUniform());
        }
        // the reviews come last in the stream: a scenario without them keeps every draw
        if (m.reviewed) {
            review(horizon);
        }

        streams.reset(seed, m.parameterStream);
        double level = m.stockLevel.quantile(streams.nextUniform());
        double offset = streams.nextUniform();
        double spare = m.spare.quantile(streams.nextUniform());
        double leakage = m.leakage.quantile(streams.nextUniform());
        double precaution = m.precaution.quantile(streams.nextUniform());
        double maxOrder = m.maxOrder.quantile(streams.nextUniform());
        double beta = m.flexibility.quantile(streams.nextUniform());
        double betaInside = m.issuerFlexibility.quantile(streams.nextUniform());
        double absorb = m.absorption.quantile(streams.nextUniform());
        double volatility = m.volatility.quantile(streams.nextUniform());
        double netting = m.netting.quantile(streams.nextUniform());
        for (int j = 0; j < partnerStart.length; j++) {
            double start = m.partnerStart[j].quantile(streams.nextUniform());
            boolean delivered = streams.nextUniform() < m.partnerProbability[j];
            partnerStart[j] = delivered ? start : Double.POSITIVE_INFINITY;
        }
        enforcementMonths = m.enforcement.quantile(streams.nextUniform());
        // from a stream of its own: no other draw moves with it, and it does not move with the number of partners
        streams.reset(seed, m.lastingStream);
        double lasting = m.lasting.quantile(streams.nextUniform());
        // the next draw of the same stream: the lasting precaution's draw does not move with it
        double stocking = m.stocking.quantile(streams.nextUniform());
        // and the next: θ, how much of the home market reads the withheld exports at once
        double homeLanding = m.landing.quantile(streams.nextUniform());
        // and the next, only when the issuer holds stocks that may leave: every other scenario keeps its draws
        double issuerHeld = m.stockRelease ? m.issuerStocks.quantile(streams.nextUniform()) : 0;
        // μ Δ: the extra cover a buyer that was cut off keeps as a raised target (months of use)
        double keptCover = lasting * precaution;
        noise.reset(seed, m.noiseStream);

        double baseMean = 0;
        for (int k = 0; k < CLASSES; k++) {
            double cover = level * m.cover.quantile((k + offset) / CLASSES);
            base[0][k] = cover;
            base[1][k] = cover;
            stock[0][k] = cover;
            stock[1][k] = cover;
            cutOff[0][k] = false;
            cutOff[1][k] = false;
            baseMean += cover;
        }
        baseMean /= CLASSES;
        int lead = m.leadMonths;
        int months = lead + horizon;
        setUpKernel(horizon, months);
        Arrays.fill(ring[0], 0);
        Arrays.fill(ring[1], 0);
        pending[0] = 0;
        pending[1] = 0;
        allowance[0] = 0;
        allowance[1] = 0;
        underQuota[0] = 0;
        underQuota[1] = 0;
        held[0] = issuerHeld;
        held[1] = issuerHeld;
        int head = 0;

        double end = phaseEnd[phaseEnd.length - 1];
        double coveredSum = m.weight[0] + m.weight[1];
        // buyers the measure does not touch: those not depending on the issuer, and those buying uncovered products
        double untouched = 1 - coveredSum;
        int forward = m.forward;
        double priceOutside = 1;
        double contract = 1;
        double walkOutside = 0;
        double walkInside = 0;
        // the home price's own trend before the announcement, carried forward damped: the month's step and its sum
        double driftStep = m.homeDrift;
        double drift = 0;
        // the outside price's own trend before the announcement, alike
        double outsideStep = m.outsideDrift;
        double outsideDrift = 0;
        double surplus = 0;
        // the price of the issuer's direct shipments in the month before (an output cut's split answers it)
        double lastDirect = 1;
        // traders at home hold stock at a carrying cost: the home price is set again once the path's months are known
        boolean holding = !Double.isNaN(m.homeCarry);
        if (holding && homeLog.length != months) {
            homeLog = new double[months];
            homeWalk = new double[months];
            realisedSlope = new double[months];
        }
        // U_t, the exported part of a change of the issuer's own output accumulated in the outside market (months of
        // the issuer's export pace), worked off as the home surplus is
        double outsideSurplus = 0;
        // J_t, what the issuer's home market has bought on the outside market under an output cut (months of the
        // outside buyers' use), worked off as the home surplus is
        double imported = 0;
        // the perspective's indirectly dependent buyers: stock above their usual cover (months of their use)
        double indirectExtra = 0;
        // the largest refusal shares buyers have seen since the measure took effect (targets, others)
        double worstSeverity = 0;
        double worstOthers = 0;
        double cum = 0;
        int lastShort = -1;
        int firstStopMonth = Integer.MIN_VALUE;
        boolean above = false;

        for (int i = 0; i < months; i++) {
            int t = i - lead;
            // the measure this month: share of the month in force, pro-rata severities
            double inForce = t >= 0 ? Math.max(0, Math.min(t + 1, end) - Math.max(t, m.offset)) : 0;
            double severitySum = 0;
            double othersSum = 0;
            double heldSum = 0;
            double leakFactorSum = 0;
            if (inForce > 0) {
                double from = m.offset;
                for (int k = 0; k < phaseEnd.length; k++) {
                    double a = Math.max(t, from);
                    double overlap = Math.min(t + 1, phaseEnd[k]) - a;
                    if (overlap > 0) {
                        // the share of the phase's days on which customs hold shipments (all of them without a ramp)
                        double held = enforcementMonths > 0 ? held(a - m.offset, a + overlap - m.offset) : overlap;
                        severitySum += phaseSeverity[k] * held;
                        othersSum += phaseOthers[k] * held;
                        heldSum += held;
                        leakFactorSum += phaseLeakage[k] * overlap;
                    }
                    from = phaseEnd[k];
                }
            }
            // f_t of the equations: the month's share in force, weighted by the enforcement ramp
            double enforced = enforcementMonths > 0 ? heldSum : inForce;
            double severity = enforced > 0 ? severitySum / enforced : phaseSeverity[0];
            // an output cut: the severity is the share of output not made; the exports' part of the loss is their
            // severity from here on, the home market's part (L_t, and L^e_t over the window) lowers its cover below
            double homeLoss = 0;
            double homeLossAhead = 0;
            if (m.output) {
                double cut = severity;
                severity = exportLoss(cut, m.exportShare, priceOutside / lastDirect);
                severitySum = severity * enforced;
                if (inForce > 0) {
                    homeLossAhead = (cut - m.exportShare * severity) / (1 - m.exportShare);
                    homeLoss = enforced * homeLossAhead;
                }
            }
            double others = enforced > 0 ? othersSum / enforced : 0;
            double leakageNow = m.crackdown && inForce > 0 ? leakage * leakFactorSum / inForce : leakage;
            // precaution fears the largest refusal share seen while the measure stands, not the current one: a
            // licensing authority that refused once may refuse again (supply and grants follow the current share)
            if (enforced > 0) {
                worstSeverity = Math.max(worstSeverity, severity);
                worstOthers = Math.max(worstOthers, others);
            }
            double feared = Math.max(worstSeverity, severity);
            double fearedOthers = Math.max(worstOthers, others);
            double announced = t < 0 ? Math.max(0, Math.min(1, t + 1 + m.lead - m.offset)) : t < end ? 1 : 0;
            // before the measure takes effect buyers aim to be covered by the deadline; after it, at their own pace
            double rate = t < 0 && m.restockRate > 0 ? Math.max(m.restockRate, 1.0 / (m.offset - t)) : m.restockRate;
            // and before it they also stock ω W months of use for the window after it (deadline stocking): what
            // cannot be bought once the measure is in force is bought before; the addition ends at the deadline
            double ahead = t < 0 ? stocking * forward : 0;
            // a measure taking effect inside its first month splits it: the share δ before the effective day is
            // ordered and shipped as a month before the deadline (for δ of a month), the rest as a month in force
            double before = t == 0 ? m.offset : 0;
            double after = 1 - before;
            // the share of the part before the deadline that follows the announcement, and its restocking rate: the
            // buyers who know of the deadline close their gap by it
            double announcedBefore = before > 0 ? Math.min(before, m.lead) / before : 0;
            double rateBefore =
                    announcedBefore > 0 && m.restockRate > 0 ? Math.max(m.restockRate, 1.0 / before) : m.restockRate;
            double aheadBefore = (precaution + stocking * forward) * announcedBefore;
            double growth = growthByMonth[i];
            // pow(1, e) is exactly 1: no call while the price is at its baseline (always, with fixed prices)
            double use = m.demandElasticity == 0 || priceOutside == 1
                    ? growth
                    : growth * Math.pow(priceOutside, m.demandElasticity);
            double maxUnits = maxOrder * use;
            double othersExtra = m.supplyElasticity > 0 && coveredSum > 0 && priceOutside != 1
                    ? (1 - m.dependent) / coveredSum * Math.max(0, Math.pow(priceOutside, m.supplyElasticity) - 1)
                    : 0;
            double perspectiveCovered = m.classShare * CLASSES;
            double relief = perspectiveCovered > 0 ? relief(t, spare) / perspectiveCovered : 0;
            // share of applications decided so far: none before the start under licensing, all at once without it
            // (the first applications are made over the first month's in-force part: the clock starts at the effective
            // day)
            double decidedShare = m.licensed ? (t >= 0 ? (m.offset > 0 ? firstCdf[t] : halfCdf[t]) : 0) : 1;
            double grantExpected = m.licensed ? (1 - decidedShare) * expectedGrant + decidedShare * (1 - severity) : 1;
            // the perspective learns its own grant share: below the others' when the issuer serves it less
            double grantPerspective = priority == 1
                    ? grantExpected
                    : (1 - decidedShare) * expectedGrant + decidedShare * (1 - severity) * priority;
            double batchPerspective = noise.nextUniform();
            double batchOthers = noise.nextUniform();
            double shockOutside = noise.nextUniform();
            double shockInside = noise.nextUniform();

            double coverNumerator = untouched * (baseMean + forward);
            double coverDenominator = coverNumerator;
            double recorded = 0;
            double physical = 0;
            // what left from the issuer's stocks made before the measure (months of its export pace, weighted)
            double fromStocks = 0;
            double expectedSum = 0;
            int stopped = 0;
            for (int g = 0; g < 2; g++) {
                double weight = m.weight[g];
                if (weight == 0) {
                    supply[g] = 0;
                    leak[g] = 0;
                    continue;
                }
                double[] classes = stock[g];
                double[] targets = base[g];
                double served = g == PERSPECTIVE ? priority : 1;
                double grantG = g == PERSPECTIVE ? grantPerspective : grantExpected;
                // precaution scales with the refusal risk buyers perceive: all of it before any decision is seen
                double risk = m.targeted[g] ? perceivedRisk(decidedShare, feared, served) : fearedOthers;
                double extraCover = (precaution + ahead) * announced * risk;
                // before the deadline no decision has been seen: targets perceive all of the risk, others none
                double extraBefore = m.targeted[g] ? aheadBefore : 0;
                // buyers count pending applications only partly (netting), at the share they expect granted: any may
                // be refused or delayed, so under rationing they over-apply (Lee, Padmanabhan and Whang 1997)
                double onOrder = m.targeted[g] && m.licensed ? netting * grantG * pending[g] : 0;
                boolean[] cut = cutOff[g];
                double ordered = 0;
                double orderedBefore = 0;
                double extraSum = 0;
                for (int k = 0; k < CLASSES; k++) {
                    // a buyer that was cut off keeps at least μ Δ of extra cover, during the measure and after it
                    double extra = cut[k] && keptCover > extraCover ? keptCover : extraCover;
                    extraSum += extra;
                    if (before > 0) {
                        // the part before the deadline, then the part in force counting what the first delivered
                        double early = cut[k] && keptCover > extraBefore ? keptCover : extraBefore;
                        double b = before * (use + rateBefore * (targets[k] + early - classes[k]));
                        b = b < 0 ? 0 : b > before * maxUnits ? before * maxUnits : b;
                        double a =
                                after * (use + rate * (targets[k] + extra - classes[k] - (b - before * use) - onOrder));
                        a = a < 0 ? 0 : a > after * maxUnits ? after * maxUnits : a;
                        orderedBefore += b;
                        order[k] = b + a;
                        ordered += b + a;
                        continue;
                    }
                    double o = use + rate * (targets[k] + extra - classes[k] - onOrder);
                    o = o < 0 ? 0 : o > maxUnits ? maxUnits : o;
                    order[k] = o;
                    ordered += o;
                }
                ordered /= CLASSES;
                orderedBefore /= CLASSES;
                double extraMean = keptCover > 0 ? extraSum / CLASSES : extraCover;
                // applications still pending when a licensed measure ends ship once the licence is no longer needed
                double backlog = 0;
                double refused;
                // in a split month the part in force is ordered at the monthly pace (ordered − before) / (1 − δ) and
                // the part before the deadline ships as ordered; otherwise the whole month's orders are the pace
                double pace = before > 0 ? (ordered - orderedBefore) / after : ordered;
                if (inForce > 0 && m.targeted[g]) {
                    if (m.licensed) {
                        double applied = enforced * pace;
                        ring[g][head] = applied;
                        double decided = 0;
                        for (int d = 0; d < RING; d++) {
                            int slot = head - d;
                            // the first month's applications (d = t) keep the clock of the effective day
                            double w = d == t && m.offset > 0 ? firstKernel[d] : kernel[d];
                            decided += w * ring[g][slot < 0 ? slot + RING : slot];
                        }
                        pending[g] += applied - decided;
                        double granted = batches(
                                decided * (1 - severity) * served, g == PERSPECTIVE ? batchPerspective : batchOthers);
                        supply[g] = before > 0
                                ? orderedBefore + pace * (after - enforced) + granted
                                : ordered * (1 - enforced) + granted;
                        refused = Math.max(0, decided - granted);
                    } else if (m.output) {
                        // what is made for export caps the held orders, month by month: nothing carries forward
                        double wanted = pace * enforced;
                        double made = Math.min(wanted, (enforced - severitySum) * growth);
                        supply[g] = (before > 0 ? orderedBefore + pace * (after - enforced) : ordered * (1 - enforced))
                                + made;
                        refused = wanted - made;
                    } else if (m.quota) {
                        // a cap in tonnes: the held days release (1 − sev) of the pre-measure pace (1) into the
                        // allowance, the held orders ship against it, what is not shipped carries forward, and in the
                        // quota year's last month the holders ship what is left, up to the buyers' order ceiling
                        allowance[g] += enforced - severitySum;
                        double wanted = pace * enforced;
                        boolean lapses = quotaYearEnds(t);
                        double offered = lapses && wanted > 0 ? Math.max(wanted, enforced * maxUnits) : wanted;
                        double shippedUnder = Math.min(offered, allowance[g]);
                        allowance[g] = lapses ? 0 : allowance[g] - shippedUnder;
                        underQuota[g] = shippedUnder;
                        supply[g] = (before > 0 ? orderedBefore + pace * (after - enforced) : ordered * (1 - enforced))
                                + shippedUnder;
                        refused = Math.max(0, wanted - shippedUnder);
                    } else {
                        supply[g] =
                                before > 0 ? orderedBefore + pace * (after - severitySum) : ordered * (1 - severitySum);
                        refused = pace * severitySum;
                    }
                    // the issuer's stocks made before the measure leave against the refused orders, from the month
                    // their terms allow, at most their pace a month, until they run out
                    if (m.stockRelease && t >= m.stockReleaseFrom && held[g] > 0 && refused > 0) {
                        double released = Math.min(Math.min(refused, m.stockReleaseMax * enforced), held[g]);
                        held[g] -= released;
                        supply[g] += released;
                        refused -= released;
                        fromStocks += weight * released;
                    }
                } else if (inForce > 0) {
                    supply[g] = before > 0 ? orderedBefore + pace * (after - othersSum) : ordered * (1 - othersSum);
                    refused = pace * othersSum;
                } else {
                    supply[g] = ordered;
                    refused = 0;
                    underQuota[g] = 0;
                    if (pending[g] != 0) {
                        backlog = pending[g];
                        supply[g] += backlog;
                        pending[g] = 0;
                        Arrays.fill(ring[g], 0);
                    }
                }
                // what an output cut does not make cannot be transshipped
                leak[g] = m.output ? 0 : leakageNow * refused;
                double shipped = supply[g] + leak[g];
                double ordinary = shipped - backlog;
                shippedShare[g] = ordered > 0 ? ordinary / ordered : 1;
                double flat = othersExtra + (g == PERSPECTIVE ? relief : 0);
                double stockSum = 0;
                double receivedSum = 0;
                for (int k = 0; k < CLASSES; k++) {
                    // the backlog was applied for by the group as a whole: every class gets the mean
                    double received = (ordered > 0 ? ordinary * order[k] / ordered : 0) + backlog + flat;
                    receivedSum += received;
                    double need = use - received;
                    double short_ = 0;
                    if (need <= 0) {
                        classes[k] -= need;
                    } else {
                        double draw = Math.min(Math.min(classes[k], m.maxRelease), Math.max(0, need - m.trigger));
                        classes[k] -= draw;
                        short_ = need - draw;
                    }
                    stockSum += classes[k];
                    boolean stops = short_ > MarketModel.STOP_LEVEL * use;
                    if (stops) {
                        cut[k] = true;
                    }
                    if (g == PERSPECTIVE) {
                        shortfallSum += short_;
                        if (stops) {
                            stopped++;
                        }
                    }
                }
                stockMean[g] = stockSum / CLASSES;
                receivedMean[g] = receivedSum / CLASSES;
                expected[g] = expectedSupply(g, t, inForce, severity, others, grantG);
                coverNumerator += weight * (stockMean[g] + expected[g]);
                expectedSum += weight * expected[g];
                coverDenominator += weight * (baseMean + extraMean + forward);
                recorded += weight * (supply[g] + (g == PERSPECTIVE && m.perspectiveLeakRecorded ? leak[g] : 0));
                physical += weight * shipped;
            }
            head = head + 1 == RING ? 0 : head + 1;

            // the perspective's buyers of third-country material made from the issuer's: they want the same extra
            // cover as its direct buyers, buy it through the open route, and get what the issuer ships to the other
            // destinations per unit they order (its refiners' feed)
            double indirectReceived = use;
            double indirectShort = 0;
            if (m.indirect > 0) {
                double risk = m.targeted[PERSPECTIVE] ? perceivedRisk(decidedShare, feared, priority) : fearedOthers;
                double o;
                if (before > 0) {
                    double early = m.targeted[PERSPECTIVE] ? aheadBefore : 0;
                    double b = before * (use + rateBefore * (early - indirectExtra));
                    b = b < 0 ? 0 : b > before * maxUnits ? before * maxUnits : b;
                    double a = after
                            * (use
                                    + rate
                                            * ((precaution + ahead) * announced * risk
                                                    - indirectExtra
                                                    - (b - before * use)));
                    a = a < 0 ? 0 : a > after * maxUnits ? after * maxUnits : a;
                    o = b + a;
                } else {
                    o = use + rate * ((precaution + ahead) * announced * risk - indirectExtra);
                    o = o < 0 ? 0 : o > maxUnits ? maxUnits : o;
                }
                indirectReceived = o * (m.weight[1] > 0 ? shippedShare[1] : 1 - othersSum);
                indirectExtra += indirectReceived - use;
                if (indirectExtra < -baseMean) {
                    indirectShort = -baseMean - indirectExtra;
                    indirectExtra = -baseMean;
                }
            }

            double shortfall = m.classShare * shortfallSum + (m.indirect > 0 ? m.indirect * indirectShort : 0);
            shortfallSum = 0;
            // without volatility (or flexibility) the term is ±0 and adding it changes nothing: the calls are skipped
            if (volatility != 0) {
                walkOutside += volatility * StandardNormal.quantile(shockOutside);
                walkInside += volatility * StandardNormal.quantile(shockInside);
            }
            // the exported part of a change of the issuer's own output: it leaves beside what the buyers ordered, as
            // far as the measure lets the month's exports through (the share it refuses of each group's orders), is
            // held in the outside market (d U_t months of its use, worked off over τ_I) and expected over the window;
            // what the measure holds back stays at home with the withheld exports; a change of a product the measure
            // does not cover leaves whole
            double pushed = 0;
            double pushedBack = 0;
            if (m.exportedChange != 0) {
                double change = t >= m.outputFrom ? m.exportedChange * growth : 0;
                double through = m.uncovered;
                if (m.outputCovered) {
                    for (int g = 0; g < 2; g++) {
                        through += m.weight[g] * (1 - (m.targeted[g] ? severitySum : othersSum));
                    }
                } else {
                    through = m.dependent;
                }
                pushed = m.dependent > 0 ? change * through / m.dependent : 0;
                pushedBack = change - pushed;
                outsideSurplus = outsideSurplus * m.surplusDecay + pushed;
                coverNumerator += m.dependent * (outsideSurplus + forward * pushed);
            }
            // the issuer's home market importing: the share μ of its loss under an output cut bought on the outside
            // market, at κ months of the outside buyers' use per month of its own (μ κ), is demand there: what it
            // bought in the months before (worked off over τ_I) and what it is expected to buy over the window
            if (m.homeImports > 0) {
                imported = imported * m.surplusDecay + m.homeImports * homeLoss * growth;
                coverDenominator += imported + forward * m.homeImports * homeLossAhead * growth;
            }
            // numerical guard: with no stock and no supply in sight the cover ratio would be 0 and the price infinite
            double ratio = Math.max(MIN_COVER_RATIO, coverNumerator / coverDenominator);
            if (outsideStep != 0) {
                outsideStep *= PriceDrift.DAMPING;
                outsideDrift += outsideStep;
            }
            double walked = walkOutside + outsideDrift;
            priceOutside =
                    Math.min(m.priceCap, beta == 0 ? Math.exp(walked) : Math.exp(walked - beta * Math.log(ratio)));
            // the month's exports out of its current output: what leaves from the issuer's stocks made before the
            // measure was never part of the home surplus, so it does not drain it (nor is it read as going on)
            double exported = m.dependent > 0 ? (physical - fromStocks + m.uncovered * growth) / m.dependent : growth;
            double kept = (1 - absorb) * m.exportRatio;
            // a change of the issuer's own output (stated by the scenario) lands on its home market, month by month
            // and over the window ahead, beside what it withholds, less the share ε it exports (above); the ordered
            // exports follow the measure
            double output = t >= m.outputFrom ? m.outputChange * growth : 0;
            // under an output cut the exports not made never reach the home market (n_t, and n^e_t over the window)
            // and the home market loses its own part of the cut
            double madeForExport = growth;
            double madeAhead = growth;
            if (m.output && inForce > 0 && m.dependent > 0) {
                double notMade = coveredSum / m.dependent * severity * growth;
                madeForExport = growth - enforced * notMade;
                madeAhead = growth - notMade;
            }
            // (without an output cut madeForExport is growth and homeLoss 0: the plain balance, to the bit)
            surplus = surplus * m.surplusDecay
                    + (madeForExport - exported + pushedBack) * kept
                    + output
                    - homeLoss * growth;
            double expectedExports = m.dependent > 0 ? (expectedSum + m.uncovered * forward) / m.dependent : forward;
            // while the measure is in force, the home market takes the share θ of its expected exports as the month's
            // going on for the window (it sees what its exporters are not shipping) and the rest as the outside buyers'
            // expectation
            double landing = inForce > 0 ? homeLanding : 0;
            double expectedHome =
                    landing == 0 ? expectedExports : (1 - landing) * expectedExports + landing * forward * exported;
            double expectedSurplus = (forward * (madeAhead + pushedBack) - expectedHome) * kept
                    + forward * (output - homeLossAhead * growth);
            double home = homeCover(baseMean + forward, surplus, expectedSurplus);
            if (driftStep != 0) {
                driftStep *= PriceDrift.DAMPING;
                drift += driftStep;
            }
            double explainedInside = drift + homePriceLog(ratio, beta, home, betaInside, m.feedShare);
            double priceInside = Math.min(m.priceCap, Math.exp(walkInside + explainedInside));

            // the perspective: covered buyers followed above, uncovered issuer buyers trading as before, others
            double s = m.issuerShare;
            double free = s - perspectiveCovered;
            double directToPerspective = perspectiveCovered * supply[PERSPECTIVE] + free * use;
            double perspectiveReceived = perspectiveCovered * receivedMean[PERSPECTIVE] + free * use;
            double outsideIssuer =
                    m.indirect > 0 ? (1 - s - m.indirect) * use + m.indirect * indirectReceived : (1 - s) * use;
            double elsewhere = perspectiveReceived - directToPerspective + outsideIssuer;
            double leaked = perspectiveCovered * leak[PERSPECTIVE];
            double contracted = elsewhere - leaked;
            contract += (priceOutside - contract) / m.contractMonths;
            double volume = directToPerspective + elsewhere;
            // the issuer's direct shipments leave at its home price, or (an issuer without a home market) at the
            // outside price
            double direct = m.directAtOutside == 0
                    ? priceInside
                    : m.directAtOutside * priceOutside + (1 - m.directAtOutside) * priceInside;
            lastDirect = direct;
            double paid = directToPerspective * direct + contracted * contract + leaked * priceOutside;
            if (m.quota) {
                // what the quota holders export leaves at the outside price: the scarcity rent is theirs
                paid += perspectiveCovered * underQuota[PERSPECTIVE] * (priceOutside - direct);
            }
            double realised = volume > 0 ? paid / volume : priceOutside;
            if (holding) {
                homeLog[i] = explainedInside;
                homeWalk[i] = walkInside;
                // the realised price moves with the home price through the direct shipments priced at it
                double atHome = directToPerspective - (m.quota ? perspectiveCovered * underQuota[PERSPECTIVE] : 0);
                realisedSlope[i] = volume > 0 ? (1 - m.directAtOutside) * atHome / volume : 0;
            }

            tile.put(Series.SHORTFALL, i, shortfall);
            tile.put(Series.EXPORTS, i, m.dependent > 0 ? (recorded + m.uncovered * growth) / m.dependent + pushed : 0);
            tile.put(Series.EXPORTS_TO_PERSPECTIVE, i, s > 0 ? directToPerspective / s + pushed : 0);
            tile.put(Series.RECEIPTS, i, perspectiveReceived + outsideIssuer);
            tile.put(Series.PRICE_INSIDE, i, priceInside);
            tile.put(Series.PRICE_OUTSIDE, i, priceOutside);
            tile.put(Series.PRICE_REALISED, i, realised);
            tile.putStopped(i, stopped);

            cum += shortfall;
            if (shortfall > m.threshold) {
                above = true;
            }
            if (t >= 0 && shortfall > m.recoveryLevel) {
                lastShort = t;
            }
            if (stopped > 0 && firstStopMonth == Integer.MIN_VALUE) {
                firstStopMonth = t;
            }
        }
        if (holding) {
            holdAtHome(months, tile);
        }
        tile.end();
        cumulative = cum;
        recovery = lastShort + 1;
        firstStop = firstStopMonth == Integer.MIN_VALUE ? horizon : firstStopMonth;
        exceeded = above;
    }

    /**
     * Traders at the issuer's home hold stock while a later price pays for the holding: the explained home price of a
     * month is never below the next month's divided by 1 + c, c the monthly carrying cost, so a surplus the market will
     * want later is held and the price falls only as far as the holding costs (the competitive-storage floor, taken
     * along the path's own months; the last month is its own). The background walk and the cap are applied as before,
     * and the realised price moves by the change in the home price times its weight in the month's receipts.
     *
     * @param months the path's months
     * @param tile where the path's series are, rewritten for the home and realised prices
     */
    private void holdAtHome(int months, PathTile tile) {
        double discount = -Math.log1p(m.homeCarry);
        double held = homeLog[months - 1];
        for (int i = months - 2; i >= 0; i--) {
            held = Math.max(homeLog[i], held + discount);
            if (held > homeLog[i]) {
                double before = Math.min(m.priceCap, Math.exp(homeWalk[i] + homeLog[i]));
                double after = Math.min(m.priceCap, Math.exp(homeWalk[i] + held));
                tile.put(Series.PRICE_INSIDE, i, after);
                tile.add(Series.PRICE_REALISED, i, realisedSlope[i] * (after - before));
            }
        }
    }

    /**
     * @param t a month counted from the start month
     * @return whether a quota year ends with month t (its unshipped allowance lapses)
     */
    boolean quotaYearEnds(int t) {
        return t >= m.quotaYearEnd && (t - m.quotaYearEnd) % MarketModel.QUOTA_YEAR == 0;
    }

    /**
     * The exports' part of an output cut: the issuer's sellers divide the output not made between exports and the home
     * market in proportion to what each took before, each weighted by the inverse of the price it pays, so the side
     * paying more loses less (the exports' part of the loss λ = (x / ρ) / (x / ρ + 1 − x)).
     *
     * @param cut sev, the share of the issuer's output not made
     * @param exportShare x, the share of its output the issuer exported before the cut
     * @param relative ρ, the outside price against the price of the issuer's direct shipments, the month before
     * @return ℓ = min(1, sev λ / x) = min(1, sev / (x + (1 − x) ρ)), the share of the exports' pre-measure pace lost
     */
    static double exportLoss(double cut, double exportShare, double relative) {
        return Math.min(1, cut / (exportShare + (1 - exportShare) * relative));
    }

    /**
     * Decides the reviews that end phases, in phase order, one uniform per review: a review of a phase that is not
     * the last lifts the measure at the phase's end with probability 1 − q (the later phases then take no time) and
     * otherwise lets the next phase follow; a review of the last phase extends it by its own length with probability
     * q, again at each new end, until it is lifted or the measure stands past the horizon.
     *
     * @param horizon months from the start
     */
    void review(int horizon) {
        int last = phaseEnd.length - 1;
        for (int k = 0; k <= last; k++) {
            double q = m.phaseExtension[k];
            if (Double.isNaN(q)) {
                continue;
            }
            if (k < last) {
                if (streams.nextUniform() >= q) {
                    Arrays.fill(phaseEnd, k + 1, phaseEnd.length, phaseEnd[k]);
                    return;
                }
            } else {
                double term = phaseEnd[k] - (k == 0 ? m.offset : phaseEnd[k - 1]);
                while (term > 0 && phaseEnd[k] < horizon && streams.nextUniform() < q) {
                    phaseEnd[k] += term;
                }
            }
        }
    }

    /** @return the end of each phase on the last path (months from the start), reviews decided */
    double[] phaseEnds() {
        return phaseEnd.clone();
    }

    /**
     * The explained part of the home price's log (its background walk aside): a mix, weighted by the link λ (the
     * issuer's imported feed share ψ), of the outside price's explained log and the home market's own surplus term,
     * never above the outside price's explained log: what leaves the issuer is sold at the outside price and its home
     * buyers can buy there, so the measure cannot raise the home price further than it raises the outside price.
     *
     * @param ratio R_t, the outside cover ratio (floored)
     * @param beta β, the outside price flexibility
     * @param home the home cover ratio (floored)
     * @param betaInside β_I, the home price flexibility
     * @param link λ = ψ
     * @return min(λ (−β ln R) + (1 − λ)(−β_I ln home), −β ln R)
     */
    static double homePriceLog(double ratio, double beta, double home, double betaInside, double link) {
        double outside = beta == 0 ? 0 : -beta * Math.log(ratio);
        double own = betaInside == 0 || link == 1 ? 0 : -betaInside * Math.log(home);
        return Math.min(link * outside + (1 - link) * own, outside);
    }

    /**
     * The issuer's home cover ratio: what its market holds and expects over the window against what its buyers want.
     *
     * @param usual c̄ + W, the usual cover and the forward window (months of use)
     * @param surplus H_t, the home surplus accumulated (months of home use)
     * @param expectedSurplus H^e_t, the surplus expected over the window (months of home use)
     * @return (c̄ + W + H_t + H^e_t) / (c̄ + W), floored at {@link #MIN_COVER_RATIO}
     */
    static double homeCover(double usual, double surplus, double expectedSurplus) {
        return Math.max(MIN_COVER_RATIO, (usual + surplus + expectedSurplus) / usual);
    }

    /**
     * The refusal risk a targeted buyer perceives: all of it before any decision is seen, then the share decided
     * times the refusal it fears.
     *
     * @param decidedShare D_t, the share of applications decided so far (1 without licensing)
     * @param feared the largest refusal share seen since the measure took effect (the current one included)
     * @param served ρ, the buyer's grant relative to other destinations (1 for the others)
     * @return 1 − D_t (1 − feared) ρ
     */
    static double perceivedRisk(double decidedShare, double feared, double served) {
        return 1 - decidedShare * (1 - feared) * served;
    }

    /** Expected supply over the next W months per unit of the group's covered demand (static policy expectations). */
    private double expectedSupply(int g, int t, double inForce, double severity, double others, double grant) {
        int forward = m.forward;
        if (!m.targeted[g]) {
            return inForce > 0 ? forward * (1 - others) : forward;
        }
        if (t < 0) {
            int free = Math.min(forward, -t);
            int rest = forward - free;
            return free + (m.licensed ? grant * window[rest] : rest * (1 - severity));
        }
        if (inForce > 0) {
            return m.licensed ? grant * (pending[g] * lagDecidedInWindow + window[forward]) : forward * (1 - severity);
        }
        return forward;
    }

    /**
     * Customs' holding between two times after the effective day: the integral of {@code min(1, u / E)} over
     * {@code [from, to]}, E the path's enforcement months (a linear ramp from nothing held to everything held).
     *
     * @return months of full holding within the interval
     */
    double held(double from, double to) {
        return heldUpTo(to) - heldUpTo(from);
    }

    private double heldUpTo(double u) {
        double e = enforcementMonths;
        return u <= e ? u * u / (2 * e) : u - e / 2;
    }

    /** Perspective's relief in month t: substitution, recycling, partners and spare capacity (fraction of demand). */
    private double relief(int t, double spare) {
        if (t < 0) {
            return 0;
        }
        double relief = m.subMax * Ramp.of(t - m.subLag, m.subRamp)
                + m.recMax * Ramp.of(t - m.recLag, m.recRamp)
                + spare * Ramp.of(t, m.spareRamp);
        for (int j = 0; j < partnerStart.length; j++) {
            relief += m.partnerCapacity[j] * Ramp.of(t - partnerStart[j], m.partnerRamp[j]);
        }
        return relief;
    }

    /**
     * The discrete lag kernel (share of a month's applications decided d months later), the window sums and the share
     * decided by each month since the start, from one table of {@code lagCdf(d + 0.5)}. Kernel entries the path never
     * reaches (d ≥ months: they would weigh applications from before its first month, which are zero) are zero; once
     * the distribution function reaches exactly 1 it stays there ({@code StandardNormalTest} checks it), so the rest of
     * the table is filled without calling it.
     */
    private void setUpKernel(int horizon, int months) {
        int reached = Math.min(RING, months);
        int size = Math.max(Math.max(horizon, reached), m.forward);
        if (halfCdf.length < size) {
            halfCdf = new double[size];
        }
        if (growthByMonth.length != months) {
            growthByMonth = new double[months];
            for (int i = 0; i < months; i++) {
                growthByMonth[i] = Math.exp(m.monthlyGrowth * Math.max(i - m.leadMonths, 0));
            }
        }
        int d = 0;
        for (; d < size; d++) {
            double value = lagCdf(d + 0.5);
            halfCdf[d] = value;
            if (value == 1) {
                break;
            }
        }
        Arrays.fill(halfCdf, Math.min(d + 1, size), size, 1.0);
        double previous = 0;
        Arrays.fill(kernel, 0);
        for (d = 0; d < Math.min(KERNEL, reached); d++) {
            double upTo = halfCdf[d];
            kernel[d] = upTo - previous;
            previous = upTo;
        }
        if (reached > KERNEL) {
            kernel[KERNEL] = 1 - previous;
        }
        if (m.offset > 0) {
            // the first month's applications are made over [δ, 1): centred δ/2 of a month after a whole month's
            if (firstCdf.length < size) {
                firstCdf = new double[size];
            }
            double shift = 0.5 - m.offset / 2;
            for (d = 0; d < size; d++) {
                double value = lagCdf(d + shift);
                firstCdf[d] = value;
                if (value == 1) {
                    break;
                }
            }
            Arrays.fill(firstCdf, Math.min(d + 1, size), size, 1.0);
            previous = 0;
            Arrays.fill(firstKernel, 0);
            for (d = 0; d < Math.min(KERNEL, reached); d++) {
                firstKernel[d] = firstCdf[d] - previous;
                previous = firstCdf[d];
            }
            if (reached > KERNEL) {
                firstKernel[KERNEL] = 1 - previous;
            }
        }
        window[0] = 0;
        for (int j = 1; j < window.length; j++) {
            window[j] = window[j - 1] + halfCdf[j - 1];
        }
        lagDecidedInWindow = lagCdf(m.forward);
    }

    /** @return the share of applications decided within {@code months} (log-normal lag; all at once without one) */
    double lagCdf(double months) {
        if (months <= 0) {
            return 0;
        }
        if (!m.licensed || lagMedian <= 0) {
            return 1;
        }
        if (m.lagSigma == 0) {
            return months >= lagMedian ? 1 : 0;
        }
        return StandardNormal.cdf(Math.log(months / lagMedian) / m.lagSigma);
    }

    /**
     * Granted volume in whole licences: the number of licences is Poisson with mean {@code licences × mean}, drawn by
     * inverse transform from one uniform ({@link Poisson#quantile}: a normal approximation above 30 licences).
     *
     * @return the granted volume, per unit of the group's demand
     */
    double batches(double mean, double u) {
        return Poisson.quantile(m.licences * mean, u) / m.licences;
    }
}
