package lodestone.app.view;

import lodestone.model.provenance.Source;

/**
 * A source as shown next to a number.
 *
 * @param id source id
 * @param publisher publisher
 * @param title title
 * @param url where to read it, or null
 * @param doi DOI, or null
 * @param tier trust tier
 * @param licence licence
 * @param attribution the credit line
 * @param edition the edition of a recurring publication, e.g. mcs-2026, or null
 */
public record SourceView(
        String id,
        String publisher,
        String title,
        String url,
        String doi,
        String tier,
        String licence,
        String attribution,
        String edition) {

    public static SourceView of(Source source) {
        return new SourceView(
                source.id().value(),
                source.publisher(),
                source.title(),
                source.url().orElse(null),
                source.doi().orElse(null),
                source.tier().id(),
                source.licence(),
                source.attribution(),
                source.edition().map(lodestone.model.provenance.Edition::id).orElse(null));
    }
}
