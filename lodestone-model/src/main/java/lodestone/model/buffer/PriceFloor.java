package lodestone.model.buffer;

import java.util.List;
import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.agreement.Party;
import lodestone.model.geo.CountryCode;
import lodestone.model.provenance.SourceId;

/**
 * A price floor or offtake guarantee as a dated record. Missing is never zero: a floor whose price no source states has
 * no {@link #price()}, and the note says why.
 *
 * @param id stable identifier, e.g. {@code us-dod-mp-ndpr-floor-2025}
 * @param key a short switch name for scenarios ({@code --without mp-floor}), unique across buffers
 * @param name a descriptive name
 * @param kind contract floor, offtake guarantee or border floor
 * @param scope the minerals it supports
 * @param price the floor or offtake price, if stated
 * @param volume the volume covered, if stated
 * @param termYears the term in years from the effective date, if stated
 * @param payer who pays (tops up, or buys)
 * @param beneficiary the producer or project it supports, if one is named
 * @param serves the countries whose supply it is meant to secure (the perspectives it counts for)
 * @param agreement the id of the agreement record it belongs to, if any
 * @param timeline announced, funded, in force from, last day
 * @param sources every source cited
 * @param note what the fields do not say
 */
public record PriceFloor(
        String id,
        String key,
        String name,
        FloorKind kind,
        MineralScope scope,
        Optional<Price> price,
        Optional<Volume> volume,
        Optional<Integer> termYears,
        Party payer,
        Optional<String> beneficiary,
        List<CountryCode> serves,
        Optional<String> agreement,
        Timeline timeline,
        List<SourceId> sources,
        String note)
        implements Buffer {
    public PriceFloor {
        Buffer.requireNamed("price floor", id, key, name);
        if (termYears.isPresent() && termYears.get() < 1) {
            throw new IllegalArgumentException("term (" + termYears.get() + " years) of " + id + " must be >= 1.");
        }
        serves = Guards.requireNonEmpty(serves, "price floor " + id + " must name the countries it serves.");
        sources = Guards.requireNonEmpty(sources, "price floor " + id + " must cite at least one source.");
        if (price.isEmpty() && note.isBlank()) {
            throw new IllegalArgumentException("price floor " + id + " states no price; its note must say why.");
        }
    }
}
