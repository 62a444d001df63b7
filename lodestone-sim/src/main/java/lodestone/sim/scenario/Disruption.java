package lodestone.sim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the issuer does: which minerals, stages and targets (descriptive: the engine applies the phases to every
 * market of the scenario), and how hard and how long.
 *
 * @param issuer ISO 3166-1 alpha-2 code of the country imposing the measure
 * @param measure the id of the trade measure in the knowledge base that the scenario models, if any
 * @param targets target countries ("ALL" for every destination)
 * @param stages the supply-chain stages covered (ids such as processing, metal, magnet)
 * @param phases the severity profile, phase after phase
 */
public record Disruption(
        String issuer, Optional<String> measure, List<String> targets, List<String> stages, List<Phase> phases) {
    public Disruption {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(measure, "measure");
        targets = List.copyOf(targets);
        stages = List.copyOf(stages);
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("disruption by " + issuer + " must have at least one phase.");
        }
    }

    /** @return a copy with other phases */
    public Disruption withPhases(List<Phase> other) {
        return new Disruption(issuer, measure, targets, stages, other);
    }
}
