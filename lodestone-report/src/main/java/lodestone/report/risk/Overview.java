package lodestone.report.risk;

import java.time.LocalDate;
import java.util.List;
import lodestone.report.policy.MeasureView;

/**
 * The dashboard's overview: the critical minerals ranked by the Lodestone index for the default perspective, with
 * China's share and the HHI of the preferred mining and processing sets, and the measures in force.
 *
 * @param today the date
 * @param ranking how the rows are ranked, in words
 * @param rows the minerals, ranked
 * @param inForce the measures that bind today
 */
public record Overview(LocalDate today, String ranking, List<Row> rows, List<MeasureView> inForce) {
    public Overview {
        rows = List.copyOf(rows);
        inForce = List.copyOf(inForce);
    }

    /**
     * One mineral.
     *
     * @param id mineral id
     * @param name name
     * @param lists list ids
     * @param components the score's components C, D, M, A (fractions), in that order
     * @param miningChina China's share of the preferred mining set, or null
     * @param miningHhi its HHI (0–10,000), or null
     * @param miningBasis its series, period and sources
     * @param processingChina China's share of the preferred processing set, or null
     * @param processingHhi its HHI, or null
     * @param processingBasis its series, period and sources
     * @param rankScore the Lodestone supply-risk score the rows are ranked by, in [0, 100]
     */
    public record Row(
            String id,
            String name,
            List<String> lists,
            List<Double> components,
            Double miningChina,
            Double miningHhi,
            String miningBasis,
            Double processingChina,
            Double processingHhi,
            String processingBasis,
            double rankScore) {}
}
