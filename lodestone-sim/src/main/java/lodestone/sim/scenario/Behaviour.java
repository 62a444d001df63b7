package lodestone.sim.scenario;

/**
 * How buyers and prices respond, shared by every market unless a spec overrides a field: the behavioural part of the
 * model, as opposed to the facts of a market (shares, stocks, the measure). Each value is a distribution across paths,
 * so the uncertainty about behaviour widens the bands.
 *
 * <p>{@link #PRIOR} holds the values chosen before any back-test outcome was looked at (the first look);
 * {@link #CALIBRATED} holds the values after calibration on every development row of the four back-test episodes, and
 * is the default. {@code docs/methods/simulation.md} gives the reasons and the calibration.
 *
 * @param precautionMonths extra months of cover buyers want once a measure is announced or in force (≥ 0)
 * @param restockMonths months over which buyers close the gap between their target and their stock plus pending
 *     orders (≥ 0; 0 means they never order more than they use)
 * @param maxOrder the largest monthly order, in months of a buyer's use (≥ 1): what exporters can ship at once
 * @param flexibility β, the elasticity of the outside spot price with respect to the outside cover ratio (≥ 0)
 * @param issuerFlexibility β_I, the same for the issuer's home price with respect to its home cover (≥ 0)
 * @param issuerAbsorption share of withheld exports the issuer absorbs by cutting output or state buying, in [0, 1]
 * @param volatility monthly standard deviation of the log price not explained by the measure (background, ≥ 0)
 * @param stockLevel multiplier on every buyer's stock cover, drawn once per path (> 0): how far the stated cover is off
 * @param forwardMonths W, the months of expected supply buyers count in their cover (1..24)
 * @param issuerSurplusMonths months over which the issuer's home surplus is worked off (≥ 1)
 * @param contractMonths months over which contract prices (what buyers pay for supply other than the issuer's licensed
 *     exports) follow the spot price (≥ 1): the average adjusts, the margin does not wait
 * @param pendingNetting how far buyers count their pending licence applications as stock on the way, in [0, 1]: 0
 *     ignores them (buyers over-apply under rationing, and the backlog ships as restocking), 1 counts them at the share
 *     buyers expect to be granted
 * @param lastingPrecaution μ, the share of the precautionary extra cover a buyer keeps as a raised cover target once it
 *     has been cut off (received and drew less than half its use in a month), in [0, 1]: 0 is the earlier model (the
 *     extra cover ends with the measure and falls with the refusal risk), 1 keeps all of it for good
 * @param deadlineStocking ω, how much of their forward window's use buyers want in stock by an announced measure's
 *     deadline, in [0, 1]: before the measure takes effect each buyer's target adds ω W months of use at the refusal
 *     risk it perceives (what cannot be bought once the measure is in force is bought before it, up to the order
 *     ceiling), and the addition ends at the deadline, so forward orders stop there rather than tapering as cover
 *     fills; 0 is the earlier model
 * @param homeLanding θ, how much of the issuer's home market reads the withheld exports at once, in [0, 1]: while the
 *     measure is in force, the home market's expected surplus over the window takes the share θ of its expected
 *     exports as the month's exports going on (static expectations, from what its exporters are not shipping) and the
 *     rest as the outside buyers' expected supply (which counts pending licences as coming); 0 is the earlier model
 */
