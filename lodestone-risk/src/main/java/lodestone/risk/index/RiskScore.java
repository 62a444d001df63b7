package lodestone.risk.index;

import java.util.List;
import java.util.Optional;
import lodestone.model.mineral.MineralId;

/**
 * A mineral's score with its components.
 *
 * @param mineral the mineral
 * @param score the score (0–100 for the Lodestone index)
 * @param formula the formula, with the component values substituted, so the score can be checked by hand
 * @param components the components, each with inputs and sources
 */
public record RiskScore(MineralId mineral, double score, String formula, List<Component> components) {
    public RiskScore {
        components = List.copyOf(components);
    }

    /** @return the component with this name */
    public Optional<Component> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
