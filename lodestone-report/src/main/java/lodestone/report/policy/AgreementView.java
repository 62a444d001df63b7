package lodestone.report.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.Commitment;
import lodestone.model.agreement.ConflictingFigure;
import lodestone.model.agreement.Money;
import lodestone.model.agreement.Party;
import lodestone.model.agreement.Project;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.report.source.SourceView;
import lodestone.report.table.Cell;
import lodestone.report.table.Column;
import lodestone.report.table.Unit;
import lodestone.risk.agreement.ConcretenessScorecard;
import lodestone.risk.agreement.Scorecard;
import org.jspecify.annotations.Nullable;

/**
 * An agreement with what it commits, its concreteness scorecard and its linked projects.
 *
 * @param id agreement id
 * @param title official title
 * @param titleVariants other titles in use
 * @param kind framework, mou, ...
 * @param parties the parties
 * @param minerals mineral ids
 * @param signed signing date
 * @param place where
 * @param money the amounts, each with qualifier, purpose, press-only flag and source
 * @param commitments the commitments, each with deadline and whether it has passed on the date asked
 * @param clauses price mechanism, review, enforcement, reporting (null where the text says nothing)
 * @param scorecard the concreteness scorecard with a reason per criterion
 * @param projects the linked projects
 * @param sources the sources
 * @param note caveats
 */
