package lodestone.risk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import lodestone.model.geo.Area;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import org.junit.jupiter.api.Test;

class InputTest {
    @Test
    void anInputReadFromAnObservationCitesItsSourceAndLocator() {
        Observation price = new Observation(
                MineralId.of("gallium"),
                Optional.empty(),
                Area.parse("WORLD"),
                Period.year(2024),
                Metric.PRICE,
                "Price_Ga_dkg",
                Basis.UNSPECIFIED,
                Optional.of(Quantity.of(585, Unit.ONE)),
                Set.of(),
                "585",
                "",
                new Provenance(SourceId.of("usgs-mcs-2025-data"), "MCS2025_Gallium.csv:7", Method.REPORTED));

        Input input = Input.of("price 2024", 585, "USD/kg", price, "Price_Ga_dkg = 585");

        assertThat(input)
                .isEqualTo(new Input(
                        "price 2024",
                        Optional.of(585.0),
                        "USD/kg",
                        "usgs-mcs-2025-data",
                        "MCS2025_Gallium.csv:7",
                        "Price_Ga_dkg = 585"));
    }
}
