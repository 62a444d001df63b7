package lodestone.store.usgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import lodestone.model.observation.Flag;
import lodestone.model.quantity.Unit;
import org.junit.jupiter.api.Test;

class McsUnitsAndValuesTest {
    @Test
    void unitsInWordsAreReadWithTheirQualifiersDropped() {
        assertThat(McsUnits.parse("thousand metric dry tons")).contains(Unit.THOUSAND_TONNES);
        assertThat(McsUnits.parse(" thousands of carats")).contains(Unit.THOUSAND_CARATS);
        assertThat(McsUnits.parse("dollars per metric ton, gross weight")).contains(Unit.USD_PER_TONNE);
        assertThat(McsUnits.parse("dollars per dry metric ton unit of tungsten trioxide"))
                .contains(Unit.USD_PER_METRIC_TON_UNIT);
        assertThat(McsUnits.parse("thousand metric tons of K2O equivalent")).contains(Unit.THOUSAND_TONNES);
        assertThat(McsUnits.parse("dollars per 10-grams")).contains(Unit.USD_PER_10_GRAMS);
        assertThat(McsUnits.parse("dollars per 100 milliliters")).isEmpty();
        assertThat(McsUnits.parse("percentage of tonnage")).contains(Unit.PERCENT);
    }

    @Test
    void aNoteStatesAMassUnitOnlyWithMetricTonsAndNeverForAJorcRemark() {
        assertThat(McsUnits.statedIn(" (Reserve data is thousand metric tons)."))
                .contains(Unit.THOUSAND_TONNES);
        assertThat(McsUnits.statedIn("Crude Ore, million metric tons")).contains(Unit.MILLION_TONNES);
        assertThat(McsUnits.statedIn("For Australia, Joint Ore Reserves Committee-compliant or equivalent reserves"
                        + " were 3.3 million tons."))
                .isEmpty();
    }

    @Test
    void aLabelStatesItsUnitWhenItNamesExactlyOne() {
        assertThat(McsUnits.statedInHeader("Wallboard products sold, million square feet"))
                .contains(Unit.MILLION_SQUARE_FEET);
        assertThat(McsUnits.statedInHeader(
                        "Price, average, manganese content, cost, insurance, and freight, China, dollars per metric ton"
                                + " unit"))
                .contains(Unit.USD_PER_METRIC_TON_UNIT);
        assertThat(McsUnits.statedInHeader("Reserves (thousand metric tons)")).contains(Unit.THOUSAND_TONNES);
        assertThat(McsUnits.statedInHeader("Production: Mineral concentrates")).isEmpty();
        assertThat(McsUnits.statedInHeader("Australia, Canada, China, and Namibia were estimated to have reserves"
                        + " totaling less than 200,000 tons"))
                .isEmpty();
    }

    @Test
    void theTextValuesOfThe2026TableAreRead() {
        assertThat(McsValue.parse("—").orElseThrow().value()).hasValue(0);
        assertThat(McsValue.parse("XX").orElseThrow().isAbsent()).isTrue();
        assertThat(McsValue.parse("s").orElseThrow().flags()).containsExactly(Flag.LESS_THAN);
        assertThat(McsValue.parse("68\u00a0").orElseThrow().value()).hasValue(68);
        assertThat(McsValue.parse("500–16,000").orElseThrow().flags()).containsExactly(Flag.RANGE);
        assertThat(McsValue.parse("10,000 - 15,000").orElseThrow().flags()).containsExactly(Flag.RANGE);
        assertThat(McsValue.parse("Moderate to large").orElseThrow().flags()).containsExactly(Flag.QUALITATIVE);
        assertThat(McsValue.parse("Variable, depending on type of product")
                        .orElseThrow()
                        .flags())
                .containsExactly(Flag.QUALITATIVE);
        assertThat(McsValue.parse(">85,000,000").orElseThrow().flags()).containsExactly(Flag.GREATER_THAN);
        assertThat(McsValue.parse("?1")).isEqualTo(Optional.empty());
    }
}
