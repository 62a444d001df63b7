/**
 * A screen made concrete: {@link lodestone.screen.job.ScreenGrid} expands a spec over the supply mixes the caller
 * resolves (through the {@link lodestone.screen.job.SupplyMixes} port) into screened markets, and a
 * {@link lodestone.screen.job.ScreenJob} is everything an engine needs, with no knowledge base: the spec, the markets,
 * the option catalogues for plans, and what was left out and why. {@link lodestone.screen.job.JobCodec} writes a job as
 * JSON for executors and for {@code spark-submit}. Units as in {@code lodestone.screen}. No I/O.
 */
@NullMarked
package lodestone.screen.job;

import org.jspecify.annotations.NullMarked;
