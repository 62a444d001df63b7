package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import lodestone.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Accuracy against hand-labelled gold, with the scoring rules of {@code ../shared/tools/score-extraction}: the seeds of
 * {@code ../shared/seeds} (skipped outside CI when absent) and the splits of the project's corpus in {@code
 * src/test/resources/lodestone/news/} (see {@code docs/methods/news.md} §4 for what each split is and whether it was
 * seen while the rules were written). The figures are non-regression floors, a little under the measured values. Each
 * split is extracted once per test run ({@link CorpusExtractions}), shared with the other tests that read it.
 */
class ExtractionAccuracyTest {
    private static GoldScore.Score score(Path dir) {
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        for (Extraction extraction : CorpusExtractions.of(dir)) {
            predicted.put(extraction.article().name(), GoldScore.node(extraction.toSchema()));
        }
        return GoldScore.score(GoldScore.load(dir.resolve("gold.jsonl")), predicted);
    }

    private Path split(String name) throws URISyntaxException {
        return CorpusExtractions.split(name);
    }

    @Test
    void theSeedsScoreOneOnEventsAndClaims() {
        GoldScore.Score score = score(SharedData.seeds());
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isEqualTo(1.0);
        assertThat(score.claims().f1()).as("claim F1 %s", score.claims()).isEqualTo(1.0);
    }

