package lodestone.risk.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import java.util.Optional;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.provenance.Edition;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import org.junit.jupiter.api.Test;

class EditionDiffTest {
    private static final Edition MCS_2025 = Edition.parse("mcs-2025");
    private static final Edition MCS_2026 = Edition.parse("mcs-2026");

    /** The rare-earth mine production of 2024 in both editions (USGS MCS 2025 and 2026, t REO), abridged. */
    private static KnowledgeSnapshot rareEarths() {
        return Editions.of()
                .production("mcs-2025", "CN", 2024, 270_000, Flag.QUOTA)
                .production("mcs-2025", "AU", 2024, 13_000)
                .production("mcs-2025", "NG", 2024, 13_000)
                .production("mcs-2025", "US", 2024, 45_000)
                .production("mcs-2025", "WORLD", 2024, 390_000, Flag.ROUNDED)
                .production("mcs-2025", "CN", 2023, 255_000)
                .production("mcs-2025", "WORLD", 2023, 376_000, Flag.ROUNDED)
                .production("mcs-2026", "CN", 2024, 270_000, Flag.QUOTA)
                .production("mcs-2026", "AU", 2024, 29_000)
                .production("mcs-2026", "NG", 2024, 1_500)
                .production("mcs-2026", "US", 2024, 45_500)
                .production("mcs-2026", "WORLD", 2024, 380_000, Flag.ROUNDED)
                .production("mcs-2026", "CN", 2025, 270_000)
                .production("mcs-2026", "WORLD", 2025, 390_000, Flag.ROUNDED)
                .value("mcs-2025", Metric.NET_IMPORT_RELIANCE, "NIR_pct", 2024, Quantity.of(80, Unit.PERCENT))
                .value(
                        "mcs-2026",
                        Metric.NET_IMPORT_RELIANCE,
                        "Net import reliance",
                        2024,
                        Quantity.of(79.5, Unit.PERCENT))
                .snapshot();
    }

    @Test
    void revisedProductionOfTheSharedDataYearIsListedWithBothEditionsObservations() {
        EditionDiff.Result result = EditionDiff.compare(rareEarths(), MCS_2025, MCS_2026, Optional.empty());
        List<Revision> values = result.revisions().stream()
                .filter(r -> r.kind() == Revision.Kind.VALUE && r.metric() == Metric.PRODUCTION)
                .toList();
        assertThat(values)
                .extracting(r -> r.area().code())
                .as("AU +123 %, NG -88 %; US +1.1 % and the world -2.6 % stay under 5 %")
                .containsExactly("AU", "NG");
        Revision australia = values.get(0);
        assertThat(australia.from()).isEqualTo(13_000);
        assertThat(australia.to()).isEqualTo(29_000);
        assertThat(australia.before().provenance().source().value()).isEqualTo("usgs-mcs-2025-data");
        assertThat(australia.after().provenance().source().value()).isEqualTo("usgs-mcs-2026-data");
        assertThat(australia.relativeChange().orElseThrow()).isCloseTo(16.0 / 13, within(1e-12));
        assertThat(result.revisions())
                .as("half a percentage point of net import reliance is not a revision")
                .noneMatch(r -> r.metric() == Metric.NET_IMPORT_RELIANCE);
    }

    @Test
    void sharesOfThePublishedWorldTotalThatMovedAPercentagePointAreListed() {
        List<Revision> shares =
                EditionDiff.compare(rareEarths(), MCS_2025, MCS_2026, Optional.of(Editions.REE)).revisions().stream()
                        .filter(r -> r.kind() == Revision.Kind.SHARE)
                        .toList();
        assertThat(shares).extracting(r -> r.area().code()).containsExactlyInAnyOrder("AU", "CN", "NG");
        Revision china = shares.stream()
                .filter(r -> r.area().code().equals("CN"))
                .findFirst()
                .orElseThrow();
        assertThat(china.from()).isCloseTo(270.0 / 390, within(1e-12));
        assertThat(china.to()).isCloseTo(270.0 / 380, within(1e-12));
        assertThat(china.isFraction()).isTrue();
    }

    @Test
    void dataYearsOfOneEditionOnlyAreNotRevisions() {
        EditionDiff.Result result = EditionDiff.compare(rareEarths(), MCS_2025, MCS_2026, Optional.empty());
        assertThat(result.revisions()).noneMatch(r -> r.period().startYear() != 2024);
        assertThat(result.unpaired()).isEqualTo(4);
    }

    @Test
    void editionsOfTwoSeriesOrMissingEditionsAreRefused() {
        assertThatThrownBy(() ->
                        EditionDiff.compare(rareEarths(), MCS_2025, Edition.parse("eu-crm-2023"), Optional.empty()))
                .hasMessageContaining("one publication series");
        assertThatThrownBy(
                        () -> EditionDiff.compare(rareEarths(), Edition.parse("mcs-2024"), MCS_2026, Optional.empty()))
                .hasMessageContaining("edition (mcs-2024) is not in the knowledge base");
    }

    @Test
    void theThresholdsAreOnePercentagePointForFractionsAndFivePercentOtherwise() {
        assertThat(EditionDiff.revised(Unit.FRACTION, 0.50, 0.51)).isTrue();
        assertThat(EditionDiff.revised(Unit.FRACTION, 0.50, 0.509)).isFalse();
        assertThat(EditionDiff.revised(Unit.TONNE, 100, 105)).isTrue();
        assertThat(EditionDiff.revised(Unit.TONNE, 100, 104.9)).isFalse();
        assertThat(EditionDiff.revised(Unit.TONNE, 0, 1)).isTrue();
        qt().withFixedSeed(5L)
                .forAll(doubles().between(1, 1e9), doubles().between(-0.049, 0.049))
                .check((x, change) -> !EditionDiff.revised(Unit.TONNE, x, x * (1 + change))
                        && EditionDiff.revised(Unit.TONNE, x, x * (1 + Math.copySign(0.05, change))));
    }
}
