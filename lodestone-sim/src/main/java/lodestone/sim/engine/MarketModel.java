package lodestone.sim.engine;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Disruption;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.IssuerOutput;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Partner;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.PriceDrift;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.Trade;

/**
 * One market's inputs, flattened for the month loop: the two buyer groups (the perspective and the rest of the
 * issuer's outside customers), the measure, the licence process, stocks, mitigations and behaviour. Built once per
 * market and run; read by every worker.
 */
final class MarketModel {
    /** Buyer classes per group: the cross-section of stock cover is represented by this many equal slices. */
    static final int CLASSES = 8;

    /** Months of licence-decision lag represented one by one; the tail beyond is decided in the last of them. */
    static final int KERNEL = 24;

    /** A buyer has stopped when it receives and draws less than this share of its use. */
    static final double STOP_LEVEL = 0.5;

    final int parameterStream;
    final int noiseStream;
    /** The stream of the lasting precaution's draw (negative: apart from the disruption's and the markets' others). */
    final int lastingStream;

    final double issuerShare;
    final double outsideShare;
    /** Perspective's share of the outside market's demand. */
    final double omega;
    /**
     * Outside demand of each group (perspective, others) that depends on the issuer and is covered by the measure, as
     * a fraction of all outside demand: the buyers the month loop follows class by class.
     */
    final double[] weight = new double[2];
    /** Outside demand that depends on the issuer (covered or not): the base of the export index. */
    final double dependent;
    /** Outside demand that depends on the issuer for a product the measure does not cover: it trades as before. */
    final double uncovered;
    /** Share of the perspective's demand held by one of its covered buyer classes. */
    final double classShare;

    final boolean[] targeted = new boolean[2];
    /**
     * Whether the perspective's leaked volume shows in the issuer's customs exports: re-routed through third countries
     * when only the perspective is targeted (the others' leakage is smuggling, never recorded: they are targeted only
     * when everyone is).
     */
    final boolean perspectiveLeakRecorded;

    final double lead;
    final int leadMonths;
    /** The part of the start month before the measure takes effect. */
    final double offset;

    final Distribution[] phaseMonths;
    final Distribution[] phaseSeverity;
    final Distribution[] phaseOthers;
    /** Each phase's share of the market's leakage still open (below 1 in a crackdown on transshipment). */
    final Distribution[] phaseLeakage;
    /**
     * Each phase's probability that the measure is extended rather than lifted at the review ending it; NaN where the
     * phase ends in no review.
     */
    final double[] phaseExtension;
    /** Whether some phase ends in a review: otherwise the phases run as drawn and no review is drawn. */
    final boolean reviewed;
    /** Whether some phase may change the leakage: otherwise the month's factor is exactly 1 and is not computed. */
    final boolean crackdown;

    final boolean licensed;
    /**
     * Whether the measure is a tonnage quota: the targets' exports are capped by an allowance released pro rata, the
     * unshipped allowance lapses at each quota year's end, and what ships under it is priced at the outside price.
     */
    final boolean quota;
    /**
     * The month (counted from the start month, t = 0) at whose end a quota's first year ends and its unshipped
     * allowance lapses; later years end every {@link #QUOTA_YEAR} months after it. Unused without a quota.
     */
    final int quotaYearEnd;

    static final int QUOTA_YEAR = 12;

    /**
     * Whether the measure is a cut of the issuer's output: a phase's severity is the share of output not made, split
     * between exports and the home market by the price each pays ({@link PathSimulator#exportLoss}), what is made for
     * export capping the orders month by month and the home market's part lowering its cover.
     */
    final boolean output;
    /** x, the issuer's export share: the split of an output cut between exports and the home market. */
    final double exportShare;

    final Distribution lagMedian;
    final double lagSigma;
    final Distribution expectedGrant;
    /** The perspective's share of approvals relative to other destinations (1: treated alike). */
    final Distribution priority;
    /** Months from the effective day until customs hold every covered shipment (0: at once). */
    final Distribution enforcement;
    /**
     * The perspective's demand supplied from third countries with the issuer's material (indirectly dependent), as a
     * fraction of its demand: {@code indirectShare × (1 − s)}.
     */
    final double indirect;

