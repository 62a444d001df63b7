package lodestone.model.buffer;

import java.util.List;
import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.agreement.Money;
import lodestone.model.agreement.Party;
import lodestone.model.geo.CountryCode;
import lodestone.model.provenance.SourceId;

/**
 * A stockpile or strategic reserve of critical minerals as a dated record.
 *
 * @param id stable identifier, e.g. {@code us-project-vault-2026}
 * @param key a short switch name for scenarios ({@code --without vault}), unique across buffers
 * @param name the official or best-known name
 * @param owner who holds or runs it
 * @param serves the countries whose supply it buffers (the perspectives it counts for)
 * @param scope the minerals it covers
 * @param target what it aims to hold, if stated
 * @param funding the money behind it, each amount with qualifier and source
 * @param timeline announced, funded, in force from, last day
 * @param sources every source cited
 * @param note what the fields do not say (design caveats, conflicting figures)
 */
public record Stockpile(
        String id,
        String key,
        String name,
        Party owner,
        List<CountryCode> serves,
        MineralScope scope,
        Optional<StockTarget> target,
        List<Money> funding,
        Timeline timeline,
        List<SourceId> sources,
        String note)
        implements Buffer {
    public Stockpile {
        Buffer.requireNamed("stockpile", id, key, name);
        serves = Guards.requireNonEmpty(serves, "stockpile " + id + " must name the countries it serves.");
        funding = List.copyOf(funding);
        sources = Guards.requireNonEmpty(sources, "stockpile " + id + " must cite at least one source.");
    }
}
