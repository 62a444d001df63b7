package lodestone.model.supply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;

/**
 * A perspective country's supply of a mineral by source: its own production ({@code 1 − net import reliance}) under
 * its own code, each supplier country under its ISO alpha-2 code, and the unallocated rest of its imports under
 * {@code OTHER}.
 *
 * @param perspective the importing country
 * @param mineral the mineral asked about
 * @param dataFrom the mineral whose figures were used (the mineral itself, or a group it belongs to)
 * @param shares supply by source, fractions of apparent consumption in [0, 1] summing to at most 1, largest import
 *     source first after the domestic share
 * @param assumed true if import shares were not published and world supply shares stood in for them
 * @param basis what the shares rest on, in words (figures, periods, series and any assumption)
 * @param sources the sources of the figures used
 */
public record SupplyMix(
        CountryCode perspective,
        MineralId mineral,
        MineralId dataFrom,
        Map<String, Double> shares,
        boolean assumed,
        String basis,
        List<SourceId> sources) {
    /** The key of the imports not allocated to a named country. */
    public static final String OTHER = "OTHER";

    public SupplyMix {
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(dataFrom, "dataFrom");
        Objects.requireNonNull(basis, "basis");
        double sum = 0;
        for (Map.Entry<String, Double> share : shares.entrySet()) {
            double value = share.getValue();
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("share (" + value + ") of " + share.getKey() + " in the supply of "
                        + mineral + " to " + perspective + " must be within [0, 1].");
            }
            sum += value;
        }
        if (sum > 1 + 1e-9) {
            throw new IllegalArgumentException("shares of the supply of " + mineral + " to " + perspective + " sum to "
                    + sum + "; they must sum to at most 1.");
        }
        shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        sources = List.copyOf(sources);
    }

    /** @return the share the perspective supplies itself (1 − net import reliance) */
    public double domestic() {
        return shares.getOrDefault(perspective.value(), 0.0);
    }

    /** @return the imports only: every source but the perspective itself, in the same order */
    public Map<String, Double> imports() {
        Map<String, Double> out = new LinkedHashMap<>(shares);
        out.remove(perspective.value());
        return java.util.Collections.unmodifiableMap(out);
    }
}