    final double licences;
    final double monthlyGrowth;
    final double exportRatio;
    /** ψ, the share of the issuer's feed bought where outside refiners bid for it: the home price's link. */
    final double feedShare;
    /** The share of the issuer's direct shipments priced at the outside price rather than its home price. */
    final double directAtOutside;
    /**
     * μ κ, the months of the outside buyers' use the issuer's home market buys on the outside market per month of its
     * own use lost under an output cut (0: none, and the term is skipped).
     */
    final double homeImports;
    /**
     * The part of the change of the issuer's own output the scenario states that lands on its home market, in months of
     * its home use a month at the baseline pace: (1 − ε) s / (1 − x), ε {@link Trade#outputExported()} (s / (1 − x)
     * when ε = 0: the home market takes all of it); 0 without one.
     */
    final double outputChange;
    /**
     * The part of that change the issuer exports, in months of its export pace a month at the baseline pace: ε s / x =
     * ω_O s (0 when nothing is exported, without a change or with ε = 0). It adds to the export series and to the
     * outside market's supply.
     */
    final double exportedChange;
    /** The month (from the start, t) from which the issuer's output changes. */
    final int outputFrom;
    /**
     * Whether the exported part of that change is of the product the measure covers (let through as the month's orders
     * are); false: of a product it does not cover, none of it refused.
     */
    final boolean outputCovered;
    /**
     * The issuer's own consumption before the measure, in months of the perspective's baseline demand per month: its
     * exports to every outside buyer ({@code dependent / omega} in the perspective's units) times (1 − x)/x. Zero when
     * the issuer exports nothing or the perspective buys nothing from it (no export flow to scale from).
     */
    final double issuerHomeUse;
    /**
     * d, the issuer's home price's monthly log trend before the announcement, carried forward damped by {@link
     * lodestone.sim.scenario.PriceDrift#DAMPING}; 0 without one.
     */
    final double homeDrift;
    /**
     * d, the outside price's monthly log trend before the announcement, carried forward damped by {@link
     * lodestone.sim.scenario.PriceDrift#DAMPING}; 0 without one.
     */
    final double outsideDrift;
    /**
     * c, the monthly cost of holding the issuer's product at home (a share of its price); NaN without one: the home
     * price is then the month's own, bit for bit as before.
     */
    final double homeCarry;
    /** The issuer's stocks made before the measure, in months of the pre-measure pace, drawn once per path. */
    final Distribution issuerStocks;
    /** Whether the issuer holds stocks that may leave while the measure stands. */
    final boolean stockRelease;
    /** The first month (counted from the start month, t = 0) in which those stocks may leave. */
    final int stockReleaseFrom;
    /** The most of them that leaves in a month (months of the pre-measure pace per month in force). */
    final double stockReleaseMax;

    final Distribution cover;
    final double maxRelease;
    final double trigger;
    final Distribution spare;
    final double spareRamp;
    final Distribution leakage;
    final double demandElasticity;
    final double supplyElasticity;
    final double priceCap;
    final double subMax;
    final double subLag;
    final double subRamp;
    final double recMax;
    final double recLag;
    final double recRamp;
    final double[] partnerCapacity;
    final Distribution[] partnerStart;
    final double[] partnerRamp;
    final double[] partnerProbability;

    final Distribution precaution;
    final double restockRate;
    final Distribution maxOrder;
    final Distribution flexibility;
    final Distribution issuerFlexibility;
    final Distribution absorption;
    final Distribution volatility;
    final Distribution stockLevel;
    final int forward;
    final double surplusDecay;
    final double contractMonths;
    final Distribution netting;
    final Distribution lasting;
    /** ω, deadline stocking: the share of the forward window's use wanted in stock by the deadline. */
    final Distribution stocking;
    /** θ, home landing: the share of the home market's expected exports taken as the month's going on. */
    final Distribution landing;

    final double threshold;
    final double recoveryLevel;

