package lodestone.model.agreement;

import lodestone.model.Guards;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;

/**
 * A project's planned annual capacity.
 *
 * @param tonnesPerYear capacity in tonnes per year, positive
 * @param mineral the mineral the capacity counts
 * @param basis what the tonnes count (contained metal, oxide, ...)
 * @param description the basis as the source states it, e.g. "NdPr oxide"
 * @param source the source
 */
public record Capacity(double tonnesPerYear, MineralId mineral, Basis basis, String description, SourceId source) {
    public Capacity {
        if (!(tonnesPerYear > 0) || Double.isInfinite(tonnesPerYear)) {
            throw new IllegalArgumentException("capacity (" + tonnesPerYear + " t/yr) must be positive and finite.");
        }
        Guards.requireText(description, "capacity description");
    }
}
