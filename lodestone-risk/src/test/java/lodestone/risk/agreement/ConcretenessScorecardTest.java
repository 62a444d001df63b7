package lodestone.risk.agreement;

import static lodestone.model.agreement.MoneyPurpose.COMMITMENT;
import static lodestone.model.agreement.MoneyPurpose.FINANCING_OFFER;
import static lodestone.model.agreement.MoneyPurpose.INVESTMENT;
import static lodestone.model.agreement.MoneyPurpose.PIPELINE;
import static lodestone.model.agreement.MoneyPurpose.UNSPECIFIED;
import static lodestone.model.agreement.MoneyQualifier.ABOUT;
import static lodestone.model.agreement.MoneyQualifier.AT_LEAST;
import static lodestone.model.agreement.MoneyQualifier.EXACT;
import static lodestone.model.agreement.MoneyQualifier.UP_TO;
import static lodestone.risk.agreement.AgreementFixture.agreement;
import static lodestone.risk.agreement.AgreementFixture.clauses;
import static lodestone.risk.agreement.AgreementFixture.commitment;
import static lodestone.risk.agreement.AgreementFixture.money;
import static lodestone.risk.agreement.AgreementFixture.pressOnly;
import static lodestone.risk.agreement.AgreementFixture.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.Project;
import lodestone.model.quantity.Basis;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConcretenessScorecardTest {
    private static final Map<String, Project> NO_PROJECTS = Map.of();

    private static Scorecard.Criterion criterion(Agreement agreement, Map<String, Project> projects, String id) {
        return ConcretenessScorecard.score(agreement, projects).criterion(id).orElseThrow();
    }

    private static Scorecard.Criterion criterion(Agreement agreement, String id) {
        return criterion(agreement, NO_PROJECTS, id);
    }

    private static Map<String, Project> byId(Project... projects) {
        return Stream.of(projects).collect(Collectors.toMap(Project::id, Function.identity()));
    }

    /**
     * An agreement resembling the US–Australia framework of 20 October 2025: at least USD 1bn from each government
     * within six months, a USD 8.5bn pipeline value, a press-only "up to USD 400 million", two named projects with
     * capacity, a reported price floor, and enforcement described as non-binding.
     */
    @Test
    void reconstructsTheScoreOfAFrameworkLikeUsAustralia() {
        Project gallium = project("alcoa-sojitz-wagerup-gallium").capacity(100).build();
        Project nolans = project("arafura-nolans")
                .capacity(4440, AgreementFixture.NEODYMIUM, Basis.OXIDE_EQUIVALENT)
                .build();
        Agreement usAu = agreement("us-au-framework-2025")
                .money(
                        money(1e9, AT_LEAST, COMMITMENT, "each government", "au-embassy-critical-minerals"),
                        money(8.5e9, EXACT, PIPELINE, "n/a (pipeline value)", "au-embassy-critical-minerals"),
                        pressOnly(4e8, UP_TO, COMMITMENT, "the United States (press report)"))
                .commitment(
                        commitment(
                                "Each Participant to take measures to provide at least USD 1bn in"
                                        + " financing/investment to priority projects within six months",
                                LocalDate.of(2026, 4, 20)),
                        commitment("Establish a critical minerals supply security response group"))
                .clauses(clauses(
                        "Reported to include price-support mechanisms / a price floor",
                        null,
                        "Non-binding common policy action plan (Allens; HFW).",
                        null))
                .projects("alcoa-sojitz-wagerup-gallium", "arafura-nolans")
                .build();

        Scorecard card = ConcretenessScorecard.score(usAu, byId(gallium, nolans));

        assertThat(card.criteria())
                .extracting(Scorecard.Criterion::id, Scorecard.Criterion::points, Scorecard.Criterion::maxPoints)
                .containsExactly(
                        tuple("firm-money", 2, 2),
                        tuple("deadlines", 1, 2),
                        tuple("named-projects", 2, 2),
                        tuple("volumes", 1, 1),
                        tuple("price-mechanism", 1, 1),
                        tuple("review-or-enforcement", 0, 2),
                        tuple("reporting", 0, 1));
        assertThat(card.points()).isEqualTo(7);
        assertThat(card.maxPoints()).isEqualTo(11);
        assertThat(card.fraction()).isCloseTo(7.0 / 11, within(1e-15));
        assertThat(card.agreementId()).isEqualTo("us-au-framework-2025");

        String money = card.criterion("firm-money").orElseThrow().reason();
        assertThat(money)
                .contains("firm: at least USD 1,000,000,000 from each government (commitment, at-least, source"
                        + " au-embassy-critical-minerals)")
                .contains("not counted, press-only: up to USD 400,000,000 from the United States (press report)"
                        + " (commitment, up-to, press-only, no source)")
                .contains("not counted, pipeline or unspecified: USD 8,500,000,000 from n/a (pipeline value)"
                        + " (pipeline, exact, source au-embassy-critical-minerals)");
        assertThat(card.criterion("deadlines").orElseThrow().reason())
                .contains("1 commitment with a deadline: 2026-04-20");
        assertThat(card.criterion("named-projects").orElseThrow().reason())
                .isEqualTo("2 linked projects on record: alcoa-sojitz-wagerup-gallium, arafura-nolans");
        assertThat(card.criterion("volumes").orElseThrow().reason())
                .contains("capacity of alcoa-sojitz-wagerup-gallium: 100 t/yr gallium")
                .contains("capacity of arafura-nolans: 4,440 t/yr neodymium");
        assertThat(card.criterion("review-or-enforcement").orElseThrow().reason())
                .isEqualTo("no review clause. enforcement says the text is non-binding, not counted: \"Non-binding"
                        + " common policy action plan (Allens; HFW).\"");
    }

    @Test
    void theFrameworkWithoutItsFirmAmountScoresNoMoneyFromPipelineOrPressOnlyFigures() {
        Agreement agreement = agreement("pipeline-and-press")
                .money(
                        money(8.5e9, EXACT, PIPELINE),
                        money(2e9, AT_LEAST, UNSPECIFIED),
                        pressOnly(4e8, UP_TO, COMMITMENT, "US"),
                        pressOnly(1e9, AT_LEAST, INVESTMENT, "US"))
                .build();
        Scorecard.Criterion money = criterion(agreement, "firm-money");
        assertThat(money.points()).isZero();
        assertThat(money.reason())
                .startsWith("no committed or invested amount outside the press")
                .contains("press-only: up to USD 400,000,000 from US")
                .contains("at least USD 1,000,000,000 from US (investment, at-least, press-only, no source)")
                .contains("USD 8,500,000,000")
                .contains("(unspecified, at-least, source test-survey)");
    }

    @Nested
    class FirmMoney {
        @Test
        void anExactInvestmentOrAFloorOnACommitmentScoresTwo() {
            assertThat(criterion(
                                    agreement("a")
                                            .money(money(1e8, EXACT, INVESTMENT))
                                            .build(),
                                    "firm-money")
                            .points())
                    .isEqualTo(2);
            assertThat(criterion(
                                    agreement("a")
                                            .money(money(1e8, AT_LEAST, COMMITMENT))
                                            .build(),
                                    "firm-money")
                            .points())
                    .isEqualTo(2);
        }

        @Test
        void ceilingsAndApproximateCommitmentsScoreOne() {
            Scorecard.Criterion upTo = criterion(
                    agreement("a").money(money(2e8, UP_TO, COMMITMENT)).build(), "firm-money");
            assertThat(upTo.points()).isEqualTo(1);
            assertThat(upTo.reason()).contains("up to USD 200,000,000 from a government (commitment, up-to");
            assertThat(criterion(
                                    agreement("a")
                                            .money(money(2e8, ABOUT, INVESTMENT))
                                            .build(),
                                    "firm-money")
                            .points())
                    .isEqualTo(1);
        }

        @Test
        void offersScoreOneWhateverTheirQualifier() {
            Scorecard.Criterion offer = criterion(
                    agreement("a")
                            .money(money(2.2e9, AT_LEAST, FINANCING_OFFER))
                            .build(),
                    "firm-money");
            assertThat(offer.points()).isEqualTo(1);
            assertThat(offer.reason()).contains("(financing-offer, at-least, source test-survey)");
        }

        @Test
        void oneFirmAmountOutweighsCeilingsAndOffers() {
            Agreement agreement = agreement("a")
                    .money(
                            money(3e8, UP_TO, FINANCING_OFFER),
                            money(2e8, UP_TO, COMMITMENT),
                            money(1e8, EXACT, INVESTMENT))
                    .build();
            Scorecard.Criterion money = criterion(agreement, "firm-money");
            assertThat(money.points()).isEqualTo(2);
            assertThat(money.reason())
                    .isEqualTo("firm: USD 100,000,000 from a government (investment, exact, source" + " test-survey)");
        }

        @Test
        void noAmountScoresZeroAndSaysSo() {
            Scorecard.Criterion money = criterion(agreement("a").build(), "firm-money");
            assertThat(money.points()).isZero();
            assertThat(money.reason()).isEqualTo("no amount in the text");
        }
    }

    @Nested
    class Deadlines {
        @Test
        void countsCommitmentsWithADeadlineUpToTwo() {
            Agreement none = agreement("a").commitment(commitment("Cooperate")).build();
            Agreement one = agreement("a")
                    .commitment(commitment("Invest within six months", LocalDate.of(2026, 4, 20)))
                    .build();
            Agreement three = agreement("a")
                    .commitment(
                            commitment("Invest within six months", LocalDate.of(2026, 4, 20)),
                            commitment("Meet within 180 days", LocalDate.of(2026, 4, 18)),
                            commitment("Report within a year", LocalDate.of(2026, 10, 20)))
                    .build();
            assertThat(criterion(none, "deadlines").points()).isZero();
            assertThat(criterion(none, "deadlines").reason()).isEqualTo("no commitment states a deadline");
            assertThat(criterion(one, "deadlines").points()).isEqualTo(1);
            assertThat(criterion(one, "deadlines").reason())
                    .isEqualTo("1 commitment with a deadline: 2026-04-20 \"Invest within six months\"");
            assertThat(criterion(three, "deadlines").points()).isEqualTo(2);
            assertThat(criterion(three, "deadlines").reason()).startsWith("3 commitments with a deadline");
            assertThat(criterion(agreement("a").build(), "deadlines").reason()).isEqualTo("no commitment in the text");
        }
    }

    @Nested
    class NamedProjects {
        @Test
        void countsOnlyProjectsOnRecordAndNamesTheOthers() {
            Map<String, Project> projects = byId(
                    project("p1").build(), project("p2").build(), project("p3").build());
            Agreement agreement = agreement("a").projects("p1", "ghost", "p1").build();
            Scorecard.Criterion named = criterion(agreement, projects, "named-projects");
            assertThat(named.points()).isEqualTo(1);
            assertThat(named.reason()).isEqualTo("1 linked project on record: p1. not on record, not counted: ghost");
            assertThat(criterion(agreement("a").projects("p1", "p2", "p3").build(), projects, "named-projects")
                            .points())
                    .isEqualTo(2);
            Scorecard.Criterion onlyGhosts =
                    criterion(agreement("a").projects("ghost").build(), projects, "named-projects");
            assertThat(onlyGhosts.points()).isZero();
            assertThat(onlyGhosts.reason()).startsWith("no linked project on record");
            assertThat(criterion(agreement("a").build(), projects, "named-projects")
                            .reason())
                    .isEqualTo("no linked project");
        }
    }

    @Nested
    class Volumes {
        @Test
        void aLinkedProjectWithCapacityCounts() {
            Map<String, Project> projects =
                    byId(project("plant").capacity(100).build(), project("bare").build());
            assertThat(criterion(agreement("a").projects("plant").build(), projects, "volumes")
                            .points())
                    .isEqualTo(1);
            Scorecard.Criterion bare = criterion(agreement("a").projects("bare").build(), projects, "volumes");
            assertThat(bare.points()).isZero();
            assertThat(bare.reason())
                    .isEqualTo("no linked project on record states a capacity and no commitment mentions offtake");
        }

        @Test
        void aCommitmentMentioningOfftakeCountsInAnySpelling() {
            for (String text : new String[] {"Right of offtake for Sojitz", "OFF-TAKE rights", "an Off-take deal"}) {
                Scorecard.Criterion volumes =
                        criterion(agreement("a").commitment(commitment(text)).build(), "volumes");
                assertThat(volumes.points()).as(text).isEqualTo(1);
                assertThat(volumes.reason()).isEqualTo("offtake in a commitment: \"" + text + "\"");
            }
            assertThat(criterion(
                                    agreement("a")
                                            .commitment(commitment("take off"))
                                            .build(),
                                    "volumes")
                            .points())
                    .isZero();
        }
    }

    @Nested
    class PriceMechanism {
        @Test
        void countsAPriceClauseAndQuotesIt() {
            Scorecard.Criterion price = criterion(
                    agreement("a")
                            .clauses(clauses("price floors or similar measures", null, null, null))
                            .build(),
                    "price-mechanism");
            assertThat(price.points()).isEqualTo(1);
            assertThat(price.reason()).isEqualTo("price mechanism: \"price floors or similar measures\"");
            Scorecard.Criterion none = criterion(agreement("a").build(), "price-mechanism");
            assertThat(none.points()).isZero();
            assertThat(none.reason()).isEqualTo("no price mechanism in the text");
        }
    }

    @Nested
    class ReviewOrEnforcement {
        @Test
        void aReviewAndABindingEnforcementClauseScoreOneEach() {
            Scorecard.Criterion both = criterion(
                    agreement("a")
                            .clauses(clauses(null, "Reviewed every two years", "Disputes go to arbitration", null))
                            .build(),
                    "review-or-enforcement");
            assertThat(both.points()).isEqualTo(2);
            assertThat(both.reason())
                    .isEqualTo("review: \"Reviewed every two years\". enforcement: \"Disputes go to arbitration\"");
            assertThat(criterion(
                                    agreement("a")
                                            .clauses(clauses(null, "Annual review", null, null))
                                            .build(),
                                    "review-or-enforcement")
                            .points())
                    .isEqualTo(1);
            Scorecard.Criterion nothing = criterion(agreement("a").build(), "review-or-enforcement");
            assertThat(nothing.points()).isZero();
            assertThat(nothing.reason()).isEqualTo("no review clause. no enforcement clause");
        }

        @Test
        void enforcementThatSaysTheTextIsNonBindingDoesNotCount() {
            for (String text : new String[] {
                "Non-binding common policy action plan",
                "Not legally binding; does not obligate funds",
                "The MOU is NOT BINDING on either side"
            }) {
                Scorecard.Criterion criterion = criterion(
                        agreement("a").clauses(clauses(null, null, text, null)).build(), "review-or-enforcement");
                assertThat(criterion.points()).as(text).isZero();
                assertThat(criterion.reason()).contains("non-binding, not counted: \"" + text + "\"");
            }
        }
    }

    @Nested
    class Reporting {
        @Test
        void aReportingClauseCounts() {
            Scorecard.Criterion reporting = criterion(
                    agreement("a")
                            .clauses(clauses(null, null, null, "Annual progress report to leaders"))
                            .build(),
                    "reporting");
            assertThat(reporting.points()).isEqualTo(1);
            assertThat(reporting.reason()).isEqualTo("reporting: \"Annual progress report to leaders\"");
        }

        @Test
        void aCommitmentToMeetOrReportCounts() {
            for (String text : new String[] {
                "Quarterly working-level meetings",
                "Convene an Investment Ministerial within 180 days",
                "Follow-up meeting of the response group",
                "Each side reports on progress"
            }) {
                Scorecard.Criterion reporting =
                        criterion(agreement("a").commitment(commitment(text)).build(), "reporting");
                assertThat(reporting.points()).as(text).isEqualTo(1);
                assertThat(reporting.reason())
                        .isEqualTo("periodic meeting or report in a commitment: \"" + text + "\"");
            }
        }

        @Test
        void aCommitmentThatWasMerelyReportedDoesNotCount() {
            Scorecard.Criterion reporting = criterion(
                    agreement("a")
                            .commitment(commitment("Limit adversarial acquisitions (reported by an aggregator)"))
                            .build(),
                    "reporting");
            assertThat(reporting.points()).isZero();
            assertThat(reporting.reason())
                    .isEqualTo("no reporting clause and no commitment mentions a meeting, ministerial, quarterly or"
                            + " report");
        }
    }

    @Test
    void anEmptyAgreementScoresZeroOfEleven() {
        Scorecard card = ConcretenessScorecard.score(agreement("empty").build(), NO_PROJECTS);
        assertThat(card.points()).isZero();
        assertThat(card.maxPoints()).isEqualTo(ConcretenessScorecard.MAX_POINTS);
        assertThat(card.fraction()).isZero();
        assertThat(card.criteria())
                .hasSize(7)
                .allSatisfy(c -> assertThat(c.reason()).isNotBlank());
    }

    @Test
    void aFullyConcreteAgreementScoresElevenOfEleven() {
        Map<String, Project> projects =
                byId(project("p1").capacity(10).build(), project("p2").build());
        Agreement agreement = agreement("full")
                .money(money(5e8, EXACT, COMMITMENT))
                .commitment(
                        commitment("Disburse the first tranche", LocalDate.of(2026, 1, 1)),
                        commitment("Disburse the second tranche", LocalDate.of(2026, 6, 1)))
                .projects("p1", "p2")
                .clauses(clauses("Price floor of USD 110/kg NdPr oxide", "Five-year review", "Arbitration", "Annual"))
                .build();
        Scorecard card = ConcretenessScorecard.score(agreement, projects);
        assertThat(card.points()).isEqualTo(11);
        assertThat(card.fraction()).isEqualTo(1.0);
    }

    @Test
    void rejectsNullArgumentsAndInconsistentScorecards() {
        assertThatThrownBy(() -> ConcretenessScorecard.score(agreement("a").build(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("projectsById");
        assertThatThrownBy(() -> new Scorecard.Criterion("x", "X", 3, 2, "why"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points (3) of criterion x must be within [0, 2]");
        assertThatThrownBy(() -> new Scorecard("a", 1, 2, 0.5, List.of(new Scorecard.Criterion("x", "X", 2, 2, "why"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must equal the sum over the criteria");
    }
}