    MarketModel(ScenarioSpec spec, Market market, int index) {
        parameterStream = 1 + 2 * index;
        noiseStream = 2 + 2 * index;
        lastingStream = -1 - index;
        Disruption disruption = spec.disruption();
        Trade trade = market.trade();
        issuerShare = market.shareOf(disruption.issuer());
        outsideShare = trade.outsideShare(issuerShare);
        omega = issuerShare > 0 ? Math.min(1, trade.perspectiveShareOfExports() * outsideShare / issuerShare) : 0;
        double othersDependence =
                omega < 1 ? Math.max(0, Math.min(1, (outsideShare - omega * issuerShare) / (1 - omega))) : 0;
        double coveredShare = trade.coveredShare();
        weight[0] = omega * issuerShare * coveredShare;
        weight[1] = (1 - omega) * othersDependence * coveredShare;
        dependent = omega * issuerShare + (1 - omega) * othersDependence;
        uncovered = dependent * (1 - coveredShare);
        classShare = issuerShare * coveredShare / CLASSES;
        targeted[0] = disruption.targets(spec.perspective());
        targeted[1] = disruption.targetsEveryone();
        perspectiveLeakRecorded = targeted[0] && !targeted[1];

        lead = spec.leadMonths();
        leadMonths = spec.leadWholeMonths();
        offset = spec.effectiveOffset();
        List<Phase> phases = market.phases().isEmpty() ? disruption.phases() : market.phases();
        phaseMonths = phases.stream().map(Phase::months).toArray(Distribution[]::new);
        phaseSeverity = phases.stream().map(Phase::severity).toArray(Distribution[]::new);
        phaseOthers = phases.stream().map(Phase::othersSeverity).toArray(Distribution[]::new);
        phaseLeakage = phases.stream().map(Phase::leakageFactor).toArray(Distribution[]::new);
        crackdown = phases.stream().anyMatch(p -> p.leakageFactor().min() < 1);
        phaseExtension = phases.stream()
                .mapToDouble(p -> p.extension().orElse(Double.NaN))
                .toArray();
        reviewed = phases.stream().anyMatch(p -> p.extension().isPresent());

        licensed = disruption.licensing().isPresent();
        quota = disruption.instrument() == Instrument.QUOTA;
        output = disruption.instrument() == Instrument.OUTPUT;
        exportShare = trade.issuerExportShare();
        // the quota year is the calendar year of the start unless the scenario says when it ends
        YearMonth yearEnds = disruption.quotaYearEnds().orElse(spec.start().withMonth(12));
        quotaYearEnd = (int) ChronoUnit.MONTHS.between(spec.start(), yearEnds);
        Licensing licensing = disruption.licensing().orElse(null);
        lagMedian = licensing != null ? licensing.lagMonths() : Distribution.fixed(0);
        lagSigma = licensing != null ? Math.log(licensing.lagSpread()) / 1.2815515655446004 : 0;
        expectedGrant = licensing != null ? licensing.expectedGrant() : Distribution.fixed(1);
        priority = licensing != null ? licensing.perspectivePriority() : Distribution.fixed(1);
        enforcement = trade.enforcementMonths();
        indirect = trade.indirectShare() * Math.max(0, 1 - issuerShare);

        licences = trade.licencesPerMonth();
        monthlyGrowth = Math.log1p(trade.demandGrowth()) / 12;
        exportRatio = trade.issuerExportShare() / (1 - trade.issuerExportShare());
        feedShare = trade.importedFeedShare();
        directAtOutside = trade.directAtOutsidePrice();
        homeImports = trade.homeImports().outsideMonthsPerHomeMonth();
        double exported = trade.outputExported();
        // with ε = 0 (every change declared before the exported share) the home part is s / (1 − x) bit for bit:
        // (1 − 0) s is s exactly
        outputChange = trade.issuerOutput()
                .map(o -> (1 - exported) * o.change() / (1 - trade.issuerExportShare()))
                .orElse(0.0);
        exportedChange = exported > 0
                ? trade.issuerOutput()
                        .map(o -> trade.directAtOutsidePrice() * o.change())
                        .orElse(0.0)
                : 0;
        outputFrom = trade.issuerOutput()
                .map(o -> (int) ChronoUnit.MONTHS.between(spec.start(), o.from()))
                .orElse(0);
        outputCovered = trade.issuerOutput().map(IssuerOutput::covered).orElse(true);
        issuerHomeUse = exportRatio > 0 && omega > 0 ? dependent / omega / exportRatio : 0;
        homeDrift = market.homeDrift().map(PriceDrift::monthlyLog).orElse(0.0);
        outsideDrift = market.outsideDrift().map(PriceDrift::monthlyLog).orElse(0.0);
        homeCarry = market.homeCarry().orElse(Double.NaN);
        issuerStocks = market.issuerStocks().months();
        stockRelease = market.issuerStocks().held();
        stockReleaseFrom = (int) Math.max(
                0,
                ChronoUnit.MONTHS.between(
                        spec.start(), market.issuerStocks().from().orElse(spec.start())));
        stockReleaseMax = market.issuerStocks().maxPerMonth();

        cover = market.stocksMonths();
        maxRelease = market.release().maxPerMonth();
        trigger = market.release().trigger();
        spare = market.spareCapacity();
        spareRamp = market.spareRampMonths();
        leakage = market.leakage();
        demandElasticity = market.demandElasticity();
        supplyElasticity = market.supplyElasticity();
        priceCap = market.priceCap();
        subMax = market.substitution().maxFraction();
        subLag = market.substitution().lagMonths();
        subRamp = market.substitution().rampMonths();
        recMax = market.recycling().maxFraction();
        recLag = market.recycling().lagMonths();
        recRamp = market.recycling().rampMonths();
        List<Partner> partners = market.partners();
        partnerCapacity =
                partners.stream().mapToDouble(Partner::capacityFraction).toArray();
        partnerStart = partners.stream().map(Partner::startMonth).toArray(Distribution[]::new);
        partnerRamp = partners.stream().mapToDouble(Partner::rampMonths).toArray();
        partnerProbability = partners.stream().mapToDouble(Partner::probability).toArray();

        Behaviour behaviour = market.behaviour();
        precaution = behaviour.precautionMonths();
        restockRate = behaviour.restockMonths() > 0 ? 1 / behaviour.restockMonths() : 0;
        maxOrder = behaviour.maxOrder();
        flexibility = behaviour.flexibility();
        issuerFlexibility = behaviour.issuerFlexibility();
        absorption = behaviour.issuerAbsorption();
        volatility = behaviour.volatility();
        stockLevel = behaviour.stockLevel();
        forward = behaviour.forwardMonths();
        surplusDecay = 1 - 1 / behaviour.issuerSurplusMonths();
        contractMonths = behaviour.contractMonths();
        netting = behaviour.pendingNetting();
        lasting = behaviour.lastingPrecaution();
        stocking = behaviour.deadlineStocking();
        landing = behaviour.homeLanding();

        threshold = spec.threshold();
        recoveryLevel = spec.recoveryLevel();
    }
}
