package lodestone.plan.option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lodestone.model.Guards;

/**
 * One thing the perspective country could fund. Its level is chosen in [{@code minLevel}, {@code maxLevel}] ⊆ [0, 1]
 * (1 is the option as described; cost and delivery scale with the level), or in {0, 1} if it is all-or-nothing.
 *
 * @param id stable identifier, e.g. {@code lynas-malaysia-hre-offtake}
 * @param title a short description
 * @param kind what it is
 * @param country where the supply or the reserve is (ISO 3166-1 alpha-2), if it has one place
 * @param cost the cost at level 1, US dollars (for offtakes and price floors: the expected payment)
 * @param supply what a flow option delivers; empty for a stockpile
 * @param reserve what a stockpile holds; empty for a flow option
 * @param minLevel the smallest level allowed (above 0 for options already committed), in [0, maxLevel]
 * @param maxLevel the largest level allowed, in (0, 1]
 * @param allOrNothing true if only the levels 0 and 1 are allowed
 * @param sources every source the figures cite (URLs or record ids)
 * @param note caveats
 */
public record PlanOption(
        String id,
        String title,
        OptionKind kind,
        Optional<String> country,
        Figure cost,
        Optional<Supply> supply,
        Optional<Reserve> reserve,
        double minLevel,
        double maxLevel,
        boolean allOrNothing,
        List<String> sources,
        String note) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    public PlanOption {
        Guards.requireText(id, "option id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("option id (" + id + ") must be lower-case words joined by hyphens.");
        }
        Guards.requireText(title, "title of option " + id);
        country.ifPresent(code -> {
            if (!ISO2.matcher(code).matches()) {
                throw new IllegalArgumentException(
                        "country (" + code + ") of option " + id + " must be an ISO 3166-1 alpha-2 code such as AU.");
            }
        });
        if (!(cost.value() >= 0)) {
            throw new IllegalArgumentException("cost (" + cost.value() + " USD) of option " + id + " must be >= 0.");
        }
        if (kind.isFlow() != supply.isPresent() || kind.isFlow() == reserve.isPresent()) {
            throw new IllegalArgumentException("option " + id + " of kind " + kind.id()
                    + (kind.isFlow()
                            ? " must describe its supply and no reserve."
                            : " must describe its reserve" + " and no supply."));
        }
        if (!(maxLevel > 0 && maxLevel <= 1) || !(minLevel >= 0 && minLevel <= maxLevel)) {
            throw new IllegalArgumentException("levels of option " + id + " (min " + minLevel + ", max " + maxLevel
                    + ") must satisfy 0 <= min <= max and 0 < max <= 1.");
        }
        if (allOrNothing && maxLevel != 1) {
            throw new IllegalArgumentException(
                    "all-or-nothing option " + id + " must have maxLevel 1 (it has " + maxLevel + ").");
        }
        sources = List.copyOf(sources);
    }

    /** @return every figure of the option, in a fixed order (cost first) */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        all.add(cost);
        supply.ifPresent(s -> {
            all.add(s.capacity());
            all.add(s.rampMonths());
            all.add(s.probability());
        });
        reserve.ifPresent(r -> {
            all.add(r.monthsOfCover());
            all.add(r.maxReleasePerMonth());
        });
        return all;
    }

    /** @return true if any figure (or the start of supply) is an assumption */
    public boolean hasAssumptions() {
        return figures().stream().anyMatch(Figure::assumed)
                || supply.map(Supply::startAssumed).orElse(false);
    }

    /** @return the probability of delivery (1 for a stockpile, which is bought before the disruption) */
    public double probability() {
        return supply.map(s -> s.probability().value()).orElse(1.0);
    }
}
