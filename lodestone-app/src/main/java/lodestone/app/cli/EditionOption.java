package lodestone.app.cli;

import java.util.Locale;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.store.db.LodestoneStore;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --edition} option of the commands that show published data: which edition of USGS MCS to show. */
final class EditionOption {
    @Option(
            names = "--edition",
            paramLabel = "EDITION",
            defaultValue = "latest",
            converter = Converter.class,
            description = "Edition of a recurring publication to show: latest (default: the newest edition of each"
                    + " data year, e.g. 2025 and the revised 2024 from USGS MCS 2026, 2020 from MCS 2025) or one"
                    + " edition, e.g. mcs-2025 or mcs-2026. Every edition stays in the store; see lodestone diff.")
    EditionChoice choice;

    /**
     * @param store the store options
     * @return the knowledge base with the chosen editions, the database file closed again
     */
    KnowledgeSnapshot snapshot(StoreOptions store) {
        try (LodestoneStore opened = store.open()) {
            return opened.snapshot(choice);
        }
    }

    /**
     * @param editions the ids of the editions the output cites
     * @return a line naming them, e.g. "Editions: mcs-2025, mcs-2026 (latest edition of each data year)", or "" when
     *     there are none
     */
    String describe(java.util.Collection<String> editions) {
        if (editions.isEmpty()) {
            return "";
        }
        return "Editions: " + String.join(", ", new java.util.TreeSet<>(editions)) + " (" + choice.description() + ")";
    }

    /** Accepts latest or an edition id such as mcs-2025, in any case. */
    static final class Converter implements ITypeConverter<EditionChoice> {
        @Override
        public EditionChoice convert(String value) {
            if (value.trim().toLowerCase(Locale.ROOT).equals("all")) {
                throw new TypeConversionException("edition (all) would show every revision twice; use lodestone diff"
                        + " to compare editions, or name one edition such as mcs-2025.");
            }
            try {
                return EditionChoice.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
