package lodestone.report.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.report.Bundled;
import lodestone.risk.index.DependencyBasis;
import lodestone.risk.index.Input;
import lodestone.risk.index.PerspectiveDependency;
import org.junit.jupiter.api.Test;

/**
 * The view of a dependency answer without the computation behind it ({@link PerspectiveDependency#detail()} empty, as
 * {@link PerspectiveDependency#unknown} gives): the answer's own fields, every detail field null or empty, and as
 * sources the ids its inputs cite (split at ";", "computed", "assumed" and blank left out), sorted and once each. Passes
 * on the view's two constructions (before dup28) and on its one.
 */
class DependencyViewTest {
    @Test
    void anAnswerWithoutDetailShowsItsOwnFieldsAndItsInputsSources() {
        PerspectiveDependency answer = new PerspectiveDependency(
                "EU",
                MineralId.of("gallium"),
                OptionalDouble.of(0.4),
                DependencyBasis.MEASURED,
                Optional.of(CountryCode.of("CN")),
                List.of(
                        Input.of("share", 0.9, "fraction", "source-b;source-a", "", ""),
                        Input.of("derived", 0.4, "fraction", "computed", "", ""),
                        Input.of("guess", 0.5, "fraction", "assumed", "", ""),
                        Input.of("blank", 0.1, "fraction", "", "", ""),
                        Input.of("again", 0.2, "fraction", "source-a", "", "")),
                "how it was formed",
                Optional.empty());

        DependencyView view = DependencyView.of(Bundled.latest(), answer);

        assertThat(view)
                .isEqualTo(new DependencyView(
                        "EU",
                        "gallium",
                        "gallium",
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        null,
                        "how it was formed",
                        List.of("source-a", "source-b"),
                        0.4,
                        DependencyBasis.MEASURED.id(),
                        "CN",
                        List.of(new DependencyView.PartView(
                                "dependency", DependencyBasis.MEASURED.id(), List.of(), "how it was formed"))));
    }
}
