package lodestone.report.policy;

import java.util.List;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.Project;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.table.Cell;
import lodestone.report.table.Listing;
import org.jspecify.annotations.Nullable;

/**
 * The projects on record (mines, plants and factories that agreements support), in the order recorded, optionally only
 * those in one country or producing one mineral.
 *
 * @param country only projects located in this country, ISO code or name; or null for every country
 * @param mineral only projects producing this mineral (or a group it belongs to), id or name; or null for every
 *     mineral
 */
public record ProjectsQuery(
        @Nullable String country, @Nullable String mineral) implements Query<Listing<ProjectsQuery.Row>> {
    /**
     * One project.
     *
     * @param id project id
     * @param name name
     * @param country where it is, ISO alpha-2
     * @param operator who runs it
     * @param minerals the minerals it produces, ids
     * @param stage its supply-chain stage
     * @param capacityTonnesPerYear its planned capacity in tonnes per year, or null if none is sourced
     * @param capacityBasis what the capacity counts (e.g. "TREO"), or null
     * @param capacitySource the source of the capacity, or null
     * @param status its status as last reported, with the date in the text
     * @param agreements the ids of the agreements that link it
     * @param sources every source it cites
     */
    public record Row(
            String id,
            String name,
            String country,
            String operator,
            List<String> minerals,
            String stage,

            @Cell(value = "CAPACITY", csv = "capacity_t_per_yr", unit = "t/yr", style = Cell.Style.QUANTITY) @Nullable
            Double capacityTonnesPerYear,

            @Cell(table = false) @Nullable String capacityBasis,
            @Cell(table = false) @Nullable String capacitySource,
            String status,
            List<String> agreements,
            @Cell(table = false) List<String> sources) {
        public Row {
            minerals = List.copyOf(minerals);
            agreements = List.copyOf(agreements);
            sources = List.copyOf(sources);
        }
    }

    @Override
    public Listing<Row> answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        String iso = country == null
                ? null
                : Lookup.country(snapshot, country, "country").code().value();
        MineralId only = mineral == null
                ? null
                : Lookup.mineral(snapshot, mineral, "mineral").id();
        List<Agreement> agreements = snapshot.policy().agreements();
        return Listing.of(
                snapshot.policy().projects().stream()
                        .filter(p -> iso == null || p.country().value().equals(iso))
                        .filter(p -> only == null || produces(snapshot, p, only))
                        .map(p -> row(p, agreements))
                        .toList(),
                Row.class);
    }

    private static boolean produces(KnowledgeSnapshot snapshot, Project project, MineralId mineral) {
        return PolicyQueries.covers(snapshot, project.minerals(), mineral)
                || project.capacity().map(c -> c.mineral().equals(mineral)).orElse(false);
    }

    private static Row row(Project project, List<Agreement> agreements) {
        AgreementView.ProjectView view = AgreementView.ProjectView.of(project);
        return new Row(
                view.id(),
                view.name(),
                view.country(),
                view.operator(),
                view.minerals(),
                view.stage(),
                view.capacityTonnesPerYear(),
                view.capacityBasis(),
                view.capacitySource(),
                view.status(),
                agreements.stream()
                        .filter(a -> a.projects().contains(project.id()))
                        .map(Agreement::id)
                        .toList(),
                view.sources());
    }
}
