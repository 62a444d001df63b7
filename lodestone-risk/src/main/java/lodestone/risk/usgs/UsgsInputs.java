package lodestone.risk.usgs;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.mineral.MineralId;
import lodestone.risk.index.Input;

/**
 * The plain inputs of the USGS 2021 supply risk of one mineral: one entry per data year, each number with its source
 * (an {@link Input}).
 *
 * @param mineral the mineral
 * @param years the data years, any order
 * @param note what was inherited or left out, for every year
 */
public record UsgsInputs(MineralId mineral, List<Year> years, String note) {
    public UsgsInputs {
        years = List.copyOf(years);
    }

    /**
     * A producer country's share of one stage's world supply, and its governance.
     *
     * @param country the producer (ISO 3166-1 alpha-2 code, or the source's area code)
     * @param share its share of world supply, a fraction in [0, 1]
     * @param wgiMean the mean of its six WGI estimates (standard-normal units, higher is better); empty when the
     *     country has none (its ability to supply is then assumed to be the middle of the scale)
     */
    public record Producer(String country, double share, OptionalDouble wgiMean) {
        public Producer {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("share (" + share + ") of producer " + country
                        + " must be within [0, 1].\nMaybe the source reports percent; convert in the reader.");
            }
        }
    }

    /**
     * The producers of one stage (mining, refining, processing) of the mineral or of a member of its group.
     *
     * @param label what the set is, e.g. "dysprosium processing 2023 (EU CRM 2023 global supply)"
     * @param producers the named producers; the unnamed remainder is left out, never one producer
     * @param source where the shares come from (source ids)
     */
    public record ShareSet(String label, List<Producer> producers, String source) {
        /** How far above 1 published shares may sum through rounding (whole percentages of up to five producers). */
        public static final double ROUNDING = 0.05;

        public ShareSet {
            producers = List.copyOf(producers);
            double total = producers.stream().mapToDouble(Producer::share).sum();
            if (total > 1 + ROUNDING) {
                throw new IllegalArgumentException("shares of " + label + " sum to " + total + ", above 1 + " + ROUNDING
                        + " (the rounding of published percentages).");
            }
        }
    }

    /**
     * One data year.
     *
     * @param year the data year
     * @param shareSets the stage share sets available for the year (the latest of each stage no later than the year)
     * @param netImportReliance U.S. net import reliance, a fraction (0 for a net exporter), if known
     * @param apparentConsumption U.S. apparent consumption, tonnes, if known
     * @param price the unit price of the form consumed, US dollars per kilogram, if known
     * @param marketNote what the consumption and price series count, or why they are missing
     */
    public record Year(
            int year,
            List<ShareSet> shareSets,
            Optional<Input> netImportReliance,
            Optional<Input> apparentConsumption,
            Optional<Input> price,
            String marketNote) {
        public Year {
            shareSets = List.copyOf(shareSets);
            requireFraction(netImportReliance, "net import reliance", year);
            requireValue(apparentConsumption, "apparent consumption", year);
            requireValue(price, "price", year);
        }

        private static void requireFraction(Optional<Input> input, String what, int year) {
            input.ifPresent(i -> {
                double v = i.value()
                        .orElseThrow(() -> new IllegalArgumentException(what + " " + year + " must carry a value."));
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException(what + " (" + v + ") in " + year + " must be within [0, 1].");
                }
            });
        }

        private static void requireValue(Optional<Input> input, String what, int year) {
            input.ifPresent(i -> {
                double v = i.value()
                        .orElseThrow(() -> new IllegalArgumentException(what + " " + year + " must carry a value."));
                if (!(v >= 0)) {
                    throw new IllegalArgumentException(what + " (" + v + ") in " + year + " must not be negative.");
                }
            });
        }
    }
}
