package lodestone.sim.scenario;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a market's trade with the issuer is shaped: what product the flows are, how much of it the measure covers, how
 * the perspective country's purchases compare with the issuer's other customers, and how much of the issuer's output
 * is exported. Defaults describe a perspective that is the issuer's whole export market.
 *
 * @param product the traded product, if the market is not the element itself (say, "NdFeB magnets, HS 8505.11");
 *     descriptive
 * @param coveredShare share of the product's trade covered by the measure, in [0, 1] (a magnet code covers magnets
 *     with and without heavy rare earths; an element is covered in full)
 * @param outsideIssuerShare the issuer's share of supply to all buyers outside the issuer, in [0, 1]; empty for the
 *     perspective country's own share (the perspective stands for the outside market)
 * @param perspectiveShareOfExports the perspective country's share of the issuer's exports before the measure, in
 *     (0, 1]; 1 when the perspective is the issuer's whole export market
 * @param issuerExportShare share of the issuer's output that it exports before the measure, in [0, 0.95]: what it
 *     withholds stays in its home market
 * @param licencesPerMonth licences (shipments decided one by one) in a month of baseline exports, ≥ 1: few licences
 *     make monthly flows lumpy (one batch, one licence)
 * @param demandGrowth annual growth of the outside buyers' demand (fraction per year; may be negative)
 * @param enforcementMonths months from the effective day until customs hold every covered shipment, drawn once per
 *     path (0: from the first day); the share held rises linearly in between, as when customs extend a rule to goods
 *     it does not name (magnets under a list of elements)
 * @param indirectShare share of the perspective's supply from sources other than the issuer that is made from the
 *     issuer's material (refined or processed in third countries), in [0, 1]: those buyers see the issuer's refusals to
 *     other destinations and build precautionary stock through the routes that stay open
 * @param importedFeedShare ψ, the share of the issuer's refinery feed it imports on a market where refiners outside it
 *     compete for the same feed, in [0, 1]: that share of its producers' cost follows the outside price, so its home
 *     price does too (0: the issuer mines all its feed, or buys it where no outside refiner bids)
 * @param directAtOutsidePrice the share of the issuer's direct shipments to the perspective priced at the outside
 *     price instead of at its home price, in [0, 1]: 1 for an issuer with no home market, whose sellers quote a share of
 *     the world price (a constant payable share has the world price's index); 0 for an issuer whose exports leave at
 *     its home price
 * @param issuerOutput a change of the issuer's own output the scenario states; the share {@link #outputExported()} of
 *     it is exported, the rest lands on the issuer's home market; empty: none
 * @param homeImports the share of its home market's loss under an output cut that the issuer's buyers buy on the
 *     outside market, and its home use against the outside market's use ({@link HomeImports#NONE}: none)
 */
public record Trade(
        Optional<String> product,
        double coveredShare,
        OptionalDouble outsideIssuerShare,
        double perspectiveShareOfExports,
        double issuerExportShare,
        double licencesPerMonth,
        double demandGrowth,
        Distribution enforcementMonths,
        double indirectShare,
        double importedFeedShare,
        double directAtOutsidePrice,
        Optional<IssuerOutput> issuerOutput,
        HomeImports homeImports) {
    /**
     * The perspective is the issuer's whole export market; an element covered in full and held from the effective day;
     * 30 % of output exported; no indirect dependence; no imported feed; no imports by the issuer's home market.
     */
    public static final Trade DEFAULT = new Trade(
            Optional.empty(),
            1,
            OptionalDouble.empty(),
            1,
            0.3,
            50,
            0,
            Distribution.fixed(0),
            0,
            0,
            0,
            Optional.empty(),
            HomeImports.NONE);

    public Trade {
        Objects.requireNonNull(homeImports, "homeImports");
        if (enforcementMonths.min() < 0
                || enforcementMonths.max() > 24
                || !(indirectShare >= 0 && indirectShare <= 1)
                || !(importedFeedShare >= 0 && importedFeedShare <= 1)
                || !(directAtOutsidePrice >= 0 && directAtOutsidePrice <= 1)) {
            throw new IllegalArgumentException("trade (enforcement months " + enforcementMonths.describe()
                    + ", indirect share " + indirectShare + ", imported feed share " + importedFeedShare
                    + ", direct shipments at the outside price " + directAtOutsidePrice
                    + ") must have enforcement within [0, 24] months and indirect, imported feed and outside-priced"
                    + " shares in [0, 1].");
        }
        double outside = outsideIssuerShare.orElse(0.5);
        if (!(coveredShare >= 0 && coveredShare <= 1)
                || !(outside >= 0 && outside <= 1)
                || !(perspectiveShareOfExports > 0 && perspectiveShareOfExports <= 1)
                || !(issuerExportShare >= 0 && issuerExportShare <= 0.95)
                || !(licencesPerMonth >= 1 && licencesPerMonth <= 1e6)
                || !(demandGrowth >= -0.5 && demandGrowth <= 1)) {
            throw new IllegalArgumentException("trade (covered share " + coveredShare + ", outside issuer share "
                    + outside + ", perspective share of exports " + perspectiveShareOfExports
                    + ", issuer export share " + issuerExportShare + ", licences per month " + licencesPerMonth
                    + ", demand growth " + demandGrowth + ") must have shares in [0, 1], a perspective share in (0, 1],"
                    + " an export share in [0, 0.95], licences in [1, 1e6] and growth in [-0.5, 1].");
        }
    }

    /**
     * ε, the share of a change of the issuer's own output that it exports: {@code directAtOutsidePrice ×
     * issuerExportShare}. An issuer whose sellers sell at the outside price has one price at home and abroad, so a
     * change of its output is sold as its output is, the share x abroad (all of it as x → 1, an issuer without a home
     * market); an issuer whose exports leave at its own home price has them set by the measure and the buyers' orders,
     * so the change stays at home (ε = 0, every change declared before this rule); in between, the mix.
     *
     * @return ε in [0, 0.95]
     */
    public double outputExported() {
        return directAtOutsidePrice * issuerExportShare;
    }

    /**
     * @param other the issuer's home market's imports under an output cut
     * @return a copy with those imports, every other field as it is
     */
    public Trade withHomeImports(HomeImports other) {
        return new Trade(
                product,
                coveredShare,
                outsideIssuerShare,
                perspectiveShareOfExports,
                issuerExportShare,
                licencesPerMonth,
                demandGrowth,
                enforcementMonths,
                indirectShare,
                importedFeedShare,
                directAtOutsidePrice,
                issuerOutput,
                other);
    }

    /**
     * @param perspectiveIssuerShare the issuer's share of the perspective country's supply
     * @return the issuer's share of supply to all outside buyers
     */
    public double outsideShare(double perspectiveIssuerShare) {
        return outsideIssuerShare.orElse(perspectiveIssuerShare);
    }
}
