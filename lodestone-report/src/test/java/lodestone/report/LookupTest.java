package lodestone.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lodestone.model.knowledge.KnowledgeSnapshot;
import org.junit.jupiter.api.Test;

/** What every face says when a mineral or country does not resolve to one entry. */
class LookupTest {
    private static final KnowledgeSnapshot SNAPSHOT = Bundled.latest();

    @Test
    void aTypoGetsOneLineWithTheClosestName() {
        assertThatThrownBy(() -> Lookup.mineral(SNAPSHOT, "galium", "mineral"))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.error()).isEqualTo(QueryError.UNKNOWN_MINERAL);
                    assertThat(e.field()).isEqualTo("mineral");
                    assertThat(e.getMessage())
                            .isEqualTo("mineral (galium) is not in the catalogue; did you mean gallium?");
                });
        assertThatThrownBy(() -> Lookup.country(SNAPSHOT, "Chna", "perspective"))
                .hasMessage("country (Chna) is not an ISO 3166-1 code or a known name; did you mean China (CN)?");
    }

    @Test
    void withNothingCloseTheHintSaysWhereTheIdsAreListed() {
        assertThatThrownBy(() -> Lookup.mineral(SNAPSHOT, "unobtainium", "mineral"))
                .hasMessage("mineral (unobtainium) is not in the catalogue.\nMaybe run `lodestone minerals` (GET"
                        + " /api/v1/minerals) to list the known ids.");
    }

    @Test
    void anAmbiguousNameAsksWhichWithItsBasis() {
        assertThatThrownBy(() -> Lookup.country(SNAPSHOT, "Congo", "country"))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.error()).isEqualTo(QueryError.UNKNOWN_COUNTRY);
                    assertThat(e.detail())
                            .isEqualTo("country (Congo) is ambiguous: did you mean Congo (Kinshasa) (CD) or Congo"
                                    + " (Brazzaville) (CG)?");
                    assertThat(e.getMessage()).contains("\n\"Congo\" alone names both");
                });
        assertThatThrownBy(() -> Lookup.mineral(SNAPSHOT, "coltan", "mineral"))
                .hasMessageStartingWith("mineral (coltan) is ambiguous: did you mean tantalum or niobium?");
    }

    @Test
    void measuresAndAgreementsResolveByIdInAnyCaseAndSuggestTheClosestId() {
        assertThat(Lookup.measure(SNAPSHOT, "CN GA GE Licensing 2023", "id").id())
                .isEqualTo("cn-ga-ge-licensing-2023");
        assertThatThrownBy(() -> Lookup.measure(SNAPSHOT, "cn-ga-ge-licencing-2023", "id"))
                .hasMessage("measure (cn-ga-ge-licencing-2023) is unknown; did you mean cn-ga-ge-licensing-2023?");
        String agreement = SNAPSHOT.policy().agreements().get(0).id();
        assertThat(Lookup.agreement(SNAPSHOT, agreement.toUpperCase(java.util.Locale.ROOT), "id")
                        .id())
                .isEqualTo(agreement);
        assertThatThrownBy(() -> Lookup.agreement(SNAPSHOT, "no-such-agreement", "id"))
                .hasMessageStartingWith("agreement (no-such-agreement) is unknown.\nMaybe");
    }

    @Test
    void namesAsUsersWriteThemResolve() {
        assertThat(Lookup.mineral(SNAPSHOT, "rare earth", "mineral").id().value())
                .isEqualTo("rare-earths");
        assertThat(Lookup.mineral(SNAPSHOT, "Dy", "mineral").id().value()).isEqualTo("dysprosium");
        assertThat(Lookup.mineral(SNAPSHOT, "NdPr", "mineral").id().value()).isEqualTo("light-rare-earths");
        assertThat(Lookup.mineral(SNAPSHOT, "platinum group metals", "mineral")
                        .id()
                        .value())
                .isEqualTo("platinum-group-metals");
        assertThat(Lookup.country(SNAPSHOT, "chn", "country").code().value()).isEqualTo("CN");
    }
}
