package lodestone.store.news;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a reviewer adds when promoting a news record into a draft curated record. Every field is optional: what is
 * missing is taken from the news record (its parties, minerals, date, amount) and its article (title, URL, date);
 * what neither gives is an error that names the option to pass.
 *
 * @param as {@code measure} or {@code agreement}; empty to choose from the event type
 * @param id the draft's id; empty for {@code draft-<type>-<article>-<seq>}
 * @param title the draft's title
 * @param issuer a measure's issuing country (ISO alpha-2)
 * @param kind a measure's kind (licensing, ban, quota, ...) or an agreement's kind (framework, mou, ...)
 * @param minerals mineral ids or names
 * @param targets a measure's destinations (ISO alpha-2); empty for all
 * @param parties an agreement's parties (ISO alpha-2 or organisation names)
 * @param date the announcement (measure) or signing (agreement) date
 * @param sourceUrl the URL of the article, when it was read from a file
 * @param publisher the article's publisher
 */
public record DraftRequest(
        Optional<String> as,
        Optional<String> id,
        Optional<String> title,
        Optional<String> issuer,
        Optional<String> kind,
        List<String> minerals,
        List<String> targets,
        List<String> parties,
        Optional<LocalDate> date,
        Optional<String> sourceUrl,
        Optional<String> publisher) {
    public DraftRequest {
        minerals = List.copyOf(minerals);
        targets = List.copyOf(targets);
        parties = List.copyOf(parties);
    }
}
