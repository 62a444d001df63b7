package lodestone.screen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lodestone.screen.ScreenException;
import lodestone.screen.ScreenFixture;
import lodestone.screen.run.Manifest;
import org.junit.jupiter.api.Test;

/** A job survives JSON exactly, so executors and spark-submit compute what local mode computes. */
class JobCodecTest {
    @Test
    void aJobReadBackEqualsTheJob() {
        ScreenJob job = ScreenFixture.job();
        String text = JobCodec.write(job);
        ScreenJob back = JobCodec.read(text, "job.json");
        assertThat(back).isEqualTo(job);
        assertThat(JobCodec.write(back)).isEqualTo(text);
        assertThat(Manifest.of(back)).isEqualTo(Manifest.of(job));
    }

    @Test
    void anotherFormatIsRefusedWithAHint() {
        assertThatThrownBy(() -> JobCodec.read("{\"format\":\"lodestone-screen-job-v0\"}", "old.json"))
                .isInstanceOf(ScreenException.class)
                .hasMessageContaining("old.json")
                .hasMessageContaining("must be lodestone-screen-job-v1")
                .hasMessageContaining("Maybe");
    }

    @Test
    void theManifestRefusesResultsOfAnotherJob() {
        Manifest mine = Manifest.of(ScreenFixture.job());
        ScreenJob other = ScreenFixture.job(ScreenFixture.spec());
        assertThat(Manifest.of(other)).isEqualTo(mine);
        Manifest changed = Manifest.of(
                new ScreenJob(other.spec(), other.markets().subList(0, 3), other.catalogues(), other.leftOut()));
        assertThatThrownBy(() -> changed.requireSameAs(mine, "out/"))
                .hasMessageContaining("the results in out/ belong to another job of screen fixture-screen")
                .hasMessageContaining("Maybe the spec or the knowledge base changed");
        assertThat(Manifest.parse(mine.toJson(), "screen.json")).isEqualTo(mine);
    }
}
