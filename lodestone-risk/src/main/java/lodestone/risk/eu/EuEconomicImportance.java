package lodestone.risk.eu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;

/**
 * Economic importance (EI) by the EC 2017 method, recomputed from the 2023 end-use shares:
 *
 * <pre>
 *   EI = ( Σ_s A_s · Q_s ) / Q_max × 10 × SI_EI
 * </pre>
 *
 * where A_s is the share of the material's end use allocated to the NACE Rev.2 2-digit manufacturing sector s, Q_s
 * that sector's value added (million EUR), Q_max the largest value added among the sectors of the assessment (C28,
 * machinery and equipment, in the 2023 tables) and SI_EI the substitution index for EI. The structure and the
 * normalisation by the largest sector are reconstructed from the EC documents' variables and tested against the
 * published 2023 values (see docs/methods/eu-supply-risk.md); the exact published equation could not be read.
 *
 * <p>Inputs come from the snapshot: the EU CRM 2023 end-use shares (metric end-use-share, area EU), whose note carries
 * the NACE sector and its value added as the EU table gives them ("C23 - …; sector value added EUR 64990 million"),
 * and SI_EI from {@link EuInputs}.
 */
public final class EuEconomicImportance {
    /** The note format of end-use observations: sector, then its value added in million EUR. */
    static final Pattern SECTOR = Pattern.compile("^(.*?); sector value added EUR ([0-9]+(?:\\.[0-9]+)?) million$");

    private EuEconomicImportance() {}

    /**
     * One end use of a material.
     *
     * @param application the end use as the EU table names it
     * @param sector the NACE Rev.2 sector it is allocated to
     * @param share its share of the material's use, a fraction
     * @param sectorValueAdded the sector's value added, million EUR
     * @param source the source id
     */
    public record Term(String application, String sector, double share, double sectorValueAdded, String source) {}

    /**
     * @param mineral the material
     * @param economicImportance the recomputed EI
     * @param weightedValueAdded Σ A_s · Q_s, million EUR
     * @param maxSectorValueAdded Q_max, million EUR
     * @param substitutionEi SI_EI
     * @param published the published 2023 EI, if any
     * @param terms the end uses
     */
    public record Result(
            MineralId mineral,
            double economicImportance,
            double weightedValueAdded,
            double maxSectorValueAdded,
            double substitutionEi,
            OptionalDouble published,
            List<Term> terms) {
        public Result {
            terms = List.copyOf(terms);
        }
    }

    /**
     * @param snapshot the snapshot with the EU CRM 2023 end-use shares
     * @param inputs the material's inputs (for SI_EI)
     * @return the result, or empty when the snapshot has no end-use shares with sector value added for the material
     */
    public static Optional<Result> compute(KnowledgeSnapshot snapshot, EuInputs inputs) {
        return compute(snapshot, inputs, maxSectorValueAdded(snapshot));
    }

    private static Optional<Result> compute(KnowledgeSnapshot snapshot, EuInputs inputs, double max) {
        List<Term> terms = new ArrayList<>();
        for (Observation o : snapshot.observations(inputs.mineral(), Metric.END_USE_SHARE)) {
            Matcher matcher = SECTOR.matcher(o.note());
            if (!(o.area() instanceof Area.EuropeanUnion) || o.quantity().isEmpty() || !matcher.matches()) {
                continue;
            }
            double share = o.valueOrNaN();
            double value = Double.parseDouble(matcher.group(2));
            terms.add(new Term(
                    o.series(),
                    matcher.group(1),
                    share,
                    value,
                    o.provenance().source().value()));
        }
        if (terms.isEmpty() || !(max > 0)) {
            return Optional.empty();
        }
        OptionalDouble published = snapshot.observations(inputs.mineral(), Metric.ECONOMIC_IMPORTANCE).stream()
                .filter(o -> o.period().endYear() == 2023 && o.quantity().isPresent())
                .mapToDouble(Observation::valueOrNaN)
                .findFirst();
        double weighted = weightedValueAdded(terms);
        double ei = weighted / max * 10 * inputs.substitutionEi();
        return Optional.of(new Result(inputs.mineral(), ei, weighted, max, inputs.substitutionEi(), published, terms));
    }

    /**
     * Σ A_s · Q_s, summed in the order of the terms' application and sector, not in the order a store hands the rows
     * over: the same data gives the same bits from any store.
     */
    static double weightedValueAdded(List<Term> terms) {
        List<Term> ordered = new ArrayList<>(terms);
        ordered.sort(Comparator.comparing(Term::application).thenComparing(Term::sector));
        double weighted = 0;
        for (Term t : ordered) {
            weighted += t.share() * t.sectorValueAdded();
        }
        return weighted;
    }

    /**
     * @param snapshot the snapshot
     * @param all the inputs of every material
     * @return the statistics of recomputed against published EI, over materials that have both
     */
    public static EuRecomputation.Stats recompute(KnowledgeSnapshot snapshot, List<EuInputs> all) {
        List<double[]> pairs = new ArrayList<>();
        for (EuInputs inputs : all) {
            if (inputs.usable()) {
                compute(snapshot, inputs)
                        .ifPresent(r ->
                                r.published().ifPresent(p -> pairs.add(new double[] {r.economicImportance(), p})));
            }
        }
        double[] recomputed = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] published = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return EuRecomputation.statsOf(recomputed, published);
    }

    private static double maxSectorValueAdded(KnowledgeSnapshot snapshot) {
        double max = 0;
        for (Observation o : snapshot.observations()) {
            if (o.metric() == Metric.END_USE_SHARE) {
                Matcher matcher = SECTOR.matcher(o.note());
                if (matcher.matches()) {
                    max = Math.max(max, Double.parseDouble(matcher.group(2)));
                }
            }
        }
        return max;
    }
}
