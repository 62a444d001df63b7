package lodestone.plan.option;

import java.util.List;
import lodestone.model.mineral.MineralId;

/**
 * The options one perspective country has for one mineral, resolved against the knowledge base.
 *
 * @param mineral the mineral
 * @param perspective the country (ISO 3166-1 alpha-2)
 * @param demandTonnesPerYear the perspective's annual demand that converts tonnes into fractions of monthly demand
 * @param options the options: those written in the catalogue, then the candidate new sources derived from the
 *     knowledge base
 * @param skipped candidate countries left out, each with the reason
 */
public record OptionCatalogue(
        MineralId mineral,
        String perspective,
        Figure demandTonnesPerYear,
        List<PlanOption> options,
        List<String> skipped) {
    public OptionCatalogue {
        options = List.copyOf(options);
        skipped = List.copyOf(skipped);
    }
}
