package lodestone.risk.agreement;

import static lodestone.risk.agreement.AgreementFixture.GALLIUM;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import lodestone.model.agreement.Project;
import lodestone.model.knowledge.KnowledgeSnapshot;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the delivery outlook, over random project sets (QuickTheories, fixed seeds). */
class DeliveryOutlookPropertiesTest {
    private static final KnowledgeSnapshot SNAPSHOT = AgreementFixture.snapshot();
    private static final int FROM = 2020;
    private static final int TO = 2045;
    private static final int EXAMPLES = 300;

    /** The parameters of one gallium processing project. */
    private record Spec(double probability, double tonnesPerYear, int startYear, double rampUpYears) {
        Project project(String id) {
            return AgreementFixture.gallium(id, probability, tonnesPerYear, startYear, rampUpYears);
        }

        Spec withProbability(double p) {
            return new Spec(p, tonnesPerYear, startYear, rampUpYears);
        }
    }

    private static Gen<Spec> spec() {
        return doubles()
                .between(0, 1)
                .zip(
                        doubles().between(1, 10_000),
                        integers().between(2018, 2045),
                        doubles().between(0, 6),
                        Spec::new);
    }

    private static Gen<List<Spec>> specs() {
        return lists().of(spec()).ofSizeBetween(1, 6);
    }

    private static Outlook outlook(List<Spec> specs) {
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            projects.add(specs.get(i).project("p" + i));
        }
        return DeliveryOutlook.forMineral(SNAPSHOT, GALLIUM, projects, FROM, TO);
    }

    /** @return whether the expected capacity of every year is at least as high with the second projects as the first */
    private static boolean expectedNeverLower(List<Spec> before, List<Spec> after) {
        Outlook first = outlook(before);
        Outlook second = outlook(after);
        for (int year = FROM; year <= TO; year++) {
            if (second.year(year).expectedTonnesPerYear() < first.year(year).expectedTonnesPerYear()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void expectedCapacityNeverFallsWhenAProbabilityRises() {
        qt().withFixedSeed(20260101L)
                .withExamples(EXAMPLES)
                .forAll(specs(), integers().between(0, 5), doubles().between(0, 1))
                .check((specs, index, bump) -> {
                    int i = index % specs.size();
                    Spec spec = specs.get(i);
                    List<Spec> raised = new ArrayList<>(specs);
                    raised.set(i, spec.withProbability(spec.probability() + (1 - spec.probability()) * bump));
                    return expectedNeverLower(specs, raised);
                });
    }

    @Test
    void expectedCapacityNeverFallsFromOneYearToTheNext() {
        qt().withFixedSeed(20260102L).withExamples(EXAMPLES).forAll(specs()).check(specs -> {
            Outlook outlook = outlook(specs);
            for (int year = FROM; year < TO; year++) {
                if (outlook.year(year + 1).expectedTonnesPerYear()
                        < outlook.year(year).expectedTonnesPerYear()) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void quantilesAreOrderedAndWithinTheTotalCapacity() {
        qt().withFixedSeed(20260103L).withExamples(EXAMPLES).forAll(specs()).check(specs -> {
            double total = specs.stream().mapToDouble(Spec::tonnesPerYear).sum();
            for (Outlook.YearOutlook year : outlook(specs).years()) {
                boolean ordered = 0 <= year.p10TonnesPerYear()
                        && year.p10TonnesPerYear() <= year.p50TonnesPerYear()
                        && year.p50TonnesPerYear() <= year.p90TonnesPerYear()
                        && year.p90TonnesPerYear() <= total * (1 + 1e-12);
                boolean expectedInside = year.expectedTonnesPerYear() <= total * (1 + 1e-12);
                if (!ordered || !expectedInside) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void addingAProjectNeverLowersExpectedCapacity() {
        qt().withFixedSeed(20260104L)
                .withExamples(EXAMPLES)
                .forAll(specs(), spec())
                .check((specs, extra) -> {
                    List<Spec> more = new ArrayList<>(specs);
                    more.add(extra);
                    return expectedNeverLower(specs, more);
                });
    }

    @Test
    void chinasShareWithAddedCapacityNeverExceedsTheBaselineShare() {
        qt().withFixedSeed(20260105L).withExamples(EXAMPLES).forAll(specs()).check(specs -> {
            for (Outlook.YearOutlook year : outlook(specs).years()) {
                Outlook.ChinaShare share = year.chinaShare().orElseThrow();
                if (share.atExpected() > share.baseline()
                        || share.atP10Added() > share.baseline()
                        || share.atP90Added() > share.baseline()
                        || share.atP90Added() > share.atP10Added()) {
                    return false;
                }
            }
            return true;
        });
    }
}
