package lodestone.risk.eu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.chain.Stage;
import lodestone.model.mineral.MineralId;
import lodestone.risk.csv.CuratedCsv;

/**
 * The per-material inputs of the EU 2023 supply risk that the official annex tables in the store lack (assessed
 * stage, supply scope, import reliance, EOL-RIR, substitution indices, published stage SR), from the curated
 * resource {@code lodestone/risk/eu/eu-2023-sr-inputs.csv}: a third-party transcription of the 2023 final report
 * (doi:10.2873/725585), curated by Lodestone, with garbled rows excluded and suspect rows marked.
 *
 * @param mineral the Lodestone mineral
 * @param material the EU material name
 * @param stage the stage the EU assessed (the bottleneck, whose SR is the published SR)
 * @param scope which concentrations enter the SR
 * @param importReliance import reliance IR of that stage, a fraction (empty when the transcription has none)
 * @param eolRir end-of-life recycling input rate, a fraction
 * @param substitutionSr substitution index for SR (≤ 1; 1 = no substitution)
 * @param substitutionEi substitution index for EI
 * @param publishedStageSr the published SR of that stage (third-party transcription), if any
 * @param status third-party, third-party-suspect or excluded
 * @param note why a row is suspect or excluded, and other caveats
 */
public record EuInputs(
        MineralId mineral,
        String material,
        Stage stage,
        Scope scope,
        OptionalDouble importReliance,
        double eolRir,
        double substitutionSr,
        double substitutionEi,
        OptionalDouble publishedStageSr,
        String status,
        String note) {

    /** The resource the inputs are read from. */
    public static final String RESOURCE = "lodestone/risk/eu/eu-2023-sr-inputs.csv";

    /** Which concentrations enter the SR of a stage. */
    public enum Scope {
        /** Global supply and actual EU sourcing, blended by import reliance. */
        GS_EU,
        /** Global supply only. */
        GS_ONLY,
        /** EU sourcing only. */
        EU_ONLY;

        static Scope parse(String text) {
            return switch (text) {
                case "GS+EU" -> GS_EU;
                case "GSonly" -> GS_ONLY;
                case "EUonly" -> EU_ONLY;
                default -> throw new IllegalArgumentException("scope (" + text + ") must be GS+EU, GSonly or EUonly.");
            };
        }

        /** @return the label the EU study uses */
        public String label() {
            return switch (this) {
                case GS_EU -> "GS+EU";
                case GS_ONLY -> "GSonly";
                case EU_ONLY -> "EUonly";
            };
        }
    }

    public EuInputs {
        if (scope == Scope.GS_EU && importReliance.isEmpty() && !status.equals("excluded")) {
            throw new IllegalArgumentException("import reliance of " + material + " is needed for a GS+EU stage.");
        }
    }

    /** @return true unless the row is excluded as garbled */
    public boolean usable() {
        return !status.equals("excluded");
    }

    /** @return true if the research notes a likely transcription error in this row */
    public boolean suspect() {
        return status.equals("third-party-suspect");
    }

    /**
     * Parses the curated resource's text (the caller reads {@link #RESOURCE} from the classpath: this module does no
     * I/O).
     *
     * @param text the CSV text, with {@code #} comment lines and a header
     * @return every row, excluded ones included
     * @throws IllegalArgumentException if a row does not have 13 cells or a value does not parse
     */
    public static List<EuInputs> parse(String text) {
        List<EuInputs> out = new ArrayList<>();
        for (CuratedCsv.Row row : CuratedCsv.rows(RESOURCE, text, 13)) {
            List<String> cells = row.cells();
            out.add(new EuInputs(
                    MineralId.of(cells.get(0)),
                    cells.get(1),
                    Stage.parse(cells.get(2)),
                    Scope.parse(cells.get(3)),
                    number(cells.get(4)),
                    number(cells.get(5)).orElse(0),
                    number(cells.get(6)).orElse(1),
                    number(cells.get(7)).orElse(1),
                    number(cells.get(8)),
                    cells.get(11),
                    cells.get(12)));
        }
        return List.copyOf(out);
    }

    /** @return the row for a mineral, if any */
    public static Optional<EuInputs> of(List<EuInputs> all, MineralId mineral) {
        return all.stream().filter(row -> row.mineral().equals(mineral)).findFirst();
    }

    private static OptionalDouble number(String text) {
        return text.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text.trim()));
    }
}
