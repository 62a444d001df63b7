package lodestone.news.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFeatures;
import lodestone.news.vet.FilterTraining;
import lodestone.news.vet.LogisticFilter;
import org.junit.jupiter.api.Test;

class GateTrainingTest {
    private static final int MONEY = CandidateFeatures.NAMES.indexOf("money");

    /** Proposals whose only signal is an amount: six with one, five of them real; six without, one real. */
    private static GateTraining.Table table() {
        List<FilterTraining.Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double[] x = new double[CandidateFeatures.NAMES.size()];
            x[MONEY] = i < 6 ? 1 : 0;
            rows.add(new FilterTraining.Row("dev", "a" + i + ".txt", i < 5 || i == 6, x));
        }
        return new GateTraining.Table(
                new FilterTraining.Table(Map.of("dev", 20), rows), Map.of("dev", new int[] {10, 12}));
    }

    @Test
    void keepsTheProposalsThatRaiseTheTablesEventF1() {
        LogisticFilter gate = GateTraining.train(table());
        double[] money = new double[CandidateFeatures.NAMES.size()];
        money[MONEY] = 1;
        double with = gate.probability(money);
        double without = gate.probability(new double[CandidateFeatures.NAMES.size()]);
        assertThat(with).isGreaterThan(0.6);
        assertThat(without).isLessThan(0.3);
        // base F1 2 * 10 / (12 + 20) = 0.625; the six with an amount add five matches (F1 0.789), the other six one
        assertThat(gate.threshold()).isGreaterThan(without).isLessThanOrEqualTo(with);
    }

    /** The shipped gate is what {@link GateTraining} makes from the shipped table (the fit is deterministic). */
    @Test
    void retrainingFromTheShippedTableGivesTheShippedGate() throws java.io.IOException {
        String path = "lodestone/news/frame/proposals.tsv";
        String text;
        try (java.io.InputStream in = GateTrainingTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        GateTraining.Table table = GateTraining.parse(text, path);
        assertThat(table.candidates().rows()).hasSizeGreaterThan(300);
        LogisticFilter retrained = GateTraining.train(table);
        LogisticFilter shipped = ProposalGate.bundled().gate();
        assertThat(retrained.threshold()).isEqualTo(shipped.threshold());
        double[] a = retrained.weights();
        double[] b = shipped.weights();
        for (int k = 0; k < a.length; k++) {
            assertThat(a[k]).as("weight %d", k).isCloseTo(b[k], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void theTableReadsBackAndRefusesAMalformedBaseLine() {
        GateTraining.Table table = table();
        GateTraining.Table again = GateTraining.parse(table.toText(), "test");
        assertThat(again.base().get("dev")).containsExactly(10, 12);
        assertThat(again.candidates().rows()).hasSize(12);
        assertThat(again.candidates().gold()).isEqualTo(Map.of("dev", 20));
        assertThat(again.without("dev").candidates().rows()).isEmpty();
        assertThatThrownBy(() -> GateTraining.parse(table.toText() + "base\tdev\t3\n", "t.tsv"))
                .hasMessageContaining("t.tsv:")
                .hasMessageContaining("must be base<TAB>split<TAB>matched<TAB>predicted");
        assertThatThrownBy(() -> new GateTraining.Table(table.candidates(), Map.of("dev", new int[] {5, 4})))
                .hasMessageContaining("0 <= matched <= predicted");
    }

    @Test
    void theGateDecidesProposalsAndLetsEveryOtherFrameThrough() {
        double[] w = new double[CandidateFeatures.NAMES.size() + 1];
        w[0] = -3; // P(real) 0.047 without an amount
        w[MONEY + 1] = 6; // 0.953 with one
        ProposalGate gate = new ProposalGate(new LogisticFilter(w, 0.5));
        List<Candidate> article = List.of(
                candidate("classifier proposal: investment 0.31", true),
                candidate("classifier proposal: investment 0.44", false),
                candidate("investment: loan", false));
        assertThat(gate.keep(article)).containsExactly(true, false, true);
    }

    private static Candidate candidate(String rule, boolean money) {
        return new Candidate(
                "investment",
                rule,
                false,
                true,
                0.5,
                0.3,
                2,
                8,
                false,
                "The lender put $40 million into a graphite mine run by Kibaran Resources.",
                "put $40 million into a graphite mine",
                0,
                1,
                1,
                true,
                false,
                money,
                false,
                false,
                0,
                1,
                1,
                0,
                Candidate.Signals.NONE);
    }
}
