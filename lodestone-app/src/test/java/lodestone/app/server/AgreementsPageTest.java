package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreements page says how current the record is: the newest dated source its agreements cite. */
class AgreementsPageTest {
    @Test
    void theAgreementsPageShowsTheNewestSourceDateAndThe2026Agreements(@TempDir Path dir) throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir.resolve("page.duckdb"), Optional.empty())) {
            HttpResponse<String> page = fixture.get("/agreements");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("id=\"newest-source\"")
                    .contains("Newest source in the record: <strong>2026-04-24</strong>")
                    .contains("/agreements/us-eu-action-plan-2026")
                    .contains("/agreements/forge-2026");
        }
    }
}
