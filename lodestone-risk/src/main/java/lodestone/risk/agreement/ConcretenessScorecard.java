package lodestone.risk.agreement;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.Capacity;
import lodestone.model.agreement.Clauses;
import lodestone.model.agreement.Commitment;
import lodestone.model.agreement.Money;
import lodestone.model.agreement.MoneyPurpose;
import lodestone.model.agreement.MoneyQualifier;
import lodestone.model.agreement.Project;

/**
 * Scores how concrete an agreement is: whether it names firm money, deadlines, projects, volumes, a price mechanism,
 * review or enforcement, and reporting. The score is a reading aid, not a forecast: it counts what the text commits,
 * not whether it will be delivered. Every criterion's reason names the evidence, so a reader can reconstruct it.
 *
 * <h2>Rubric (11 points)</h2>
 *
 * <table>
 *   <caption>Criteria, in the order they are reported</caption>
 *   <tr><th>id</th><th>points</th><th>rule</th></tr>
 *   <tr><td>{@code firm-money}</td><td>0–2</td><td>2 if any amount that is not press-only has purpose
 *       COMMITMENT or INVESTMENT and qualifier EXACT or AT_LEAST; 1 if the only such amounts (not press-only) are
 *       UP_TO or ABOUT, or there are only FINANCING_OFFER amounts (not press-only, any qualifier); 0 otherwise.
 *       PIPELINE and UNSPECIFIED amounts never count. Press-only amounts never count but are named in the
 *       reason.</td></tr>
 *   <tr><td>{@code deadlines}</td><td>0–2</td><td>the number of commitments with a deadline, capped at 2.</td></tr>
 *   <tr><td>{@code named-projects}</td><td>0–2</td><td>the number of distinct linked project ids found in the
 *       project records, capped at 2. Ids not on record are named in the reason and not counted.</td></tr>
 *   <tr><td>{@code volumes}</td><td>0–1</td><td>1 if any linked project on record has a capacity, or any
 *       commitment's text mentions offtake ("offtake" or "off-take", any case).</td></tr>
 *   <tr><td>{@code price-mechanism}</td><td>0–1</td><td>1 if the clauses record a price mechanism.</td></tr>
 *   <tr><td>{@code review-or-enforcement}</td><td>0–2</td><td>1 if the clauses record a review clause; plus 1 if
 *       they record an enforcement clause that does not say the text is non-binding ("non-binding", "not legally
 *       binding" or "not binding", any case).</td></tr>
 *   <tr><td>{@code reporting}</td><td>0–1</td><td>1 if the clauses record reporting duties, or any commitment's
 *       text mentions a periodic meeting or report: "meeting", "ministerial", "quarterly" or "report" (any case;
 *       "reported" does not count, since curated texts use it for the source: "reported by an aggregator").</td></tr>
 * </table>
 *
 * <p>The fraction is points / 11. Amounts are compared as the text states them: no currency conversion and no
 * threshold on size.
 */
public final class ConcretenessScorecard {
    /** Criterion id: money committed or invested. */
    public static final String FIRM_MONEY = "firm-money";
    /** Criterion id: commitments with a deadline. */
    public static final String DEADLINES = "deadlines";
    /** Criterion id: linked projects on record. */
    public static final String NAMED_PROJECTS = "named-projects";
    /** Criterion id: capacities or offtake volumes. */
    public static final String VOLUMES = "volumes";
    /** Criterion id: a price floor or other price mechanism. */
    public static final String PRICE_MECHANISM = "price-mechanism";
    /** Criterion id: review clause and binding enforcement. */
    public static final String REVIEW_OR_ENFORCEMENT = "review-or-enforcement";
    /** Criterion id: reporting duties or periodic meetings. */
    public static final String REPORTING = "reporting";
    /** The most points the rubric gives. */
    public static final int MAX_POINTS = 11;

    private static final Pattern NON_BINDING =
            Pattern.compile("non-binding|not legally binding|not binding", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFTAKE = Pattern.compile("off-?take", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIODIC =
            Pattern.compile("meeting|ministerial|quarterly|report(?!ed)", Pattern.CASE_INSENSITIVE);

    private ConcretenessScorecard() {}

    /**
     * Scores an agreement with the rubric in the class documentation.
     *
     * @param agreement the agreement
     * @param projectsById the project records by id, for the linked projects and their capacities
     * @return the scorecard, criteria in rubric order
     * @throws NullPointerException if an argument is null
     */
    public static Scorecard score(Agreement agreement, Map<String, Project> projectsById) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(projectsById, "projectsById");
        List<Project> linked = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : new LinkedHashSet<>(agreement.projects())) {
            Project project = projectsById.get(id);
            if (project == null) {
                unknown.add(id);
            } else {
                linked.add(project);
            }
        }
        return Scorecard.of(
                agreement.id(),
                List.of(
                        firmMoney(agreement.money()),
                        deadlines(agreement.commitments()),
                        namedProjects(linked, unknown),
                        volumes(linked, agreement.commitments()),
                        priceMechanism(agreement.clauses()),
                        reviewOrEnforcement(agreement.clauses()),
                        reporting(agreement.clauses(), agreement.commitments())));
    }

