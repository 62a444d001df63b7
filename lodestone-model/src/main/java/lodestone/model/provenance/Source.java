package lodestone.model.provenance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lodestone.model.Guards;

/**
 * A publication that numbers come from.
 *
 * @param id stable identifier
 * @param publisher who published it, e.g. "U.S. Geological Survey"
 * @param title the title as published
 * @param url where to read it
 * @param doi the DOI without the resolver prefix, e.g. "10.5066/P13XCP3R"
 * @param published publication date
 * @param licence licence or terms, e.g. "U.S. public domain", "CC BY 4.0"
 * @param attribution the credit line to show wherever its numbers are shown
 * @param tier how much it is trusted
 * @param edition the edition of a recurring publication this source is (USGS MCS 2025, MCS 2026, ...), if it is one;
 *     the data years of its numbers are the observations' periods
 */
public record Source(
        SourceId id,
        String publisher,
        String title,
        Optional<String> url,
        Optional<String> doi,
        Optional<LocalDate> published,
        String licence,
        String attribution,
        SourceTier tier,
        Optional<Edition> edition) {

    public Source {
        Objects.requireNonNull(id, "id");
        Guards.requireText(publisher, "publisher of source " + id);
        Guards.requireText(title, "title of source " + id);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(published, "published");
        Guards.requireText(licence, "licence of source " + id);
        Guards.requireText(attribution, "attribution of source " + id);
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(edition, "edition");
        if (url.isEmpty() && doi.isEmpty()) {
            throw new IllegalArgumentException("source " + id + " needs a URL or a DOI so readers can find it.");
        }
    }

    /**
     * @param edition the edition
     * @return this source marked as that edition
     */
    public Source withEdition(Edition edition) {
        return new Source(id, publisher, title, url, doi, published, licence, attribution, tier, Optional.of(edition));
    }
}
