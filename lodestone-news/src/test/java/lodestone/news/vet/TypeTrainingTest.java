package lodestone.news.vet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import lodestone.news.Bundled;
import lodestone.news.classify.SentenceLabel;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The shipped type combiner is what {@link TypeTraining} makes from the shipped table of typed candidates. Each type's
 * fit is {@link LogisticFit}: plain double arithmetic in a fixed order with {@link StrictMath}, so it gives the same
 * numbers on every CPU; the tolerance only absorbs the ten decimals the weights file keeps. Also the combiner's
 * decision rule, its features and its files.
 */
class TypeTrainingTest {
    private static final String TABLE = "lodestone/news/vet/typed-candidates.tsv";

    @Test
    void retrainingFromTheShippedTableGivesTheShippedCombiner() {
        List<TypeTraining.Row> rows = TypeTraining.parse(Bundled.text(TABLE), TABLE);
        assertThat(rows).hasSizeGreaterThan(500);
        TypeCombiner retrained = TypeTraining.train(rows);
        TypeCombiner shipped = TypeCombiner.bundled();
        assertThat(retrained.margin()).isEqualTo(shipped.margin());
        double[][] a = retrained.weights();
        double[][] b = shipped.weights();
        for (int t = 0; t < a.length; t++) {
            for (int k = 0; k < a[t].length; k++) {
                assertThat(a[t][k]).as("weight %d of type %d", k, t).isCloseTo(b[t][k], Offset.offset(1e-9));
            }
        }
    }

    @Test
    void theCombinerKeepsTheTriggersTypeUnlessAnotherIsMoreProbableByTheMargin() {
        int features = TypeFeatures.NAMES.size();
        double[][] w = new double[TypeFeatures.TYPES.size()][features + 1];
        int agreement = TypeFeatures.TYPES.indexOf("agreement");
        int investment = TypeFeatures.TYPES.indexOf("investment");
        int money = TypeFeatures.NAMES.indexOf("money") + 1;
        for (double[] row : w) {
            row[0] = -3;
        }
        w[agreement][0] = 0; // P = 0.5 without money
        w[investment][money] = 3.5; // P = logistic(0.5) = 0.62 with money, 0.05 without
        double[] x = new double[features];
        x[TypeFeatures.NAMES.indexOf("trigger:agreement")] = 1;
        TypeCombiner wide = new TypeCombiner(w, 0.2);
        TypeCombiner narrow = new TypeCombiner(w, 0.1);
        assertThat(wide.type("agreement", x)).isEqualTo("agreement");
        x[money - 1] = 1;
        assertThat(wide.type("agreement", x)).isEqualTo("agreement");
        assertThat(narrow.type("agreement", x)).isEqualTo("investment");
    }

    @Test
    void featuresAreBoundedAndNamed() {
        Candidate c = candidate(
                "export_control",
                "Indonesia cut the nickel ore mining quota for 2026 and suspended exports until June.",
                "suspended exports until June");
        double[] p = new double[SentenceLabel.values().length];
        List<SentenceLabel> labels = List.of(SentenceLabel.values());
        p[labels.indexOf(SentenceLabel.OTHER)] = 0.6;
        p[labels.indexOf(SentenceLabel.NONE)] = 0.4;
        double[] x = TypeFeatures.of(c, p);
        assertThat(x).hasSize(TypeFeatures.NAMES.size());
        assertThat(java.util.Arrays.stream(x).allMatch(v -> v >= 0 && v <= 1)).isTrue();
        assertThat(x[TypeFeatures.NAMES.indexOf("trigger:export_control")]).isEqualTo(1);
        assertThat(x[TypeFeatures.NAMES.indexOf("p:other")]).isEqualTo(0.6);
        assertThat(x[TypeFeatures.NAMES.indexOf("classified")]).isEqualTo(1);
        assertThat(x[TypeFeatures.NAMES.indexOf("until")]).isEqualTo(1);
        assertThat(x[TypeFeatures.NAMES.indexOf("export-word")]).isEqualTo(1);
        // read from the clause, which names no quota
        assertThat(x[TypeFeatures.NAMES.indexOf("production-quota")]).isEqualTo(0);
        double[] unread =
                TypeFeatures.of(candidate("other", "Indonesia cut its nickel mining quota.", ""), new double[0]);
        assertThat(unread[TypeFeatures.NAMES.indexOf("classified")]).isEqualTo(0);
        assertThat(unread[TypeFeatures.NAMES.indexOf("p:other")]).isEqualTo(0);
        assertThat(unread[TypeFeatures.NAMES.indexOf("production-quota")]).isEqualTo(1);
        assertThatThrownBy(() -> TypeFeatures.of(c, new double[3])).hasMessageContaining("one per label");
    }

    @Test
    void theWeightsFileAndTheTableReadBackAndRefuseMalformedLines() {
        TypeCombiner shipped = TypeCombiner.bundled();
        String text = shipped.toText(List.of("a comment"));
        TypeCombiner again = TypeCombiner.parse(text, "test");
        assertThat(again.margin()).isEqualTo(shipped.margin());
        assertThat(again.weights()).isDeepEqualTo(shipped.weights());
        String renamed = text.replace("\tuntil\t", "\tuntill\t");
        assertThatThrownBy(() -> TypeCombiner.parse(renamed, "test")).hasMessageContaining("header of the features");
        String shorter = text.substring(0, text.lastIndexOf("\nother\t") + 1);
        assertThatThrownBy(() -> TypeCombiner.parse(shorter, "test")).hasMessageContaining("missing from other");
        double[] x = new double[TypeFeatures.NAMES.size()];
        x[TypeFeatures.NAMES.indexOf("trigger:offtake")] = 1;
        List<TypeTraining.Row> rows = new ArrayList<>(List.of(new TypeTraining.Row("dev", "a.txt", "other", x)));
        List<TypeTraining.Row> read = TypeTraining.parse(TypeTraining.toText(rows), "test");
        assertThat(read.get(0).type()).isEqualTo("other");
        assertThat(read.get(0).trigger()).isEqualTo("offtake");
        assertThat(read.get(0).x()).containsExactly(x);
        assertThatThrownBy(() -> TypeTraining.parse(TypeTraining.toText(rows) + "dev\ta.txt\tbanana\t0.5\n", "t.tsv"))
                .hasMessageContaining("t.tsv:4: line");
    }

    private static Candidate candidate(String type, String sentence, String clause) {
        return new Candidate(
                type,
                type + ": rule",
                true,
                true,
                0.4,
                0.1,
                1,
                5,
                false,
                sentence,
                clause,
                1,
                0,
                1,
                true,
                false,
                false,
                false,
                false,
                1,
                0,
                1,
                0);
    }
}
