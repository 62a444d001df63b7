package lodestone.store.usgs;

import static org.assertj.core.api.Assertions.assertThat;

import lodestone.model.chain.Stage;
import lodestone.model.observation.Metric;
import org.junit.jupiter.api.Test;

/** The stage of a production figure, read from the words both MCS readers see (salient columns, world details). */
class McsRowsTest {
    @Test
    void readsTheStageOfAProductionFigureFromItsWords() {
        assertThat(McsRows.productionStage(Metric.PRODUCTION, "Production_Mine_t"))
                .hasValue(Stage.MINING);
        assertThat(McsRows.productionStage(Metric.PRODUCTION, "Concentrate")).hasValue(Stage.MINING);
        assertThat(McsRows.productionStage(Metric.PRODUCTION, "Refinery production"))
                .hasValue(Stage.PROCESSING);
        assertThat(McsRows.productionStage(Metric.PRODUCTION, "USprod_Compounds_t"))
                .hasValue(Stage.PROCESSING);
        assertThat(McsRows.productionStage(Metric.PRODUCTION, "Secondary production, old scrap"))
                .hasValue(Stage.RECYCLING);
        assertThat(McsRows.productionStage(Metric.PRODUCTION, "new scrap")).hasValue(Stage.RECYCLING);
    }

    @Test
    void recyclingWinsOverTheWordsOfOtherStagesAndOtherMetricsHaveNone() {
        assertThat(McsRows.productionStage(Metric.PRODUCTION, "Secondary (refinery)"))
                .hasValue(Stage.RECYCLING);
        assertThat(McsRows.productionStage(Metric.PRODUCTION, "Production")).isEmpty();
        assertThat(McsRows.productionStage(Metric.IMPORTS, "Mine imports")).isEmpty();
    }
}
