package lodestone.model.agreement;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lodestone.model.policy.TradeMeasure;

/**
 * Draft records promoted from unverified news by a reviewer ({@code lodestone review promote}): measures and agreements
 * in the curated format, kept apart from the curated records so that no analytics (risk index, scenarios) ever reads
 * them. Listings show them, marked as drafts.
 *
 * @param measures draft measures
 * @param agreements draft agreements
 * @param origins the news record each draft came from, by record id
 */
public record Drafts(List<TradeMeasure> measures, List<Agreement> agreements, Map<String, DraftOrigin> origins) {
    /** No drafts. */
    public static final Drafts NONE = new Drafts(List.of(), List.of(), Map.of());

    public Drafts {
        measures = List.copyOf(measures);
        agreements = List.copyOf(agreements);
        origins = Map.copyOf(origins);
        for (TradeMeasure measure : measures) {
            Objects.requireNonNull(origins.get(measure.id()), "origin of draft measure " + measure.id());
        }
        for (Agreement agreement : agreements) {
            Objects.requireNonNull(origins.get(agreement.id()), "origin of draft agreement " + agreement.id());
        }
    }

    /**
     * @param id a record id
     * @return where the draft came from, if it is a draft
     */
    public Optional<DraftOrigin> origin(String id) {
        return Optional.ofNullable(origins.get(id));
    }
}
