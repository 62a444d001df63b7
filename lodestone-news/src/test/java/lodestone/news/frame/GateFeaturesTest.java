package lodestone.news.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFeatures;
import lodestone.news.vet.FilterTraining;
import lodestone.news.vet.LogisticFilter;
import org.junit.jupiter.api.Test;

class GateFeaturesTest {
    private static double feature(double[] x, String name) {
        int k = GateFeatures.NAMES.indexOf(name);
        assertThat(k).as(name).isNotNegative();
        return x[k];
    }

    @Test
    void theGatesFeaturesFollowTheFiltersAndAreBounded() {
        assertThat(GateFeatures.NAMES.subList(0, CandidateFeatures.NAMES.size()))
                .isEqualTo(CandidateFeatures.NAMES);
        assertThat(GateFeatures.NAMES).hasSize(CandidateFeatures.NAMES.size() + GateFeatures.OWN.size());
        assertThat(Set.copyOf(GateFeatures.NAMES)).hasSize(GateFeatures.NAMES.size());
        List<Candidate> article = article();
        double[][] x = GateFeatures.of(article);
        double[][] filter = CandidateFeatures.of(article);
        for (int i = 0; i < x.length; i++) {
            assertThat(x[i]).hasSize(GateFeatures.NAMES.size());
            assertThat(java.util.Arrays.copyOf(x[i], filter[i].length)).containsExactly(filter[i]);
            assertThat(java.util.Arrays.stream(x[i]).allMatch(v -> v >= 0 && v <= 1))
                    .isTrue();
        }
    }

    @Test
    void aProposalThatRestatesARuleFrameNearItIsMarked() {
        double[][] x = GateFeatures.of(article());
        // the proposal two sentences after the rule frame of its type, parties and mineral
        double[] restating = x[1];
        assertThat(feature(restating, "restatement")).isEqualTo(1);
        assertThat(feature(restating, "near-restatement")).isEqualTo(1);
        assertThat(feature(restating, "rule-same-type")).isEqualTo(1);
        assertThat(feature(restating, "near-rule")).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(feature(restating, "rule-frames")).isCloseTo(1 / 5.0, within(1e-12));
        assertThat(feature(restating, "lead-party")).isEqualTo(1);
        assertThat(feature(restating, "intention")).isEqualTo(0);
        // another type, party and mineral, nine sentences away, a forecast told in an interview
        double[] other = x[2];
        assertThat(feature(other, "restatement")).isEqualTo(0);
        assertThat(feature(other, "rule-party")).isEqualTo(0);
        assertThat(feature(other, "rule-mineral")).isEqualTo(0);
        assertThat(feature(other, "rule-same-type")).isEqualTo(0);
        assertThat(feature(other, "near-rule")).isCloseTo(0.1, within(1e-12));
        assertThat(feature(other, "qa-line")).isEqualTo(1);
        assertThat(feature(other, "forecast")).isEqualTo(1);
        assertThat(feature(other, "intention")).isEqualTo(1);
        assertThat(feature(other, "lead-mineral")).isEqualTo(0);
        // the classifier's certainty comes from the signals
        assertThat(feature(other, "margin")).isCloseTo(0.05, within(1e-12));
        // a rule frame is not its own restatement
        assertThat(feature(x[0], "restatement")).isEqualTo(0);
        assertThat(feature(x[0], "rule-frames")).isCloseTo(1 / 5.0, within(1e-12));
    }

    @Test
    void theFeaturesOfSomeFramesCutToAWidthAreThoseOfTheWholeArticle() {
        List<Candidate> article = article();
        double[][] all = GateFeatures.of(article);
        int filter = CandidateFeatures.NAMES.size();
        for (int width : new int[] {3, filter, filter + 1, GateFeatures.NAMES.size()}) {
            for (int chosen = 0; chosen < article.size(); chosen++) {
                int only = chosen;
                double[][] x = GateFeatures.of(article, width, i -> i == only);
                for (int i = 0; i < x.length; i++) {
                    assertThat(x[i])
                            .as("width %d, frame %d of %d", width, i, only)
                            .containsExactly(i == only ? java.util.Arrays.copyOf(all[i], width) : new double[0]);
                }
            }
        }
        assertThatThrownBy(() -> GateFeatures.of(article, GateFeatures.NAMES.size() + 1, i -> true))
                .hasMessageContaining("width");
    }

