package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario page shows the issuer's home price and the outside spot price as separate columns and chart lines. */
class ScenarioPageTest {
    @Test
    void theMonthlyTableAndTheChartCarryTheHomeAndTheOutsidePrice(@TempDir Path dir) throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir.resolve("page.duckdb"), Optional.empty())) {
            HttpResponse<String> page = fixture.get("/scenarios?preset=china-ree-2025-04&paths=200&seed=3");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Price outside CN (spot, index)")
                    .contains("Price in CN (home, index)")
                    .contains("Realised price P50")
                    .contains("P10-P90 with model error")
                    .contains("widened by the model's own error")
                    .contains("probability that some buyers stop")
                    // the chart data carries both series for every month
                    .contains("priceInside")
                    .contains("priceOutside");
        }
    }
}
