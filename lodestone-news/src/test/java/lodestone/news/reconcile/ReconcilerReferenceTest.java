package lodestone.news.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.news.extract.Claim;
import lodestone.news.extract.Gazetteer;
import lodestone.store.baseline.BundledKnowledge;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Share claims checked against the bundled knowledge: the USGS MCS 2025 figures (rare earths: China 270,000 of
 * 390,000 t of 2024 mine production, 69.2 %) and the EU CRM 2023 processing shares. Reference values first, then the
 * rule every verdict follows.
 */
class ReconcilerReferenceTest {
    /** The MCS 2025 edition, whose figures the reference values are. */
    private static final KnowledgeSnapshot SNAPSHOT =
            EditionChoice.parse("mcs-2025").apply(BundledKnowledge.snapshot(ReferenceData.load(), EditionChoice.all()));

    private static Reconciler reconciler(double tolerance) {
        return new Reconciler(SNAPSHOT, OfficeHolders.bundled(), Gazetteer.bundled(), tolerance);
    }

    private static ClaimCheck check(String country, String mineral, String stage, double share) {
        return reconciler(Reconciler.DEFAULT_TOLERANCE_POINTS)
                .checkClaim(new Claim(country, mineral, stage, share, Optional.empty(), "test", 0, 4));
    }

    @Test
    void chinasMiningShareOfRareEarthsIsTheUsgsFigure() {
        ClaimCheck right = check("CN", "rare earths", "mining", 69);
        assertThat(right.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(right.references())
                .anySatisfy(r -> assertThat(r.sharePct())
                        .isCloseTo(100.0 * 270_000 / 390_000, org.assertj.core.api.Assertions.within(0.05)));
        assertThat(check("CN", "rare earths", "mining", 90).verdict()).isEqualTo(Verdict.CONFLICTING);
    }

    @Test
    void aShareOfSupplyWithoutAStageIsAmbiguousWhereTheStagesDiffer() {
        ClaimCheck supply = check("CN", "rare earths", "supply", 80);
        assertThat(supply.verdict()).isEqualTo(Verdict.AMBIGUOUS_STAGE);
        // mining 69.2 % (USGS, 2024); processing 84.9 % of the light and 100 % of the heavy rare earths (EU CRM 2023)
        assertThat(supply.references())
                .extracting(ReferenceValue::stage, ReferenceValue::sharePct, ReferenceValue::source)
                .containsExactly(
                        tuple("mining", 69.2, "usgs-mcs-2025-data"),
                        tuple("processing", 84.9, "eu-crm-2023-study"),
                        tuple("processing", 100.0, "eu-crm-2023-study"));
    }

    @Test
    void aMineralTheKnowledgeBaseLacksIsUnverifiable() {
        assertThat(check("CN", "unobtainium", "mining", 50).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void aClaimIsConsistentExactlyWhenAReferenceLiesWithinTheTolerance() {
        qt().withFixedSeed(21L)
                .withExamples(300)
                .forAll(doubles().between(0, 100), integers().between(0, 20))
                .check((share, tolerance) -> {
                    ClaimCheck c = reconciler(tolerance)
                            .checkClaim(new Claim("CN", "rare earths", "mining", share, Optional.empty(), "t", 0, 1));
                    boolean near =
                            c.references().stream().anyMatch(r -> Math.abs(r.sharePct() - share) <= tolerance + 1e-9);
                    return (c.verdict() == Verdict.CONSISTENT) == near;
                });
    }

    @Test
    void aWiderToleranceNeverTurnsAConsistentClaimIntoAConflictingOne() {
        qt().withFixedSeed(22L)
                .withExamples(300)
                .forAll(
                        doubles().between(0, 100),
                        integers().between(0, 20),
                        integers().between(0, 20))
                .check((share, a, b) -> {
                    Claim claim = new Claim("CN", "gallium", "processing", share, Optional.empty(), "t", 0, 1);
                    Verdict narrow =
                            reconciler(Math.min(a, b)).checkClaim(claim).verdict();
                    Verdict wide = reconciler(Math.max(a, b)).checkClaim(claim).verdict();
                    return narrow != Verdict.CONSISTENT || wide == Verdict.CONSISTENT;
                });
    }

    @Test
    void everyVerdictNamesItsReferencesAndTolerance() {
        for (String stage : List.of("mining", "processing", "supply")) {
            ClaimCheck c = check("CN", "gallium", stage, 98);
            assertThat(c.tolerancePoints()).isEqualTo(Reconciler.DEFAULT_TOLERANCE_POINTS);
            assertThat(c.explanation()).isNotBlank();
            if (c.verdict() != Verdict.UNVERIFIABLE) {
                assertThat(c.references()).isNotEmpty();
            }
        }
    }
}