    /** The comparison with the article's rule frames, counted, is the comparison with each of them (seeded articles). */
    @Test
    void theRuleFramesCountedGiveWhatComparingWithEachGives() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        String[] types = {"export_control", "investment", "agreement"};
        String[] parties = {"CN", "US", "JP", "company:x"};
        String[] minerals = {"gallium", "nickel", "lithium"};
        int own = CandidateFeatures.NAMES.size();
        for (int a = 0; a < 200; a++) {
            List<Candidate> article = new java.util.ArrayList<>();
            int sentence = 0;
            int frames = 1 + random.nextInt(12);
            for (int f = 0; f < frames; f++) {
                sentence += random.nextInt(2); // frames of one sentence, and near and far ones (at most 11)
                Set<String> p = new java.util.TreeSet<>();
                Set<String> m = new java.util.TreeSet<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    p.add(parties[random.nextInt(parties.length)]);
                }
                for (int k = random.nextInt(3); k > 0; k--) {
                    m.add(minerals[random.nextInt(minerals.length)]);
                }
                String type = types[random.nextInt(types.length)];
                String rule = random.nextInt(3) == 0 ? "classifier proposal: " + type + " 0.4" : type + ": rule";
                article.add(candidate(type, rule, sentence, "A sentence.", new double[0], p, m));
            }
            double[][] x = GateFeatures.of(article);
            for (int i = 0; i < article.size(); i++) {
                double[] expected = compared(article, i);
                assertThat(java.util.Arrays.copyOfRange(x[i], own + 4, own + 11))
                        .as("article %d, frame %d", a, i)
                        .containsExactly(expected);
            }
        }
    }

    /** rule-frames … near-restatement of frame i, comparing it with each rule frame of the article in turn. */
    private static double[] compared(List<Candidate> article, int i) {
        Candidate c = article.get(i);
        boolean party = false;
        boolean mineral = false;
        boolean sameType = false;
        boolean restatement = false;
        boolean nearRestatement = false;
        int rules = 0;
        int nearest = Integer.MAX_VALUE;
        for (int j = 0; j < article.size(); j++) {
            Candidate r = article.get(j);
            if (Proposal.proposed(r.rule())) {
                continue;
            }
            rules++;
            if (j == i) {
                continue;
            }
            boolean p = r.signals().parties().stream().anyMatch(c.signals().parties()::contains);
            boolean m = r.signals().minerals().stream().anyMatch(c.signals().minerals()::contains);
            boolean t = r.type().equals(c.type());
            int distance = Math.abs(r.sentenceIndex() - c.sentenceIndex());
            party |= p;
            mineral |= m;
            sameType |= t;
            restatement |= t && p && m;
            nearRestatement |= t && p && m && distance <= 2;
            nearest = Math.min(nearest, distance);
        }
        return new double[] {
            Math.min(rules, 5) / 5.0,
            party ? 1 : 0,
            mineral ? 1 : 0,
            sameType ? 1 : 0,
            restatement ? 1 : 0,
            nearest == Integer.MAX_VALUE ? 0 : 1.0 / (1 + nearest),
            nearRestatement ? 1 : 0
        };
    }

    @Test
    void marginAndEntropyAreReadFromTheDistribution() {
        Candidate.Signals sure = Candidate.Signals.of(new double[] {1, 0, 0, 0}, Set.of(), Set.of(), false, false);
        assertThat(sure.margin()).isEqualTo(1);
        assertThat(sure.entropy()).isEqualTo(0);
        Candidate.Signals unsure =
                Candidate.Signals.of(new double[] {0.25, 0.25, 0.25, 0.25}, Set.of(), Set.of(), false, false);
        assertThat(unsure.margin()).isEqualTo(0);
        assertThat(unsure.entropy()).isCloseTo(1, within(1e-12));
        Candidate.Signals unread = Candidate.Signals.of(new double[0], Set.of("CN"), Set.of(), true, false);
        assertThat(unread.margin()).isEqualTo(0);
        assertThat(unread.entropy()).isEqualTo(0);
        assertThatThrownBy(() -> new Candidate.Signals(1.5, 0, Set.of(), Set.of(), false, false))
                .hasMessageContaining("must be in [0, 1]");
    }

    @Test
    void aGateReadsAPrefixOfTheFeaturesAndRefusesOthers() {
        // over the filter's features alone (the gate of rounds 14a-15b), the proposal is decided on those
        double[] w = new double[CandidateFeatures.NAMES.size() + 1];
        w[0] = 5;
        assertThat(new ProposalGate(new LogisticFilter(w, 0.5)).keep(article())).containsExactly(true, true, true);
        // over every feature, a restatement weighs against it
        double[] all = new double[GateFeatures.NAMES.size() + 1];
        all[0] = 1;
        all[GateFeatures.NAMES.indexOf("restatement") + 1] = -4;
        ProposalGate gate = new ProposalGate(new LogisticFilter(GateFeatures.NAMES, all, 0.5));
        assertThat(gate.keep(article())).containsExactly(true, false, true);
        assertThatThrownBy(() -> new ProposalGate(new LogisticFilter(List.of("margin"), new double[2], 0.5)))
                .hasMessageContaining("must be the first of GateFeatures.NAMES");
        // a model over the gate's features is no candidate filter
        assertThatThrownBy(() -> new LogisticFilter(GateFeatures.NAMES, all, 0.5).keep(article()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTableOfTheGatesFeaturesReadsBackAndCutsToTheFilters() {
        double[] x = new double[GateFeatures.NAMES.size()];
        x[GateFeatures.NAMES.indexOf("margin")] = 0.5;
        x[CandidateFeatures.NAMES.indexOf("money")] = 1;
        GateTraining.Table table = new GateTraining.Table(
                new FilterTraining.Table(
                        Map.of("dev", 3), List.of(new FilterTraining.Row("dev", "a.txt", true, x)), GateFeatures.NAMES),
                Map.of("dev", new int[] {1, 2}));
        GateTraining.Table again = GateTraining.parse(table.toText(), "test");
        assertThat(again.candidates().names()).isEqualTo(GateFeatures.NAMES);
        assertThat(again.candidates().rows().get(0).x()).containsExactly(x);
        GateTraining.Table cut = again.first(CandidateFeatures.NAMES.size());
        assertThat(cut.candidates().names()).isEqualTo(CandidateFeatures.NAMES);
        assertThat(cut.candidates().rows().get(0).x()).hasSize(CandidateFeatures.NAMES.size());
        assertThat(cut.candidates().rows().get(0).x()[CandidateFeatures.NAMES.indexOf("money")])
                .isEqualTo(1);
        LogisticFilter gate = GateTraining.train(cut);
        assertThat(gate.names()).isEqualTo(CandidateFeatures.NAMES);
        // a table and a gate over the filter's features alone read back as such
        assertThat(GateTraining.parse(cut.toText(), "cut").candidates().names()).isEqualTo(CandidateFeatures.NAMES);
        assertThat(LogisticFilter.parseFirst(gate.toText(List.of()), "gate", GateFeatures.NAMES)
                        .names())
                .isEqualTo(CandidateFeatures.NAMES);
        assertThatThrownBy(() ->
                        GateTraining.parse(cut.toText().replace("\treal\ttype:", "\treal\tmargin\ttype:"), "bad.tsv"))
                .hasMessageContaining("bad.tsv: the header's features");
        assertThatThrownBy(() -> new FilterTraining.Table(
                        Map.of("dev", 3), List.of(new FilterTraining.Row("dev", "a.txt", true, x))))
                .hasMessageContaining("features");
    }

    /** A rule frame, a proposal restating it two sentences later, and a proposal of another kind far after. */
    private static List<Candidate> article() {
        return List.of(
                candidate(
                        "export_control",
                        "export_control: ban",
                        0,
                        "China banned exports of gallium to the United States on Tuesday.",
                        new double[0],
                        Set.of("CN", "US"),
                        Set.of("gallium")),
                candidate(
                        "export_control",
                        "classifier proposal: export_control 0.41",
                        2,
                        "The measure bars shipments of gallium to American buyers.",
                        new double[] {0.3, 0.41, 0.29},
                        Set.of("CN"),
                        Set.of("gallium")),
                candidate(
                        "investment",
                        "classifier proposal: investment 0.35",
                        9,
                        "Q: Will the fund invest in Brazilian nickel? A: We expect it could.",
                        new double[] {0.25, 0.35, 0.4},
                        Set.of("BR"),
                        Set.of("nickel")));
    }

    private static Candidate candidate(
            String type,
            String rule,
            int sentence,
            String text,
            double[] probabilities,
            Set<String> parties,
            Set<String> minerals) {
        return new Candidate(
                type,
                rule,
                !Proposal.proposed(rule),
                probabilities.length > 0,
                probabilities.length > 0 ? probabilities[0] : 0,
                probabilities.length > 0 ? probabilities[1] : 0,
                sentence,
                12,
                sentence == 0,
                text,
                "",
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
                0,
                Candidate.Signals.of(
                        probabilities, parties, minerals, parties.contains("CN"), minerals.contains("gallium")));
    }
}
