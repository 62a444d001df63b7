package lodestone.news.vet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped filter is what {@link FilterTraining} makes from the shipped table of candidates. The fit is plain
 * double arithmetic in a fixed order with {@link StrictMath}, so it gives the same numbers on every CPU; the tolerance
 * only absorbs the ten decimals the weights file keeps.
 */
class FilterTrainingTest {
    private static final String TABLE = "lodestone/news/vet/candidates.tsv";
    private static final String SEEDS = "lodestone/news/vet/seeds.tsv";

    @Test
    void retrainingFromTheShippedTableGivesTheShippedFilter() throws IOException {
        FilterTraining.Table table = FilterTraining.parse(read(TABLE), TABLE);
        assertThat(table.rows()).hasSizeGreaterThan(500);
        List<FilterTraining.Row> seeds =
                FilterTraining.parse(read(SEEDS), SEEDS).rows();
        LogisticFilter retrained = FilterTraining.train(
                table, FilterTraining.L2, FilterTraining.PRECISION_FLOOR, FilterTraining.THRESHOLD_OUT_OF_FOLD, seeds);
        LogisticFilter shipped = LogisticFilter.bundled();
        for (FilterTraining.Row seed : seeds) {
            if (seed.real()) {
                assertThat(shipped.probability(seed.x()))
                        .as("a seed event of %s", seed.article())
                        .isGreaterThanOrEqualTo(shipped.threshold());
            }
        }
        assertThat(retrained.threshold()).isEqualTo(shipped.threshold());
        double[] a = retrained.weights();
        double[] b = shipped.weights();
        for (int k = 0; k < a.length; k++) {
            assertThat(a[k]).as("weight %d", k).isCloseTo(b[k], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void theWeightsFileReadsBackAndRefusesAnotherFeatureList() {
        LogisticFilter shipped = LogisticFilter.bundled();
        String text = shipped.toText(List.of("a comment"));
        LogisticFilter again = LogisticFilter.parse(text, "test");
        assertThat(again.weights()).containsExactly(shipped.weights());
        assertThat(again.threshold()).isEqualTo(shipped.threshold());
        String renamed = text.replace("\nhedge\t", "\nmodal\t");
        assertThatThrownBy(() -> LogisticFilter.parse(renamed, "test"))
                .hasMessageContaining("must be hedge<TAB>number");
        String shorter = text.substring(0, text.lastIndexOf("weak-x-hedge"));
        assertThatThrownBy(() -> LogisticFilter.parse(shorter, "test")).hasMessageContaining("missing from");
    }

    @Test
    void aTableReadsBackAndRefusesAMalformedLine() {
        double[] x = new double[CandidateFeatures.NAMES.size()];
        x[0] = 0.5;
        FilterTraining.Table table = new FilterTraining.Table(
                java.util.Map.of("dev", 2), List.of(new FilterTraining.Row("dev", "a.txt", true, x)));
        FilterTraining.Table again = FilterTraining.parse(table.toText(), "test");
        assertThat(again.gold()).isEqualTo(table.gold());
        assertThat(again.rows().get(0).x()).containsExactly(x);
        assertThat(again.rows().get(0).real()).isTrue();
        assertThatThrownBy(() -> FilterTraining.parse(table.toText() + "dev\ta.txt\t1\t0.5\n", "t.tsv"))
                .hasMessageContaining("t.tsv:5: line");
    }

    @Test
    void aCandidateThatMustBeKeptCapsTheThreshold() {
        // weights that give every row the intercept's probability, 0.524: a real row to keep allows 0 ... 0.50
        double[] w = new double[CandidateFeatures.NAMES.size() + 1];
        w[0] = Math.log(0.524 / 0.476);
        double[] x = new double[CandidateFeatures.NAMES.size()];
        FilterTraining.Row real = new FilterTraining.Row("seeds", "s.txt", true, x);
        FilterTraining.Row other = new FilterTraining.Row("seeds", "s.txt", false, x);
        double[] allowed = FilterTraining.keeping(FilterTraining.THRESHOLDS, List.of(real), CandidateFeatures.NAMES, w);
        assertThat(allowed).hasSize(11);
        assertThat(allowed[allowed.length - 1]).isEqualTo(0.5);
        assertThat(FilterTraining.keeping(FilterTraining.THRESHOLDS, List.of(other), CandidateFeatures.NAMES, w))
                .as("a row that matched no gold event bounds nothing")
                .containsExactly(FilterTraining.THRESHOLDS);
        assertThat(FilterTraining.keeping(FilterTraining.THRESHOLDS, List.of(), CandidateFeatures.NAMES, w))
                .containsExactly(FilterTraining.THRESHOLDS);
        w[0] = Math.log(0.01 / 0.99);
        assertThat(FilterTraining.keeping(FilterTraining.THRESHOLDS, List.of(real), CandidateFeatures.NAMES, w))
                .as("the lowest threshold stays when even it would drop the row")
                .containsExactly(0.0);
    }

    @Test
    void featuresAreBoundedAndNamed() {
        Candidate c = new Candidate(
                "agreement",
                "agreement: signed",
                false,
                true,
                0.7,
                0.2,
                3,
                10,
                false,
                "Officials said the two countries could sign a pact on lithium next year.",
                "could sign a pact",
                2,
                0,
                1,
                true,
                false,
                false,
                false,
                false,
                2,
                0,
                1,
                0,
                Candidate.Signals.NONE);
        double[] x = CandidateFeatures.of(Collections.nCopies(3, c), 1);
        assertThat(x).hasSize(CandidateFeatures.NAMES.size());
        assertThat(java.util.Arrays.stream(x).allMatch(v -> v >= 0 && v <= 1)).isTrue();
        assertThat(x[CandidateFeatures.NAMES.indexOf("hedge")]).isEqualTo(1);
        assertThat(x[CandidateFeatures.NAMES.indexOf("speech")]).isEqualTo(1);
        assertThat(x[CandidateFeatures.NAMES.indexOf("type:agreement")]).isEqualTo(1);
        assertThat(x[CandidateFeatures.NAMES.indexOf("same-type-before")]).isEqualTo(1 / 3.0);
        assertThat(x[CandidateFeatures.NAMES.indexOf("weak-x-p-none")]).isEqualTo(0.7);
    }

    @Test
    void aLongArticlesFeaturesReadInRunsAreEachCandidatesOwn() {
        // 1,300 candidates (more than one run), two or three to a sentence, the wording varying with the sentence
        String[] wordings = {
            "China will ban exports of gallium, officials said.",
            "The company signed an offtake agreement for lithium.",
            "Analysts expected prices to rise after the tariff was raised?",
            "- The US and Japan could not agree on a deal since 2023."
        };
        String[] types = {"agreement", "export_control", "tariff"};
        List<Candidate> article = new java.util.ArrayList<>();
        for (int i = 0; i < 1_300; i++) {
            int sentence = i * 2 / 5;
            // a candidate told in another sentence of the same index (as tests build them) is read apart
            String text = wordings[(sentence + (i % 7 == 0 ? 1 : 0)) % wordings.length];
            article.add(new Candidate(
                    types[i % types.length],
                    i % 11 == 0 ? "classifier proposal: tariff 0.4" : "agreement: signed",
                    i % 3 == 0,
                    i % 2 == 0,
                    0.1,
                    0.2,
                    sentence,
                    600,
                    sentence == 0,
                    text,
                    i % 5 == 0 ? "" : "could sign",
                    i % 4,
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
                    0,
                    Candidate.Signals.NONE));
        }
        double[][] all = CandidateFeatures.of(article);
        for (int i = 0; i < article.size(); i += 13) {
            // alone: the counts over the article, and no sentence read for another candidate
            assertThat(all[i]).as("candidate %d", i).containsExactly(CandidateFeatures.of(article, i));
            List<Candidate> one = List.of(article.get(i));
            double[] own = CandidateFeatures.of(one)[0];
            for (String name : List.of("hedge", "future", "speech", "analysis", "negation", "question", "past")) {
                int k = CandidateFeatures.NAMES.indexOf(name);
                assertThat(all[i][k]).as("%s of candidate %d", name, i).isEqualTo(own[k]);
            }
        }
        assertThat(all[0][CandidateFeatures.NAMES.indexOf("same-type-before")]).isZero();
        assertThat(all[1_299][CandidateFeatures.NAMES.indexOf("same-type-before")])
                .isEqualTo(1);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = FilterTrainingTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