public record AgreementView(
        String id,
        String title,
        List<String> titleVariants,
        String kind,
        List<String> parties,
        List<String> minerals,
        LocalDate signed,
        String place,
        List<MoneyView> money,
        List<CommitmentView> commitments,
        Map<String, @Nullable String> clauses,
        Scorecard scorecard,
        List<ProjectView> projects,
        List<SourceView> sources,
        String note) {

    /** Scorecard points: the table shows them out of the maximum. */
    private static final Unit POINTS = Unit.dimensionless("points of the agreement scorecard, out of its maximum");

    /** The columns of an agreement in a listing. */
    public static final List<Column<AgreementView>> COLUMNS = List.of(
            Column.of("id", "ID", AgreementView::id),
            Column.of("kind", "KIND", AgreementView::kind),
            Column.of("signed", "SIGNED", AgreementView::signed),
            Column.of("parties", "PARTIES", AgreementView::parties),
            Column.of("minerals", null, AgreementView::minerals),
            Column.<AgreementView>of("score", "SCORE", a -> a.scorecard().points())
                    .in(POINTS)
                    .shownAs(a -> a.scorecard().points() + "/" + a.scorecard().maxPoints()),
            Column.<AgreementView>of("max_score", null, a -> a.scorecard().maxPoints())
                    .in(POINTS),
            Column.<AgreementView>of("projects", "PROJECTS", a -> a.projects().size())
                    .in(Unit.COUNT),
            Column.of("title", "TITLE", AgreementView::title));

    /** The columns of a scorecard criterion. */
    public static final List<Column<Scorecard.Criterion>> CRITERION_COLUMNS = List.of(
            Column.of("criterion", null, Scorecard.Criterion::id),
            Column.of(null, "CRITERION", Scorecard.Criterion::name),
            Column.of("points", "POINTS", Scorecard.Criterion::points)
                    .in(POINTS)
                    .shownAs(c -> c.points() + "/" + c.maxPoints()),
            Column.of("max_points", null, Scorecard.Criterion::maxPoints).in(POINTS),
            Column.of("reason", "REASON", Scorecard.Criterion::reason));

    /**
     * @param amount amount in {@code currency}
     * @param currency ISO 4217 code
     * @param qualifier exact, up-to, at-least, about
     * @param purpose commitment, investment, financing-offer, pipeline, unspecified
     * @param payer who pays
     * @param pressOnly true if only the press reports it
     * @param source source id, or null
     * @param note context
     */
    public record MoneyView(
            @Cell(
                    dimensionless = "money in the currency its row names in the currency column",
                    style = Cell.Style.QUANTITY)
            double amount,

            String currency,
            String qualifier,
            String purpose,
            String payer,
            boolean pressOnly,
            @Nullable String source,
            String note) {
        static MoneyView of(Money money) {
            return new MoneyView(
                    money.amount(),
                    money.currency(),
                    money.qualifier().id(),
                    money.purpose().id(),
                    money.payer(),
                    money.pressOnly(),
                    money.source().map(s -> s.value()).orElse(null),
                    money.note());
        }
    }

    /**
     * @param text the commitment
     * @param deadline its deadline, or null
     * @param deadlinePassed true if the deadline is before the date asked
     * @param source source id
     */
    public record CommitmentView(String text, @Nullable LocalDate deadline, boolean deadlinePassed, String source) {
        static CommitmentView of(Commitment commitment, LocalDate on) {
            return new CommitmentView(
                    commitment.text(),
                    commitment.deadline().orElse(null),
                    commitment.deadline().map(on::isAfter).orElse(false),
                    commitment.source().value());
        }
    }

    /**
     * @param id project id
     * @param name name
     * @param country ISO alpha-2
     * @param operator operator
     * @param minerals mineral ids
     * @param stage stage id
     * @param capacityTonnesPerYear capacity in t/yr, or null
     * @param capacityBasis what the capacity counts, or null
     * @param capacitySource source of the capacity, or null
     * @param status status as last reported
     * @param parameters the outlook parameters, each sourced or assumed with its rationale
     * @param conflictingFigures figures on which sources disagree
     * @param sources source ids
     * @param note caveats
     */
    public record ProjectView(
            String id,
            String name,
            String country,
            String operator,
            List<String> minerals,
            String stage,
            @Nullable Double capacityTonnesPerYear,
            @Nullable String capacityBasis,
            @Nullable String capacitySource,
            String status,
            List<String> parameters,
            List<ConflictView> conflictingFigures,
            List<String> sources,
            String note) {
        static ProjectView of(Project project) {
            List<String> parameters = new java.util.ArrayList<>();
            project.startYear().ifPresent(e -> parameters.add(describe("start year", e)));
            project.rampUpYears().ifPresent(e -> parameters.add(describe("ramp-up years", e)));
            project.probability().ifPresent(e -> parameters.add(describe("probability of delivery", e)));
            return new ProjectView(
                    project.id(),
                    project.name(),
                    project.country().value(),
                    project.operator(),
                    project.minerals().stream().map(MineralId::value).toList(),
                    project.stage().id(),
                    project.capacity().map(c -> c.tonnesPerYear()).orElse(null),
                    project.capacity().map(c -> c.description()).orElse(null),
                    project.capacity().map(c -> c.source().value()).orElse(null),
                    project.status(),
                    parameters,
                    project.conflicts().stream().map(ConflictView::of).toList(),
                    project.sources().stream().map(s -> s.value()).toList(),
                    project.note());
        }

        private static String describe(String name, lodestone.model.agreement.Estimate estimate) {
            return name + " " + new java.text.DecimalFormat("0.###").format(estimate.value()) + " ("
                    + (estimate.assumption()
                            ? "assumption"
                            : "sourced from " + estimate.source().orElseThrow())
                    + ": " + estimate.rationale() + ")";
        }
    }

    /**
     * @param field what the figures are of
     * @param values each figure with its source, e.g. "1.4 Mt WO3 (theenergydata-cove)"
     */
    public record ConflictView(String field, List<String> values) {
        static ConflictView of(ConflictingFigure figure) {
            return new ConflictView(
                    figure.field(),
                    figure.values().stream()
                            .map(v -> v.value() + " (" + v.source() + (v.note().isEmpty() ? "" : "; " + v.note()) + ")")
                            .toList());
        }
    }

    /**
     * @param snapshot the knowledge
     * @param agreement an agreement
     * @param on the date deadlines are judged on
     * @return its view with the scorecard
     */
    public static AgreementView of(KnowledgeSnapshot snapshot, Agreement agreement, LocalDate on) {
        Map<String, Project> projects = snapshot.policy().projectsById();
        Map<String, String> clauses = new java.util.LinkedHashMap<>();
        clauses.put("priceMechanism", agreement.clauses().priceMechanism().orElse(null));
        clauses.put("review", agreement.clauses().review().orElse(null));
        clauses.put("enforcement", agreement.clauses().enforcement().orElse(null));
        clauses.put("reporting", agreement.clauses().reporting().orElse(null));
        return new AgreementView(
                agreement.id(),
                agreement.title(),
                agreement.titleVariants(),
                agreement.kind().id(),
                agreement.parties().stream().map(Party::label).toList(),
                agreement.minerals().stream().map(MineralId::value).toList(),
                agreement.signed(),
                agreement.place(),
                agreement.money().stream().map(MoneyView::of).toList(),
                agreement.commitments().stream()
                        .map(c -> CommitmentView.of(c, on))
                        .toList(),
                clauses,
                ConcretenessScorecard.score(agreement, projects),
                agreement.projects().stream()
                        .map(projects::get)
                        .filter(Objects::nonNull)
                        .map(ProjectView::of)
                        .toList(),
                agreement.sources().stream()
                        .map(id -> SourceView.of(snapshot.source(id)))
                        .toList(),
                agreement.note());
    }
}
