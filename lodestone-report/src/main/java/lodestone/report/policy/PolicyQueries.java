package lodestone.report.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.Project;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.MeasureState;
import lodestone.model.policy.TradeMeasure;
import lodestone.risk.agreement.DeliveryOutlook;
import org.jspecify.annotations.Nullable;

/** The selections the policy queries and the pages share: measures on a date with filters, agreements, outlooks. */
public final class PolicyQueries {
    private PolicyQueries() {}

    /**
     * Measures announced on or before a date, matching the filters, oldest first; drafts promoted from news are included
     * and marked ({@link MeasureView#draft()}).
     *
     * @param snapshot the snapshot
     * @param on the date of the statuses
     * @param mineral only measures covering it (directly or through a group they name), or null
     * @param issuer only measures issued by it, or null
     * @param target only measures covering exports to it, or null
     * @return the views
     */
    public static List<MeasureView> measures(
            KnowledgeSnapshot snapshot,
            LocalDate on,
            @Nullable Mineral mineral,
            @Nullable Country issuer,
            @Nullable Country target) {
        return java.util.stream.Stream.concat(
                        snapshot.policy().measures().stream(), snapshot.policy().drafts().measures().stream())
                .filter(m -> mineral == null || covers(snapshot, m.minerals(), mineral.id()))
                .filter(m -> issuer == null || m.issuer().equals(issuer.code()))
                .filter(m -> target == null || m.targets().covers(target.code()))
                .filter(m -> m.status(on).state() != MeasureState.NOT_YET_ANNOUNCED)
                .sorted(Comparator.comparing(
                                (TradeMeasure m) -> m.events().get(0).date())
                        .thenComparing(TradeMeasure::id))
                .map(m -> MeasureView.of(snapshot, m, on))
                .toList();
    }

    /**
     * Agreements matching the filters, oldest first.
     *
     * @param snapshot the snapshot
     * @param on the date for deadlines
     * @param party only agreements with a party of this country, or null
     * @param mineral only agreements naming it (directly or through a group), or null
     * @return the views
     */
    public static List<AgreementView> agreements(
            KnowledgeSnapshot snapshot, LocalDate on, @Nullable Country party, @Nullable Mineral mineral) {
        return snapshot.policy().agreements().stream()
                .filter(a -> party == null
                        || a.parties().stream().anyMatch(p -> p.country().equals(Optional.of(party.code()))))
                .filter(a -> mineral == null || covers(snapshot, a.minerals(), mineral.id()))
                .sorted(Comparator.comparing(Agreement::signed).thenComparing(Agreement::id))
                .map(a -> AgreementView.of(snapshot, a, on))
                .toList();
    }

    /**
     * The delivery outlook of every recorded project producing a mineral.
     *
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @param fromYear first year
     * @param toYear last year
     * @return the outlook view
     */
    public static OutlookView outlook(KnowledgeSnapshot snapshot, MineralId mineral, int fromYear, int toYear) {
        List<Project> projects = snapshot.policy().projects().stream()
                .filter(p -> p.minerals().contains(mineral)
                        || p.capacity().map(c -> c.mineral().equals(mineral)).orElse(false))
                .toList();
        return OutlookView.of(DeliveryOutlook.forMineral(snapshot, mineral, projects, fromYear, toYear));
    }

    /**
     * The delivery outlook, per mineral of their capacity, of the projects an agreement links.
     *
     * @param snapshot the snapshot
     * @param agreement the agreement
     * @param fromYear first year
     * @param toYear last year
     * @return one outlook per mineral, in id order
     */
    public static List<OutlookView> outlooks(
            KnowledgeSnapshot snapshot, Agreement agreement, int fromYear, int toYear) {
        List<Project> linked = linked(snapshot, agreement);
        return linked.stream()
                .flatMap(p -> p.capacity().stream())
                .map(c -> c.mineral())
                .distinct()
                .sorted()
                .map(mineral -> OutlookView.of(DeliveryOutlook.forMineral(snapshot, mineral, linked, fromYear, toYear)))
                .toList();
    }

    /**
     * The delivery outlook of one mineral's capacity among the projects an agreement links: the outlook of that mineral
     * in {@link #outlooks}.
     *
     * @param snapshot the snapshot
     * @param agreement the agreement
     * @param mineral the mineral
     * @param fromYear first year
     * @param toYear last year
     * @return the outlook (without years of added capacity if none of its projects has capacity of this mineral)
     */
    public static OutlookView outlook(
            KnowledgeSnapshot snapshot, Agreement agreement, MineralId mineral, int fromYear, int toYear) {
        return OutlookView.of(
                DeliveryOutlook.forMineral(snapshot, mineral, linked(snapshot, agreement), fromYear, toYear));
    }

    private static List<Project> linked(KnowledgeSnapshot snapshot, Agreement agreement) {
        Map<String, Project> projects = snapshot.policy().projectsById();
        return agreement.projects().stream()
                .filter(projects::containsKey)
                .map(projects::get)
                .toList();
    }

    /** A list names a mineral directly, or names a group that has it as a member. */
    static boolean covers(KnowledgeSnapshot snapshot, List<MineralId> named, MineralId mineral) {
        return named.contains(mineral)
                || named.stream()
                        .map(id -> snapshot.minerals().require(id))
                        .anyMatch(group -> group.members().contains(mineral));
    }
}
