package lodestone.sim.sweep;

import lodestone.model.mineral.MineralId;

/**
 * One scenario of a sweep: supplier {@code supplier} withholds {@code severity} of what it supplies of
 * {@code mineral} for the sweep's duration.
 *
 * @param mineral the mineral
 * @param supplier ISO alpha-2 code of the supplier that disrupts
 * @param supplierShare its share of the perspective country's supply (fraction in [0, 1])
 * @param severity share of its supply withheld (fraction in [0, 1])
 * @param basis where the share comes from
 */
public record SweepCell(MineralId mineral, String supplier, double supplierShare, double severity, String basis) {
    public SweepCell {
        if (!(supplierShare >= 0 && supplierShare <= 1) || !(severity >= 0 && severity <= 1)) {
            throw new IllegalArgumentException("sweep cell " + mineral + "/" + supplier + " (share " + supplierShare
                    + ", severity " + severity + ") must have share and severity in [0, 1].");
        }
    }
}
