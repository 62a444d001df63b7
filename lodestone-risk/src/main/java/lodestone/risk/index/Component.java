package lodestone.risk.index;

import java.util.List;

/**
 * One named component of a score.
 *
 * @param name the component's name, e.g. "concentration"
 * @param value its value (unit as documented for the component; the Lodestone index components are fractions in
 *     [0, 1])
 * @param formula how the value follows from the inputs, in plain text
 * @param assumed true if the value is, wholly or partly, an assumption in place of missing data
 * @param inputs the inputs, with their sources
 */
public record Component(String name, double value, String formula, boolean assumed, List<Input> inputs) {
    public Component {
        inputs = List.copyOf(inputs);
    }
}