    private static Scorecard.Criterion firmMoney(List<Money> money) {
        if (money.isEmpty()) {
            return new Scorecard.Criterion(FIRM_MONEY, "Firm money", 0, 2, "no amount in the text");
        }
        Set<MoneyPurpose> committed = Set.of(MoneyPurpose.COMMITMENT, MoneyPurpose.INVESTMENT);
        Set<MoneyQualifier> firmQualifiers = Set.of(MoneyQualifier.EXACT, MoneyQualifier.AT_LEAST);
        List<Money> official = money.stream().filter(m -> !m.pressOnly()).toList();
        List<Money> firm =
                select(official, m -> committed.contains(m.purpose()) && firmQualifiers.contains(m.qualifier()));
        List<Money> soft = select(
                official,
                m -> (committed.contains(m.purpose()) && !firmQualifiers.contains(m.qualifier()))
                        || m.purpose() == MoneyPurpose.FINANCING_OFFER);
        List<Money> pressOnly = select(money, Money::pressOnly);
        List<Money> neverCounted =
                select(official, m -> m.purpose() == MoneyPurpose.PIPELINE || m.purpose() == MoneyPurpose.UNSPECIFIED);
        List<String> parts = new ArrayList<>();
        int points;
        if (!firm.isEmpty()) {
            points = 2;
            parts.add("firm: " + describeAll(firm));
        } else if (!soft.isEmpty()) {
            points = 1;
            parts.add("only ceilings, approximate amounts or offers: " + describeAll(soft));
        } else {
            points = 0;
            parts.add("no committed or invested amount outside the press");
        }
        if (!pressOnly.isEmpty()) {
            parts.add("not counted, press-only: " + describeAll(pressOnly));
        }
        if (!neverCounted.isEmpty()) {
            parts.add("not counted, pipeline or unspecified: " + describeAll(neverCounted));
        }
        return new Scorecard.Criterion(FIRM_MONEY, "Firm money", points, 2, String.join(". ", parts));
    }

    private static Scorecard.Criterion deadlines(List<Commitment> commitments) {
        List<Commitment> dated = select(commitments, c -> c.deadline().isPresent());
        String reason;
        if (commitments.isEmpty()) {
            reason = "no commitment in the text";
        } else if (dated.isEmpty()) {
            reason = "no commitment states a deadline";
        } else {
            List<String> items = new ArrayList<>();
            dated.forEach(c -> items.add(c.deadline().orElseThrow() + " " + quote(c.text())));
            reason = count(dated.size(), "commitment") + " with a deadline: " + String.join("; ", items);
        }
        return new Scorecard.Criterion(DEADLINES, "Deadlines", Math.min(2, dated.size()), 2, reason);
    }

    private static Scorecard.Criterion namedProjects(List<Project> linked, List<String> unknown) {
        List<String> parts = new ArrayList<>();
        if (linked.isEmpty()) {
            parts.add(unknown.isEmpty() ? "no linked project" : "no linked project on record");
        } else {
            parts.add(count(linked.size(), "linked project") + " on record: "
                    + String.join(", ", linked.stream().map(Project::id).toList()));
        }
        if (!unknown.isEmpty()) {
            parts.add("not on record, not counted: " + String.join(", ", unknown));
        }
        return new Scorecard.Criterion(
                NAMED_PROJECTS, "Named projects", Math.min(2, linked.size()), 2, String.join(". ", parts));
    }

    private static Scorecard.Criterion volumes(List<Project> linked, List<Commitment> commitments) {
        List<String> capacities = linked.stream()
                .flatMap(project -> project.capacity().stream()
                        .map(capacity -> "capacity of " + project.id() + ": " + describe(capacity)))
                .toList();
        return onePointIfAny(
                VOLUMES,
                "Volumes",
                capacities,
                mentions(commitments, OFFTAKE, "offtake"),
                "no linked project on record states a capacity and no commitment mentions offtake");
    }