    @Test
    void theOldTestSetKeepsItsFigures() throws URISyntaxException {
        GoldScore.Score score = score(split("testset"));
        // round 15b (the frame proposer): 28 of 32, 33 predicted (F1 0.862), one proposal false, as out of fold
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.86);
        // 13 of 14 claims: art02 labels "99% of the world's primary gallium" as metal; the guideline's metal is "metal
        // output", and dev, blind2 (twice) label the same wording production, as the extractor now does
        assertThat(score.claims().f1()).as("claim F1 %s", score.claims()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void theDevelopmentCorpusKeepsItsFigures() throws URISyntaxException {
        // round 4: events P 0.934 R 0.961 F1 0.947 (99 of 103, 106 predicted); round 11b (the re-trained classifier):
        // P 0.926 R 0.971 F1 0.948 (100 of 103, 108 predicted); round 15b (the frame proposer): 98 of 103, 106
        // predicted (F1 0.938), three proposals false, as out of fold; with round 15a's filter (news-pipeline-23 as
        // merged): 98 of 103, 107 predicted (P 0.916, F1 0.933)
        GoldScore.Score score = score(split("corpus/dev"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.93);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.91);
        assertThat(score.claims().f1()).as("claim F1 %s", score.claims()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theCheckSplitKeepsItsTunedFigures() throws URISyntaxException {
        // round 4: 15 of 15 events, 15 predicted
        GoldScore.Score score = score(split("corpus/check"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void theBlindSplitKeepsItsFigures() throws URISyntaxException {
        // first look at b716755: events 0.632, claims 0.667; development data since (see corpus/blind/PROVENANCE.md):
        // events 0.722, claims 0.971 with the classifier trained on it, 0.721 / 0.971 without it; round 3: events
        // P 0.782 R 0.707 F1 0.742, claims 0.971 by score-extraction (GoldScore's greedy matching pairs 109 of 157
        // events, not 111: F1 0.729); round 4 (tuned on it): GoldScore 115 of 157 events, 143 predicted (P 0.804, F1
        // 0.767; score-extraction P 0.825 R 0.752 F1 0.787)
        GoldScore.Score score = score(split("corpus/blind"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.76);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.80);
        assertThat(score.claims().f1()).as("claim F1 %s", score.claims()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theSecondBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look at 1b07a94 (extractor frozen before anyone building it read these articles): events P 0.657
        // R 0.570 F1 0.610, claims P 0.744 R 0.667 F1 0.703 (corpus/blind2/README.md); b2-10.txt was refused then.
        // Round 3 (tuned on b2-01..b2-20 only, b2-21..b2-40 held out): events P 0.692 R 0.612 F1 0.650, claims P 0.907
        // R 0.812 F1 0.857 by score-extraction (GoldScore pairs 99 of 165 events, not 101: F1 0.637). Round 4 (tuned
        // on b2-01..b2-20 only): GoldScore 102 of 165, 145 predicted (P 0.703, F1 0.658; score-extraction F1 0.671).
        // Round 5 (the general `other` frame; b2-21..b2-40 still held out): score-extraction 110 of 165, 151 predicted
        // (P 0.728 R 0.667 F1 0.696)
        GoldScore.Score score = score(split("corpus/blind2"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.67);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.70);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theThirdBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind3/README.md): 30 articles written and labelled by an independent annotator while
        // round
        // 3 was being built; scored once, by score-extraction, at main 301fc67 (events P 0.629 R 0.565 F1 0.595, claims
        // P 0.875 R 0.848 F1 0.862) and at round 3's frozen commit d4db911 (events P 0.634 R 0.546 F1 0.587, claims
        // P 0.906 R 0.879 F1 0.892). Development data since; round 4 tuned on b3-01..b3-20 (b3-21..b3-30 held out):
        // 69 of 108 events, 90 predicted (P 0.767 R 0.639 F1 0.697, the same by both scorers). Round 5: 73 of 108, 95
        // predicted (P 0.768 R 0.676 F1 0.719)
        GoldScore.Score score = score(split("corpus/blind3"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.71);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.76);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.939 (was under 0.88)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void theFourthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind4/README.md): 30 articles written and labelled by an independent annotator while
        // round 4 was being built; scored once, by score-extraction, at main 217ee84 (events P 0.577 R 0.436 F1 0.497,
        // claims P 0.842 R 0.800 F1 0.821) and at round 4's frozen commit 239da67 (events P 0.636 R 0.447 F1 0.525,
        // claims the same), both with b4-02 (a publication line that reads two ways) refused; since it is read undated.
        // GoldScore's greedy matching pairs 41 of 94 events at stage c252467 (66 predicted: P 0.621 F1 0.513). Round 5
        // (tuned on b4-01..b4-15 only; b4-16..b4-30 held out): score-extraction 54 of 94, 77 predicted (P 0.701 R 0.574
        // F1 0.632)
        GoldScore.Score score = score(split("corpus/blind4"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.61);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.67);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theFifthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind5/README.md): 30 articles written and labelled by an independent annotator while
        // round 5 was being built; scored once, by score-extraction, at main 97e7e28 (events P 0.733 R 0.524 F1 0.611,
        // claims P 0.913 R 0.700 F1 0.792) and at round 5's frozen commit 96e80af (events 80 of 147, 109 predicted:
        // P 0.734 R 0.544 F1 0.625; claims the same as before). Round 7 (held out; totals read after the last change,
        // frozen 27e42bc): events 83 of 147, 113 predicted (P 0.735 R 0.565 F1 0.638); claims 25 of 30, 26 predicted
        // (P 0.962 R 0.833 F1 0.893). Round 11b (the classifier trained on every development split's tuning part;
        // blind5
        // still held out, totals only): events 86 of 147, 119 predicted (P 0.723 R 0.585 F1 0.647, the same by
        // GoldScore). Round 25c (amounts coordinated after an investment's own; totals only): score-extraction 95 of
        // 147, 120 predicted (P 0.792 R 0.646 F1 0.712), GoldScore 96 of 147 (P 0.800 F1 0.719). Round 26b (a mineral
        // context for acts whose sentence names none; totals only): score-extraction 96 of 147, 121 predicted (P 0.793
        // R 0.653 F1 0.716)
        GoldScore.Score score = score(split("corpus/blind5"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.71);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.71);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.912 (was under 0.88)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theSixthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind6/README.md): 30 articles written and labelled by an independent annotator while
        // round 7 was being built; scored once, by score-extraction, at main 9ff5698 (events 86 of 149, 124 predicted:
        // P 0.694 R 0.577 F1 0.630; claims P 0.833 R 0.667 F1 0.741) and at round 7's frozen commit 27e42bc (events
        // 88 of 149, 128 predicted: P 0.688 R 0.591 F1 0.635; claims the same); GoldScore pairs the same 88 events and
        // 20 of 30 claims. Development data since; rounds 9a and 9b together (news-pipeline-8): 94 of 149, 122
        // predicted (P 0.770 R 0.631 F1 0.694; GoldScore pairs 93: F1 0.686); rounds 10a and 10b together
        // (news-pipeline-10): 99 of 149, 124 predicted (P 0.798 R 0.664 F1 0.725); round 11 (11a, 11b and 11c together,
        // news-pipeline-14): 102 of 149, 128 predicted (P 0.797 R 0.685 F1 0.736); round 12b (news-pipeline-16): 103
        // of 149, 128 predicted (P 0.805 R 0.691 F1 0.744); round 19b (news-pipeline-27, second actions of another
        // type): 104 of 149, 124 predicted (P 0.839 R 0.698 F1 0.762); round 19 together (news-pipeline-28, the
        // merge 996fd82: round 19a's filter threshold 0.45 keeps three more): 104 of 149, 127 predicted (P 0.819 R
        // 0.698 F1 0.754), so the precision floor round 19b raised to 0.82 is 0.81; round 20a (news-pipeline-29, the
        // filter's threshold 0.50 and the gate's 0.65 for a pooled precision of 0.8 out of fold): 102 of 149, 122
        // predicted (P 0.836 R 0.685 F1 0.753; GoldScore pairs 101: F1 0.745), so the F1 floor is 0.74
        GoldScore.Score score = score(split("corpus/blind6"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.74);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.81);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.897 (was under 0.74)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theSeventhBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind7/README.md): 30 articles written and labelled by an independent annotator while
        // round 9 was being built; scored once, by score-extraction, at main b9db928 (events 85 of 160, 109 predicted:
        // P 0.780 R 0.531 F1 0.632; claims 21 of 27, 25 predicted: P 0.840 R 0.778 F1 0.808; dates 13 of 39) and at
        // round 9's final news commit 496961f (events 87 of 160, 110 predicted: P 0.791 R 0.544 F1 0.644; claims the
        // same; dates 28 of 40). Development data since; rounds 10a and 10b together (news-pipeline-10): 99 of 160,
        // 115 predicted (P 0.861 R 0.619 F1 0.720; dates 32 of 44); round 11 (news-pipeline-14): 104 of 160, 119
        // predicted (P 0.874 R 0.650 F1 0.746; dates 32 of 45); round 12b (news-pipeline-16): 105 of 160, 120
        // predicted (P 0.875 R 0.656 F1 0.750); round 20b (news-pipeline-29, duties and lists read from their
        // structure): GoldScore 111 of 160, 125 predicted (P 0.888 F1 0.779)
        GoldScore.Score score = score(split("corpus/blind7"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.77);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.88);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.923 (was under 0.80)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.91);
    }

    @Test
    void theEighthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind8/README.md): 30 articles written and labelled by an independent annotator while
        // round 10 was being built; scored once, by score-extraction, at main 952c9b3 (events 76 of 140, 114
        // predicted: P 0.667 R 0.543 F1 0.598; claims 24 of 26, 25 predicted: P 0.960 R 0.923 F1 0.941; dates 27 of
        // 41) and at round 10's merge ec2ad2a (events 77 of 140, 114 predicted: P 0.675 R 0.550 F1 0.606; claims the
        // same; dates 29 of 42). Development data since; round 11 (news-pipeline-14): 91 of 140, 123 predicted (P
        // 0.740 R 0.650 F1 0.692; dates 37 of 51); round 18b (attributes and party names): 98 of 140, 125 predicted
        // (P 0.784 R 0.700 F1 0.740; dates 43 of 55); round 19b (news-pipeline-27): 98 of 140, 121 predicted (P 0.810
        // R 0.700 F1 0.751; dates 45 of 57)
        GoldScore.Score score = score(split("corpus/blind8"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.74);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.80);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 1.000 (was under 0.93)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void theNinthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind9/README.md): 30 articles written and labelled by an independent annotator while
        // round 11 was being built; scored once, by score-extraction, at main e731088 (events 81 of 133, 101
        // predicted: P 0.802 R 0.609 F1 0.692; claims 25 of 27, 29 predicted: P 0.862 R 0.926 F1 0.893; dates 34 of
        // 47) and at round 11's merge 868a2a8 (events 82 of 133, 103 predicted: P 0.796 R 0.617 F1 0.695; claims the
        // same; dates 34 of 48). Development data since; round 20b (news-pipeline-29, duties and lists read from
        // their structure): GoldScore 92 of 133, 108 predicted (P 0.852 F1 0.763; score-extraction 91, F1 0.755)
        // Round 24b (news-pipeline-35, state instruments released and exports halted): score-extraction 96 of 133, 114
        // predicted (P 0.842 R 0.722 F1 0.777)
        GoldScore.Score score = score(split("corpus/blind9"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.76);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.84);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.963 (was under 0.88)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theTenthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind10/README.md): 30 articles written and labelled by an independent annotator while
        // round 12 was being built; scored once, by score-extraction, at main b77ee3b (events 70 of 135, 108
        // predicted: P 0.648 R 0.519 F1 0.576; claims 26 of 28, 28 predicted: P 0.929 R 0.929 F1 0.929; dates 30 of
        // 42) and at round 12's merge d377f4f (news-pipeline-16: byte-identical output, the same figures).
        // Development data since. Round 15a (news-pipeline-22: the filter re-trained with blind12, its threshold 0.50
        // instead of 0.55): 72 of 135, 103 predicted (P 0.699 R 0.533 F1 0.605), one prediction more than the
        // precision floor of 0.70 allowed, so that floor is 0.69.
        // Round 15b alone (the frame proposer): 77 of 135, 105 predicted (P 0.733 R 0.570 F1 0.642); both merged
        // (news-pipeline-23, c5532a9): 78 of 135, 108 predicted (P 0.722 R 0.578 F1 0.642); round 19b
        // (news-pipeline-27): 77 of 135, 106 predicted (P 0.726 R 0.570 F1 0.639); round 20a (news-pipeline-29, the
        // learned stages at a pooled precision of 0.8 out of fold): 74 of 135, 102 predicted (P 0.725 R 0.548 F1
        // 0.624); round 22c (news-pipeline-33: a measure told by way of another, a licence standing since a time): 82
        // of 135, 110 predicted (P 0.745 R 0.607 F1 0.669; was 75 of 135, 103 predicted, F1 0.630 at
        // news-pipeline-32)
        GoldScore.Score score = score(split("corpus/blind10"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.65);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.73);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.964 (was under 0.91)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theEleventhBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind11/README.md): 30 articles written and labelled by an independent annotator while
        // round 13 was being built; scored once, by score-extraction, at main 8d9cc99 (events 70 of 135, 95
        // predicted: P 0.737 R 0.519 F1 0.609; claims 22 of 27, 26 predicted: P 0.846 R 0.815 F1 0.830; dates 28 of
        // 37) and at round 13's merge 3375a74 (news-pipeline-19: events 69 of 135, 93 predicted: P 0.742 R 0.511 F1
        // 0.605; claims the same; dates 28 of 36). Development data since; round 14b (news-pipeline-21, blind11 in
        // the classifier's and the filter's training): 74 of 135, 95 predicted (P 0.779 R 0.548 F1 0.643; dates 32 of
        // 40); round 15b (news-pipeline-23, the frame proposer): 81 of 135, 104 predicted (P 0.779 R 0.600 F1 0.678);
        // round 19b (news-pipeline-27): 83 of 135, 105 predicted (P 0.790 R 0.615 F1 0.692); round 20a alone
        // (news-pipeline-29, the learned stages at a pooled precision of 0.8 out of fold): 79 of 135, 99 predicted (P
        // 0.798 R 0.585 F1 0.675; GoldScore pairs 78: F1 0.667); round 20b alone (duties and lists): GoldScore 85 of
        // 135, 108 predicted (P 0.787 F1 0.700; score-extraction 86, F1 0.708); round 20 together (news-pipeline-30):
        // score-extraction 81 of 135, 101 predicted (P 0.802 R 0.600 F1 0.686)
        // Round 24b (news-pipeline-35, strategies released and quota batches): score-extraction 93 of 135, 112
        // predicted (P 0.830 R 0.689 F1 0.753); GoldScore 91 of 135, 112 predicted (F1 0.737)
        GoldScore.Score score = score(split("corpus/blind11"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.73);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.78);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.906 (was under 0.82)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.89);
    }

    @Test
    void theTwelfthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind12/README.md): 30 articles written and labelled by an independent annotator while
        // round 14 was being built; scored once, by score-extraction, at main 93439b3 (events 65 of 133, 92
        // predicted: P 0.707 R 0.489 F1 0.578; claims 28 of 30, 30 predicted: P 0.933 R 0.933 F1 0.933; dates 21 of
        // 37) and at round 14's merge 906d983 (news-pipeline-21: events 65 of 133, 89 predicted: P 0.730 R 0.489 F1
        // 0.586; claims the same; dates 22 of 37). Development data since; round 15a (news-pipeline-22, blind12 in
        // the classifier's and the filter's training): 67 of 133, 90 predicted (P 0.744 R 0.504 F1 0.601; dates 22
        // of 38); round 15b alone (the frame proposer): 68 of 133, 94 predicted (P 0.723 R 0.511 F1 0.599); both
        // merged (news-pipeline-23, c5532a9): 69 of 133, 94 predicted (P 0.734 R 0.519 F1 0.608); round 18b (header
        // dates resolve its year-less days, so restatements of other days stay apart): 71 of 133, 97 predicted (P
        // 0.732 R 0.534 F1 0.617; dates 37 of 42); round 20b (news-pipeline-29): 74 of 133, 100 predicted (P 0.740 R
        // 0.556 F1 0.635); round 23c (news-pipeline-34: measures named by their instrument or time, an issuer's
        // measures of other months kept apart): 79 of 133, 103 predicted (P 0.767 R 0.594 F1 0.669)
        // Round 24b (news-pipeline-35, exports halted or forbidden): score-extraction 84 of 133, 106 predicted (P 0.792
        // R 0.632 F1 0.703)
        GoldScore.Score score = score(split("corpus/blind12"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.69);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.73);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.983 (was under 0.92)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void theThirteenthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind13/README.md): 30 articles written and labelled by an independent annotator while
        // round 15 was being built; scored once, by score-extraction, at main 16e2d5c (events 57 of 133, 82
        // predicted: P 0.695 R 0.429 F1 0.530; claims 26 of 29, 30 predicted: P 0.867 R 0.897 F1 0.881; dates 24 of
        // 36) and at round 15's merge c5532a9 (news-pipeline-23: events 63 of 133, 92 predicted: P 0.685 R 0.474 F1
        // 0.560; claims the same; dates 27 of 38). Development data since; round 16a (news-pipeline-24, blind13 in
        // the classifier's, the filter's and the proposal gate's training): 64 of 133, 87 predicted (P 0.736 R 0.481
        // F1 0.582); round 17a (news-pipeline-25, blind14 joins the training): 66 of 133, 91 predicted (P 0.725 R
        // 0.496 F1 0.589), two matches and four predictions more, so the precision floor is 0.72; round 18a
        // (news-pipeline-26, blind15 joins the training): 61 of 133, 85 predicted (P 0.718 R 0.459 F1 0.560), five
        // matches and six predictions fewer from the re-trained classifier, filter and gate (no sentence of blind13 is
        // cut by the coordinated frames; out of fold blind13 is 61 of 87 either way), so the floors are 0.55 and 0.71;
        // round 23c (news-pipeline-34): 63 of 133, 85 predicted (P 0.741 R 0.474 F1 0.578); round 25c (amounts
        // coordinated after an investment's own, a lender's letter told by what it said): score-extraction 71 of 133,
        // 91 predicted (P 0.780 R 0.534 F1 0.634), GoldScore the same
        GoldScore.Score score = score(split("corpus/blind13"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.62);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.71);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.949 (was under 0.88)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void theFourteenthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind14/README.md): 30 articles written and labelled by an independent annotator while
        // round 16 was being built; scored once, by score-extraction, at main 0c0504c (news-pipeline-23: events 84 of
        // 117, 112 predicted: P 0.750 R 0.718 F1 0.734; claims 13 of 16, 14 predicted: P 0.929 R 0.812 F1 0.867; dates
        // 36 of 48) and at round 16's merge c41b5ab (news-pipeline-24: events 83 of 117, 111 predicted: P 0.748 R 0.709
        // F1 0.728; claims the same; dates 36 of 47). Development data since; round 17a (news-pipeline-25, blind14 in
        // the classifier's, the filter's and the proposal gate's training): 83 of 117, 109 predicted (P 0.761 R 0.709
        // F1 0.735; dates 36 of 48); round 25c (a second loan sharing the first one's lender, a value put on equity
        // no investment): score-extraction 90 of 117, 110 predicted (P 0.818 R 0.769 F1 0.793), GoldScore the same
        GoldScore.Score score = score(split("corpus/blind14"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.78);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.76);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.903 (was under 0.86)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.89);
    }

    @Test
    void theFifteenthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind15/README.md): 30 articles written and labelled by an independent annotator while
        // round 17 was being built; scored once, by score-extraction, at main 235f7c6 (news-pipeline-24: events 75 of
        // 127, 108 predicted: P 0.694 R 0.591 F1 0.638; claims 8 of 12, 10 predicted: P 0.800 R 0.667 F1 0.727; dates
        // 27 of 48) and at round 17's merge 2e2c6c1 (news-pipeline-25: events 76 of 127, 109 predicted: P 0.697 R
        // 0.598 F1 0.644; claims the same; dates 27 of 49). Development data since; round 18a (news-pipeline-26,
        // blind15 in the classifier's, the filter's and the proposal gate's training): 76 of 127, 106 predicted (P
        // 0.717 R 0.598 F1 0.652; dates 29 of 49); round 18b alone (the slots, news-pipeline-25): 77 of 127, 111
        // predicted (P 0.694 R 0.606 F1 0.647; dates 33 of 50); round 18 together (news-pipeline-26 with the slots): 77
        // of 127, 108 predicted (P 0.713 R 0.606 F1 0.655; dates 35 of 50); round 19a (news-pipeline-27, blind16 in the
        // training, the filter's threshold 0.45, short forms and companies named in passing): 79 of 127, 115 predicted
        // (P 0.687 R 0.622 F1 0.653); round 20a (news-pipeline-29): 77 of 127, 109 predicted (P 0.706 R 0.606 F1
        // 0.653); claims 8 of 12, 11 predicted (F1 0.696): with Panama in the country list, "it accounted for roughly
        // 1.5% of global copper output" after "Cobre Panama is one of the largest new copper mines" reads the mine's
        // share as Panama's, so the claims floor is 0.69; round 21a (news-pipeline-31, blind18 in the classifier's, the
        // filter's and the gate's training): score-extraction 76 of 127, 107 predicted (P 0.710 R 0.598 F1 0.650; this
        // test's scorer 0.6496): the models re-trained with blind18 keep one match fewer and two false alarms fewer
        // than round 20's merge (77 of 127, 109 predicted, F1 0.653), so the events floor is 0.64
        GoldScore.Score score = score(split("corpus/blind15"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.64);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.68);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.917 (was under 0.69)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theSixteenthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind16/README.md): 30 articles written and labelled by an independent annotator while
        // round 18 was being built; scored once, by score-extraction, at main a2fae2b (news-pipeline-25: events 75 of
        // 137, 122 predicted: P 0.615 R 0.547 F1 0.579; claims 12 of 13, 13 predicted: P 0.923 R 0.923 F1 0.923; dates
        // 31 of 41) and at round 18's merge f7bed79 (news-pipeline-26 with the slots of round 18b: events 74 of 137,
        // 120 predicted: P 0.617 R 0.540 F1 0.576; claims the same; dates 31 of 40). Development data since; round
        // 19a alone (news-pipeline-27, blind16 in the classifier's, the filter's and the gate's training, short forms
        // the article defines and companies named in passing): 79 of 137, 121 predicted (P 0.653 R 0.577 F1 0.612);
        // round 19b alone (second actions of another type, no trained resource changed): 77 of 137, 121 predicted (P
        // 0.636 R 0.562 F1 0.597); round 19 together (news-pipeline-28, the merge 996fd82): 82 of 137, 122 predicted
        // (P 0.672 R 0.599 F1 0.633; dates 33 of 43); round 20b (news-pipeline-29, duties and lists read from their
        // structure): 85 of 137, 122 predicted (P 0.697 R 0.620 F1 0.656); round 24c (commercial events told in other
        // words): 94 of 137, 130 predicted (P 0.723 F1 0.704, GoldScore and score-extraction alike)
        GoldScore.Score score = score(split("corpus/blind16"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.68);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.70);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void theSeventeenthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind17/README.md): 30 articles written and labelled by an independent annotator while
        // round 19 was being built; scored once, by score-extraction, at main 2ab38be (news-pipeline-26: events 44 of
        // 109, 67 predicted: P 0.657 R 0.404 F1 0.500; claims 5 of 7, 7 predicted: P 0.714 R 0.714 F1 0.714; dates 11
        // of 19) and at round 19's merge 996fd82 (news-pipeline-28: events 44 of 109, 66 predicted: P 0.667 R 0.404 F1
        // 0.503; claims the same). Development data since; round 20a alone (news-pipeline-29, blind17 in the
        // classifier's, the filter's and the gate's training, their thresholds for a pooled precision of 0.8 out of
        // fold): 43 of 109, 66 predicted (P 0.652 R 0.394 F1 0.491); round 20b alone (news-pipeline-29, duties and
        // lists
        // read from their structure; blind17 still in none of the trained resources): 56 of 109, 77 predicted (P 0.727
        // R 0.514 F1 0.602; 7 of its 10 tariffs and 4 of its 5 list updates, none before); round 20 together
        // (news-pipeline-30, the merge): score-extraction 54 of 109, 76 predicted (P 0.711 R 0.495 F1 0.584); round
        // 23c (news-pipeline-34): 57 of 109, 77 predicted (P 0.740 R 0.523 F1 0.613)
        GoldScore.Score score = score(split("corpus/blind17"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.60);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.70);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.857 (was under 0.71)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theEighteenthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind18/README.md): 30 articles written and labelled by an independent annotator while
        // round 20 was being built; scored once, by score-extraction, at main d211caa (news-pipeline-28: events 64 of
        // 116, 91 predicted: P 0.703 R 0.552 F1 0.618; claims 8 of 10, 11 predicted: P 0.727 R 0.800 F1 0.762; dates 27
        // of 42) and at round 20's merge (news-pipeline-30: events 64 of 116, 89 predicted: P 0.719 R 0.552 F1 0.624;
        // claims the same). Development data since; round 21a alone (news-pipeline-31, blind18 in the classifier's,
        // the filter's and the gate's training): the same 64 of 116, 89 predicted; round 21b alone (news-pipeline-31,
        // acts on instruments of mining, quotas on imports; blind18 still in none of the trained resources):
        // score-extraction 74 of 116, 97 predicted (P 0.763 R 0.638 F1 0.695); round 21 together
        // (news-pipeline-32, the merge): score-extraction 74 of 116, 97 predicted (P 0.763 R 0.638 F1 0.695).
        // The floors leave the test's own scorer (GoldScore) a margin
        GoldScore.Score score = score(split("corpus/blind18"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.66);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.72);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.74);
    }

    @Test
    void theNineteenthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind19/README.md): 30 articles written and labelled by an independent annotator while
        // round 21 was being built; scored once, by score-extraction, at main 05c9fd0 (news-pipeline-30: events 77 of
        // 129, 122 predicted: P 0.631 R 0.597 F1 0.614; claims 12 of 13, 16 predicted: P 0.750 R 0.923 F1 0.828; dates
        // 27 of 40) and at round 21's merge (news-pipeline-32: events 78 of 129, 123 predicted: P 0.634 R 0.605 F1
        // 0.619; claims the same). Development data since. Alone, each from 18a5228: round 22a (blind19 in the
        // classifier's training, agreements named in passing) 82 of 129, 127 predicted (P 0.646 R 0.636 F1 0.641);
        // round 22b (acts on fiscal instruments, acts told as nouns or after their instrument, an investment's role) 79
        // of 129, 120 predicted (P 0.658 R 0.612 F1 0.635); round 22c (a measure told by way of another, a licence
        // standing since a time) 83 of 129, 128 predicted (P 0.648 R 0.643 F1 0.646); round 22 together
        // (news-pipeline-33, the merge): 88 of 129, 129 predicted (P 0.682 R 0.682 F1 0.682; claims the same); round
        // 23a (news-pipeline-34, the classifier trained with blind20, the gate with blind19 and blind20): 87 of 129,
        // 128 predicted (P 0.680 R 0.674 F1 0.677). The floors leave the test's own scorer (GoldScore) a margin
        GoldScore.Score score = score(split("corpus/blind19"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.65);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.65);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.857 (was under 0.80)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theTwentiethBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind20/README.md): 30 articles of 2010-2022 stories written and labelled by an
        // independent
        // annotator while round 22 was being built; scored once, by score-extraction, at main 18a5228
        // (news-pipeline-32: events 47 of 117, 69 predicted: P 0.681 R 0.402 F1 0.505; claims 16 of 23, 23 predicted:
        // P 0.696 R 0.696 F1 0.696; dates 7 of 22) and at round 22's merge (news-pipeline-33: events 49 of 117, 71
        // predicted: P 0.690 R 0.419 F1 0.521; claims the same). Development data since; round 23a (news-pipeline-34,
        // blind20 in the classifier's and the gate's training): 50 of 117, 72 predicted (P 0.694 R 0.427 F1 0.529;
        // claims the same). Round 23b (StateActs, studied on this split's `other` acts): events 67 of 117, 84
        // predicted: P 0.798 R 0.573 F1 0.667 (score-extraction). Round 23 together (news-pipeline-34 at the merge):
        // 70 of 117, 87 predicted: P 0.805 R 0.598 F1 0.686. Round 24c (commercial events told in other words): 74 of
        // 117, 90 predicted: P 0.822 R 0.632 F1 0.715 (GoldScore the same). The floors leave the test's own scorer
        // (GoldScore) a margin
        GoldScore.Score score = score(split("corpus/blind20"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.69);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.80);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.800 (was under 0.67)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.79);
    }

    @Test
    void theTwentyFirstBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind21/README.md): 30 articles of 2023-2025 stories written and labelled by an
        // independent annotator while round 23 was being built; scored once, by score-extraction, at main 6314d4e
        // (news-pipeline-33: events 61 of 120, 86 predicted: P 0.709 R 0.508 F1 0.592; claims 14 of 15, 14 predicted:
        // P 1.000 R 0.933 F1 0.966; amounts 6 of 12, dates 18 of 29) and at round 23's merge (news-pipeline-34: events
        // 64 of 120, 90 predicted: P 0.711 R 0.533 F1 0.610; claims the same). Development data from round 24; the
        // floors keep the first look's figures with a margin for the test's own scorer (GoldScore). Round 24a alone
        // (news-pipeline-36, blind21 in the classifier's, the filter's and the gate's training): 65 of 120, 88
        // predicted (P 0.739 R 0.542 F1 0.625; claims the same), from 66 of 120, 91 predicted at main b3a253f; round
        // 24b alone (quota batches, rules finalised): 68 of 120, 92 predicted (P 0.739 R 0.567 F1 0.642); round 24c
        // alone (commercial events told in other words, read from this split's misses among others): 75 of 120, 99
        // predicted (P 0.758 R 0.625 F1 0.685), GoldScore 77 of 120 (P 0.778 F1 0.703); round 24 together
        // (news-pipeline-36 at the merge): 76 of 120, 97 predicted (P 0.784 R 0.633 F1 0.700); round 25c (grants of
        // two amounts to two companies read as two): 77 of 120, 98 predicted (P 0.786 R 0.642 F1 0.706), GoldScore 79
        // of 120 (P 0.806 F1 0.725)
        GoldScore.Score score = score(split("corpus/blind21"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.70);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.76);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 1.000 (was under 0.93)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void theTwentySecondBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind22/README.md): 30 articles of 2023-2026 stories written and labelled by an
        // independent annotator while round 24 was being built; scored once, by score-extraction, at main b3a253f
        // (news-pipeline-35: events 41 of 102, 67 predicted: P 0.612 R 0.402 F1 0.485; claims 18 of 24, 23 predicted:
        // P 0.783 R 0.750 F1 0.766; amounts 3 of 5, dates 12 of 18). Development data since; round 25b (state
        // measures: instruments refused, project decisions, laws in force after a relative clause, trade-remedy
        // stages, a negative injury vote, a state's body told by its noun): score-extraction 46 of 102, 69 predicted
        // (P 0.667 R 0.451 F1 0.538); round 26c (a country's company, a company's project, a commercial verb's
        // subject):
        // 49 of 102, 70 predicted (P 0.700 R 0.480 F1 0.570). The floors leave
        // the test's own scorer (GoldScore) a margin
        GoldScore.Score score = score(split("corpus/blind22"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.55);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.64);
        // round 25d (possessives, ranges, comparisons, critical minerals): claims F1 0.851 (was under 0.74)
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void theTwentyThirdBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind23/README.md): 30 articles of 2023-2026 stories written and labelled by an
        // independent annotator while round 25 was being built; scored once, by score-extraction, at main 013f2c7
        // (news-pipeline-36: events 44 of 100, 65 predicted: P 0.677 R 0.440 F1 0.533; claims 16 of 20, 19 predicted:
        // P 0.842 R 0.800 F1 0.821; amounts 3 of 7, dates 12 of 20). The floors keep the first look's figures with a
        // margin for the test's own scorer (GoldScore). Round 26b (a mineral context for acts whose sentence names
        // none; development data): score-extraction 46 of 100, 68 predicted (P 0.676 R 0.460 F1 0.548)
        GoldScore.Score score = score(split("corpus/blind23"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.53);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.65);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void theTwentyFourthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind24/README.md): 30 articles of 2023-2026 stories written and labelled by an
        // independent annotator while round 26 was being built; scored once, by score-extraction, at main a21f327
        // (news-pipeline-37: events 45 of 93, 62 predicted: P 0.726 R 0.484 F1 0.581; claims 20 of 21, 24 predicted:
        // P 0.833 R 0.952 F1 0.889; amounts 3 of 7, dates 8 of 13); at round 26's merge 46 of 93, 65 predicted (P 0.708
        // F1 0.582). Development data since; round 27b (a court's ruling, a production quota told by its level in
        // tonnes, a royalty replaced or voted for): 49 of 93, 68 predicted (P 0.721 R 0.527 F1 0.609). The floors keep
        // the measured figures with a margin for the test's own scorer (GoldScore)
        GoldScore.Score score = score(split("corpus/blind24"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.59);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.70);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void theTwentyFifthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind25/README.md): 30 articles of 2023-2026 stories written and labelled by an
        // independent annotator while round 27 was being built; scored once, by score-extraction, at main c8c86ab
        // (news-pipeline-38: events 36 of 93, 69 predicted: P 0.522 R 0.387 F1 0.444; claims 17 of 20, 21 predicted:
        // P 0.810 R 0.850 F1 0.829; amounts 3 of 6, dates 11 of 17). The floors keep the first look's figures with a
        // margin for the test's own scorer (GoldScore)
        GoldScore.Score score = score(split("corpus/blind25"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.42);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.50);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void theTwentySixthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind26/README.md): 30 articles of 2023-2026 stories written and labelled by an
        // independent annotator while round 27 was being built; scored by score-extraction at main c8c86ab
        // (news-pipeline-38: events 46 of 111, 79 predicted: P 0.582 R 0.414 F1 0.484; claims 15 of 21, 19 predicted:
        // P 0.789 R 0.714 F1 0.750; amounts 6 of 7, dates 6 of 20) and on the merged round 27 (news-pipeline-39: the
        // same predictions). The floors keep the first look's figures with a margin for the test's own scorer
        GoldScore.Score score = score(split("corpus/blind26"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.46);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.55);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.72);
    }

    @Test
    void theTwentySeventhBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind27/README.md): 30 articles of 2023-2026 stories in the proportions of a month of real
        // news, written and labelled by an independent annotator while round 28 was being built; scored by
        // score-extraction at main 17682be (news-pipeline-39: events 49 of 95, 69 predicted: P 0.710 R 0.516 F1 0.598;
        // claims 13 of 19, 17 predicted: P 0.765 R 0.684 F1 0.722; amounts 7 of 13, dates 6 of 13) and on the merged
        // round 28 (news-pipeline-40: the same predictions); development data from round 29 (news-pipeline-41: 51 of
        // 95, 69 predicted: P 0.739 R 0.537 F1 0.622). The floors keep the merged figures with a margin for the test's
        // own scorer
        GoldScore.Score score = score(split("corpus/blind27"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.59);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.70);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void theTwentyEighthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind28/README.md): 30 articles of 2023-2026 stories in the proportions of a month of real
        // news, written and labelled by an independent annotator while round 29 was being built; scored by
        // score-extraction at main 7019bf8 (news-pipeline-40: events 47 of 90, 69 predicted: P 0.681 R 0.522 F1 0.591;
        // claims 15 of 16, 20 predicted: P 0.750 R 0.938 F1 0.833; amounts 8 of 8, dates 14 of 18) and on the merged
        // round 29 (news-pipeline-41: the same predictions). The floors keep the first look's figures with a margin for
        // the test's own scorer
        GoldScore.Score score = score(split("corpus/blind28"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.56);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.65);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void theTwentyNinthBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind29/README.md): 30 articles of 2023-2026 stories, written and labelled by an
        // independent annotator while round 30 was being built; scored by score-extraction at main 9242e5a
        // (news-pipeline-41: events 35 of 67, 53 predicted: P 0.660 R 0.522 F1 0.583; claims 4 of 5, 5 predicted:
        // P 0.800 R 0.800 F1 0.800; amounts 3 of 4, dates 11 of 16). The floors keep the first look's figures with a
        // margin for the test's own scorer
        GoldScore.Score score = score(split("corpus/blind29"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.55);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.62);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void theThirtiethBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind30/README.md): 30 articles of 2023-2026 stories, 43 of their 110 events `other` acts,
        // written and labelled by an independent annotator while round 31 was being built; scored by score-extraction
        // at main 87863a7 (news-pipeline-41: events 38 of 110, 55 predicted: P 0.691 R 0.345 F1 0.461; claims 7 of 7,
        // 8 predicted: P 0.875 R 1.000 F1 0.933; amounts 3 of 6, dates 10 of 12). The floors keep the first look's
        // figures with a margin for the test's own scorer
        GoldScore.Score score = score(split("corpus/blind30"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.43);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.65);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theThirtyFirstBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind31/README.md): 30 articles of 2023-2025 stories, 40 of their 99 events investments,
        // written and labelled by an independent annotator while round 32 was being built; scored by score-extraction
        // at main 30aefbd (news-pipeline-42: events 43 of 99, 68 predicted: P 0.632 R 0.434 F1 0.515; claims 7 of 7,
        // 8 predicted: P 0.875 R 1.000 F1 0.933; amounts 5 of 10, dates 15 of 19). The floors keep the first look's
        // figures with a margin for the test's own scorer
        GoldScore.Score score = score(split("corpus/blind31"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.48);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.60);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theThirtySecondBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind32/README.md): 30 articles of 2023-2025 stories away from rare earths, 44 of their
        // 102
        // events `other` acts, written and labelled by an independent annotator while round 33 was being built; scored
        // by score-extraction at main 9fa65c2 (news-pipeline-43: events 44 of 102, 67 predicted: P 0.657 R 0.431 F1
        // 0.521; claims 11 of 14, 11 predicted: P 1.000 R 0.786 F1 0.880; amounts 4 of 5, dates 16 of 23). The floors
        // keep the first look's figures with a margin for the test's own scorer
        GoldScore.Score score = score(split("corpus/blind32"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.49);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.62);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void theThirtyThirdBlindSplitKeepsItsFirstLookFigures() throws URISyntaxException {
        // first look (corpus/blind33/README.md): 30 articles of 2024-2026 stories, 31 of their 83 events `other` acts,
        // written and labelled by an independent annotator while round 34 was being built; scored by score-extraction
        // at main 2a419eb (news-pipeline-44: events 39 of 83, 59 predicted: P 0.661 R 0.470 F1 0.549; claims 5 of 8,
        // 9 predicted: P 0.556 R 0.625 F1 0.588; amounts 9 of 10, dates 7 of 11). The floors keep the first look's
        // figures with a margin for the test's own scorer
        GoldScore.Score score = score(split("corpus/blind33"));
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.52);
        assertThat(score.events().precision())
                .as("event precision %s", score.events())
                .isGreaterThanOrEqualTo(0.62);
        assertThat(score.claims().f1()).as("claims F1 %s", score.claims()).isGreaterThanOrEqualTo(0.55);
    }
}
