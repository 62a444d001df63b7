package lodestone.screen.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lodestone.screen.ScreenFixture;
import lodestone.screen.cell.CellResult;
import lodestone.screen.job.ScreenJob;
import org.junit.jupiter.api.Test;

/** Rows and results convert both ways without loss; the canonical form tells any difference. */
class ResultSchemaTest {
    @Test
    void valuesRoundTripAndMatchTheColumns() {
        ScreenJob job = ScreenFixture.job();
        List<CellResult> results;
        try (LocalRunner runner = new LocalRunner(job, 2)) {
            results = runner.compute(job.cells(), RunListener.NONE);
        }
        assertThat(results)
                .anyMatch(r -> r.plan().isPresent())
                .anyMatch(r -> r.plan().isEmpty());
        for (CellResult result : results) {
            Object[] values = ResultSchema.values(result);
            assertThat(values).hasSameSizeAs(ResultSchema.COLUMNS);
            for (int i = 0; i < values.length; i++) {
                ResultSchema.Column column = ResultSchema.COLUMNS.get(i);
                assertThat(values[i] != null || column.nullable())
                        .as(column.name())
                        .isTrue();
            }
            CellResult back = ResultSchema.fromValues(values);
            assertThat(back).isEqualTo(result);
            assertThat(ResultSchema.canonical(back)).isEqualTo(ResultSchema.canonical(result));
        }
        assertThat(ResultSchema.canonical(results.get(0))).isNotEqualTo(ResultSchema.canonical(results.get(1)));
    }

    @Test
    void aRowWhoseIdDisagreesWithItsKeyIsRefused() {
        ScreenJob job = ScreenFixture.job();
        CellResult result;
        try (LocalRunner runner = new LocalRunner(job, 1)) {
            result = runner.compute(job.cells().subList(0, 1), RunListener.NONE).get(0);
        }
        Object[] values = ResultSchema.values(result);
        values[8] = 7.0;
        assertThatThrownBy(() -> ResultSchema.fromValues(values))
                .hasMessageContaining("cell_id (US/gallium/CN/s0.25/d6/none) does not match its key columns"
                        + " (US/gallium/CN/s0.25/d7/none)");
    }
}