    private static Scorecard.Criterion priceMechanism(Clauses clauses) {
        return clauses.priceMechanism()
                .map(text -> new Scorecard.Criterion(
                        PRICE_MECHANISM, "Price mechanism", 1, 1, "price mechanism: " + quote(text)))
                .orElseGet(() -> new Scorecard.Criterion(
                        PRICE_MECHANISM, "Price mechanism", 0, 1, "no price mechanism in the text"));
    }

    private static Scorecard.Criterion reviewOrEnforcement(Clauses clauses) {
        int points = 0;
        List<String> parts = new ArrayList<>();
        if (clauses.review().isPresent()) {
            points++;
            parts.add("review: " + quote(clauses.review().get()));
        } else {
            parts.add("no review clause");
        }
        Optional<String> enforcement = clauses.enforcement();
        if (enforcement.isEmpty()) {
            parts.add("no enforcement clause");
        } else if (NON_BINDING.matcher(enforcement.get()).find()) {
            parts.add("enforcement says the text is non-binding, not counted: " + quote(enforcement.get()));
        } else {
            points++;
            parts.add("enforcement: " + quote(enforcement.get()));
        }
        return new Scorecard.Criterion(
                REVIEW_OR_ENFORCEMENT, "Review or enforcement", points, 2, String.join(". ", parts));
    }

    private static Scorecard.Criterion reporting(Clauses clauses, List<Commitment> commitments) {
        return onePointIfAny(
                REPORTING,
                "Reporting",
                clauses.reporting().map(text -> "reporting: " + quote(text)).stream()
                        .toList(),
                mentions(commitments, PERIODIC, "periodic meeting or report"),
                "no reporting clause and no commitment mentions a meeting, ministerial, quarterly or report");
    }

    /**
     * @param commitments the commitments
     * @param pattern what a commitment's text must mention
     * @param what what the pattern finds, for the evidence, e.g. "offtake"
     * @return one line of evidence per commitment that mentions it, in order
     */
    private static List<String> mentions(List<Commitment> commitments, Pattern pattern, String what) {
        return commitments.stream()
                .filter(commitment -> pattern.matcher(commitment.text()).find())
                .map(commitment -> what + " in a commitment: " + quote(commitment.text()))
                .toList();
    }

    /**
     * @param found the evidence in the agreement's own records (its clauses, its linked projects)
     * @param mentioned the commitments that mention the criterion ({@link #mentions})
     * @return a one-point criterion: the point if there is any evidence (joined, the records' first), else none with
     *     the reason given
     */
    private static Scorecard.Criterion onePointIfAny(
            String id, String name, List<String> found, List<String> mentioned, String none) {
        List<String> evidence = new ArrayList<>(found);
        evidence.addAll(mentioned);
        return evidence.isEmpty()
                ? new Scorecard.Criterion(id, name, 0, 1, none)
                : new Scorecard.Criterion(id, name, 1, 1, String.join("; ", evidence));
    }

    private static <T> List<T> select(List<T> items, Predicate<T> filter) {
        return items.stream().filter(filter).toList();
    }

    private static String describeAll(List<Money> money) {
        return String.join(
                "; ", money.stream().map(ConcretenessScorecard::describe).toList());
    }

    /**
     * @param money an amount
     * @return e.g. "at least USD 1,000,000,000 from each government (commitment, at-least, source
     *     au-embassy-critical-minerals)"
     */
    static String describe(Money money) {
        StringBuilder text = new StringBuilder();
        text.append(
                switch (money.qualifier()) {
                    case EXACT -> "";
                    case UP_TO -> "up to ";
                    case AT_LEAST -> "at least ";
                    case ABOUT -> "about ";
                });
        text.append(money.currency()).append(' ').append(format(money.amount()));
        if (!money.payer().isBlank()) {
            text.append(" from ").append(money.payer());
        }
        text.append(" (")
                .append(money.purpose().id())
                .append(", ")
                .append(money.qualifier().id());
        if (money.pressOnly()) {
            text.append(", press-only");
        }
        text.append(", ")
                .append(money.source().map(source -> "source " + source).orElse("no source"))
                .append(')');
        return text.toString();
    }

    private static String describe(Capacity capacity) {
        return format(capacity.tonnesPerYear()) + " t/yr " + capacity.mineral() + " (" + capacity.description()
                + ", source " + capacity.source() + ")";
    }

    /** @return the number with thousands separators and at most two decimals, e.g. "1,000,000,000" */
    static String format(double value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
