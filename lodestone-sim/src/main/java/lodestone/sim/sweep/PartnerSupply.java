package lodestone.sim.sweep;

import java.time.YearMonth;
import lodestone.model.agreement.Project;
import lodestone.sim.scenario.Partner;
import lodestone.sim.scenario.SnapshotSupply;

/**
 * Partner supply of one mineral located in one country, for the sweep: it relieves a cell only when the cell's
 * disrupted supplier is another country. Whether it delivers at all is drawn once per path with the partner's
 * probability of delivery, so an uncertain project lowers the mean shortfall of the cells it relieves more than their
 * tail: it changes the ranking by the tail differently from the ranking by the mean.
 *
 * @param country where the project is (ISO 3166-1 alpha-2, as the cells' suppliers)
 * @param partner its output, start, ramp-up and probability of delivery
 */
public record PartnerSupply(String country, Partner partner) {
    /**
     * @param project a project record of the knowledge base (start year, ramp-up and probability of delivery)
     * @param capacityFraction its full output available to the perspective, a fraction of the perspective's monthly
     *     demand in [0, 1]
     * @param basis why that fraction (source or assumption)
     * @param from the month the sweep's first month stands for (the date the sweep is run for): the project's start
     *     is counted in months from it
     * @return the project's supply, starting as the record says relative to {@code from}
     */
    public static PartnerSupply of(Project project, double capacityFraction, String basis, YearMonth from) {
        return new PartnerSupply(
                project.country().value(), SnapshotSupply.fromProject(project, capacityFraction, from, basis));
    }

    /** @return whether this supply still flows when {@code supplier} withholds */
    boolean reliefFor(String supplier) {
        return !country.equals(supplier);
    }
}
