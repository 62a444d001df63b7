package lodestone.report.risk;

import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.dependency.DependencyQuery;
import lodestone.report.dependency.DependencyView;
import org.jspecify.annotations.Nullable;

/**
 * The dependency of a perspective on imports of a mineral for any perspective the risk index takes (what
 * {@code lodestone dependency} and {@code /api/v1/dependency/{mineral}} answer). A country's is {@link
 * DependencyQuery}'s; the European Union ({@code EU}) has no net import reliance or import shares in the USGS tables,
 * so its dependency is the one the risk index scores from the EU study's sourcing shares, the risk breakdown's: the
 * same question gets the same answer in both places.
 *
 * @param mineral mineral id or name
 * @param perspective an ISO 3166-1 code or a country name, {@code EU}, or null for the default perspective
 */
public record PerspectiveDependencyQuery(
        String mineral, @Nullable String perspective) implements Query<DependencyView> {
    @Override
    public DependencyView answer(ReportContext context) {
        if (Risks.isEu(perspective)) {
            return new RiskBreakdownQuery(mineral, perspective, null, null, null)
                    .answer(context)
                    .dependency();
        }
        return new DependencyQuery(mineral, perspective).answer(context);
    }
}
