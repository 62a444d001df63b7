package lodestone.store.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lodestone.model.geo.Country;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralGroup;
import lodestone.model.mineral.MineralId;
import org.junit.jupiter.api.Test;

/** The bundled reference data is read once per JVM, and nothing a caller is handed can change it for the others. */
class ReferenceDataTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @Test
    void everyCallerGetsTheSameInstanceOnEveryThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ReferenceData>> loads = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                loads.add(ReferenceData::load);
            }
            for (Future<ReferenceData> loaded : pool.invokeAll(loads)) {
                assertThat(loaded.get()).isSameAs(REFERENCE);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void noCollectionItExposesCanBeChanged() {
        assertThat(REFERENCE.sources()).isNotEmpty();
        assertThatThrownBy(() -> REFERENCE.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> REFERENCE.lists().clear()).isInstanceOf(UnsupportedOperationException.class);
        for (CriticalMineralList list : REFERENCE.lists()) {
            assertThatThrownBy(() -> list.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
            for (CriticalMineralList.Entry entry : list.entries()) {
                assertThatThrownBy(() -> entry.minerals().add(MineralId.of("gallium")))
                        .isInstanceOf(UnsupportedOperationException.class);
            }
        }
        List<Mineral> minerals = REFERENCE.minerals().all();
        assertThat(minerals).isNotEmpty();
        assertThatThrownBy(minerals::clear).isInstanceOf(UnsupportedOperationException.class);
        for (Mineral mineral : minerals) {
            assertThatThrownBy(() -> mineral.groups().add(MineralGroup.REE))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> mineral.members().add(mineral.id()))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> mineral.aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
        List<Country> countries = REFERENCE.countries().all();
        assertThat(countries).isNotEmpty();
        assertThatThrownBy(countries::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> REFERENCE.countries().names().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
