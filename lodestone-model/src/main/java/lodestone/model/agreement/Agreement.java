package lodestone.model.agreement;

import java.time.LocalDate;
import java.util.List;
import lodestone.model.Guards;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;

/**
 * An international agreement, investment or joint venture on critical minerals.
 *
 * @param id stable identifier, e.g. {@code us-au-framework-2025}
 * @param title the official title
 * @param titleVariants other titles in use, including wrong ones seen in the press
 * @param kind framework, MOU, investment, ...
 * @param parties the parties
 * @param minerals the minerals it names
 * @param signed the signing or announcement date
 * @param place where
 * @param money the amounts it names, each with qualifier and source
 * @param commitments what it commits, with deadlines
 * @param clauses price, review, enforcement and reporting clauses
 * @param projects ids of linked projects
 * @param sources every source cited
 * @param note caveats
 */
public record Agreement(
        String id,
        String title,
        List<String> titleVariants,
        AgreementKind kind,
        List<Party> parties,
        List<MineralId> minerals,
        LocalDate signed,
        String place,
        List<Money> money,
        List<Commitment> commitments,
        Clauses clauses,
        List<String> projects,
        List<SourceId> sources,
        String note) {
    public Agreement {
        Guards.requireText(id, "agreement id");
        Guards.requireText(title, "title of " + id);
        titleVariants = List.copyOf(titleVariants);
        parties = List.copyOf(parties);
        if (parties.size() < 2) {
            throw new IllegalArgumentException("agreement " + id + " must have at least two parties.");
        }
        minerals = List.copyOf(minerals);
        money = List.copyOf(money);
        commitments = List.copyOf(commitments);
        projects = List.copyOf(projects);
        sources = Guards.requireNonEmpty(sources, "agreement " + id + " must cite at least one source.");
        for (Commitment commitment : commitments) {
            if (commitment.deadline().isPresent() && commitment.deadline().get().isBefore(signed)) {
                throw new IllegalArgumentException("agreement " + id + ": a deadline ("
                        + commitment.deadline().get() + ") is before the signing date (" + signed + ").");
            }
        }
    }
}