public record Behaviour(
        Distribution precautionMonths,
        double restockMonths,
        Distribution maxOrder,
        Distribution flexibility,
        Distribution issuerFlexibility,
        Distribution issuerAbsorption,
        Distribution volatility,
        Distribution stockLevel,
        int forwardMonths,
        double issuerSurplusMonths,
        double contractMonths,
        Distribution pendingNetting,
        Distribution lastingPrecaution,
        Distribution deadlineStocking,
        Distribution homeLanding) {
    /**
     * The first look: every range chosen from the evidence on buyers and the literature's orders of magnitude before
     * any episode's outcome was compared (docs/methods/simulation.md, "Behaviour").
     */
    public static final Behaviour PRIOR = new Behaviour(
            Distribution.uniform(0.5, 2),
            1.5,
            Distribution.uniform(1.5, 3),
            Distribution.uniform(0.3, 1.5),
            Distribution.uniform(0.5, 2),
            Distribution.uniform(0.3, 0.9),
            Distribution.uniform(0.03, 0.08),
            Distribution.uniform(0.7, 1.4),
            6,
            6,
            6,
            Distribution.uniform(0, 1),
            Distribution.fixed(0));

    /**
     * β_I of the calibrated behaviour and of every calibration candidate: a home price may not answer its cover at all
     * (a market led by a few producers' listed prices and state buying) or answer it twice as strongly as the outside
     * price does; an ASSUMPTION, its lower end chosen by nested leave-one-episode-out among 0.5, 0.25 and 0
     * (docs/research/price-directions.md, "Falls and home prices").
     */
    public static final Distribution HOME_FLEXIBILITY = Distribution.uniform(0, 2);

    /**
     * After calibration on every development row (the episodes' own rows and blind records 5 to 43's; see {@code
     * docs/methods/simulation.md}): every grid candidate that covers at most one row fewer than the best, merged into
     * one set of ranges. The default; its out-of-sample figure is the leave-one-episode-out cross-validation's. Since
     * record 13 the grid offers deadline stocking, and the rule keeps it, U(0, 1), with price flexibility U(0.3, 1.5)
     * (was U(0.3, 2) and none); record 14 joining left it unchanged. Since the month split at the effective day and home
     * landing joined the grid (6 December 2026) the rule keeps home landing U(0, 1) and precaution U(1, 3) (was U(0.5,
     * 3) and none); records 15 to 43 joining left it unchanged. Since 7 December 2026 the home price's flexibility
     * reaches 0, U(0, 2) (was U(0.5, 2)): administered home prices, the one of three candidates stated before
     * measurement that met its rule out of fold (docs/research/price-directions.md); every grid candidate carries it.
     */
    public static final Behaviour CALIBRATED = new Behaviour(
            Distribution.uniform(1, 3),
            1,
            Distribution.uniform(1.5, 3),
            Distribution.uniform(0.3, 1.5),
            HOME_FLEXIBILITY,
            Distribution.uniform(0.3, 0.9),
            Distribution.uniform(0.05, 0.12),
            Distribution.uniform(0.7, 1.4),
            6,
            6,
            6,
            Distribution.uniform(0, 1),
            Distribution.uniform(0, 1),
            Distribution.uniform(0, 1),
            Distribution.uniform(0, 1));

    public Behaviour {
        if (precautionMonths.min() < 0
                || !(restockMonths >= 0 && restockMonths <= 120)
                || maxOrder.min() < 1
                || flexibility.min() < 0
                || issuerFlexibility.min() < 0
                || issuerAbsorption.min() < 0
                || issuerAbsorption.max() > 1
                || volatility.min() < 0
                || !(stockLevel.min() > 0)
                || forwardMonths < 1
                || forwardMonths > 24
                || !(issuerSurplusMonths >= 1 && issuerSurplusMonths <= 600)
                || !(contractMonths >= 1 && contractMonths <= 600)
                || pendingNetting.min() < 0
                || pendingNetting.max() > 1
                || lastingPrecaution.min() < 0
                || lastingPrecaution.max() > 1
                || deadlineStocking.min() < 0
                || deadlineStocking.max() > 1
                || homeLanding.min() < 0
                || homeLanding.max() > 1) {
            throw new IllegalArgumentException("behaviour (" + describe() + ") is out of range: precaution >= 0,"
                    + " restock months in [0, 120], max order >= 1, flexibilities >= 0, absorption in [0, 1],"
                    + " volatility >= 0, stock level > 0, forward months in [1, 24], surplus and contract months in [1, 600], netting and"
                    + " lasting precaution, deadline stocking and home landing in [0, 1].");
        }
    }

    /** @return the values in one line */
    public String describe() {
        return "precaution " + precautionMonths.describe() + ", restock " + restockMonths + " months, max order "
                + maxOrder.describe() + ", flexibility " + flexibility.describe() + ", issuer flexibility "
                + issuerFlexibility.describe() + ", absorption " + issuerAbsorption.describe() + ", volatility "
                + volatility.describe() + ", stock level " + stockLevel.describe() + ", forward " + forwardMonths
                + " months, surplus " + issuerSurplusMonths + " months, contracts " + contractMonths
                + " months, netting "
                + pendingNetting.describe() + ", lasting precaution " + lastingPrecaution.describe()
                // omitted while off, so that the behaviours without it read as before
                + (deadlineStocking.equals(Distribution.fixed(0))
                        ? ""
                        : ", deadline stocking " + deadlineStocking.describe())
                + (homeLanding.equals(Distribution.fixed(0)) ? "" : ", home landing " + homeLanding.describe());
    }

    /**
     * A behaviour without deadline stocking or home landing (ω = θ = 0): the thirteen values of the model before them.
     *
     * @param precautionMonths as the canonical constructor
     * @param restockMonths as the canonical constructor
     * @param maxOrder as the canonical constructor
     * @param flexibility as the canonical constructor
     * @param issuerFlexibility as the canonical constructor
     * @param issuerAbsorption as the canonical constructor
     * @param volatility as the canonical constructor
     * @param stockLevel as the canonical constructor
     * @param forwardMonths as the canonical constructor
     * @param issuerSurplusMonths as the canonical constructor
     * @param contractMonths as the canonical constructor
     * @param pendingNetting as the canonical constructor
     * @param lastingPrecaution as the canonical constructor
     */
    public Behaviour(
            Distribution precautionMonths,
            double restockMonths,
            Distribution maxOrder,
            Distribution flexibility,
            Distribution issuerFlexibility,
            Distribution issuerAbsorption,
            Distribution volatility,
            Distribution stockLevel,
            int forwardMonths,
            double issuerSurplusMonths,
            double contractMonths,
            Distribution pendingNetting,
            Distribution lastingPrecaution) {
        this(
                precautionMonths,
                restockMonths,
                maxOrder,
                flexibility,
                issuerFlexibility,
                issuerAbsorption,
                volatility,
                stockLevel,
                forwardMonths,
                issuerSurplusMonths,
                contractMonths,
                pendingNetting,
                lastingPrecaution,
                Distribution.fixed(0),
                Distribution.fixed(0));
    }

    /**
     * @param flexibility β_I, the home price's flexibility
     * @return this behaviour with that flexibility
     */
    public Behaviour withIssuerFlexibility(Distribution flexibility) {
        return with(flexibility, deadlineStocking, homeLanding);
    }

    /**
     * @param stocking ω, deadline stocking
     * @return this behaviour with that deadline stocking
     */
    public Behaviour withDeadlineStocking(Distribution stocking) {
        return with(issuerFlexibility, stocking, homeLanding);
    }

    /**
     * @param landing θ, home landing
     * @return this behaviour with that home landing
     */
    public Behaviour withHomeLanding(Distribution landing) {
        return with(issuerFlexibility, deadlineStocking, landing);
    }

    private Behaviour with(Distribution inside, Distribution stocking, Distribution landing) {
        return new Behaviour(
                precautionMonths,
                restockMonths,
                maxOrder,
                flexibility,
                inside,
                issuerAbsorption,
                volatility,
                stockLevel,
                forwardMonths,
                issuerSurplusMonths,
                contractMonths,
                pendingNetting,
                lastingPrecaution,
                stocking,
                landing);
    }

    /**
     * A behaviour with no market response at all: no precaution, no restocking, fixed prices. With it and no licensing
     * the engine reduces to the arithmetic of shares, severities and stocks (the closed-form tests).
     */
    public static final Behaviour STATIC = new Behaviour(
            Distribution.fixed(0),
            0,
            Distribution.fixed(1),
            Distribution.fixed(0),
            Distribution.fixed(0),
            Distribution.fixed(1),
            Distribution.fixed(0),
            Distribution.fixed(1),
            6,
            6,
            6,
            Distribution.fixed(0),
            Distribution.fixed(0));
}
