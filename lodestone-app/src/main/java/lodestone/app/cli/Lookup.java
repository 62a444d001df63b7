package lodestone.app.cli;

import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;

/** Resolves user input to catalogue entries, with the error messages every command shares. */
final class Lookup {
    private Lookup() {}

    static Mineral mineral(KnowledgeSnapshot snapshot, String text) {
        return snapshot.minerals()
                .resolve(text)
                .orElseThrow(() -> new UserException("mineral (" + text
                        + ") is not in the catalogue.\nMaybe run `lodestone minerals` to list the known ids."));
    }

    static Country country(KnowledgeSnapshot snapshot, String text) {
        return snapshot.countries()
                .resolve(text)
                .orElseThrow(() -> new UserException("country (" + text
                        + ") is not an ISO 3166-1 code or a known name.\nMaybe use the alpha-2 code, e.g. CN."));
    }
}
