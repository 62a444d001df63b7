/**
 * Buffers against a supply disruption, as dated records: <b>stockpiles and reserves</b> (who holds them, which minerals,
 * the target in days of supply or tonnes, the money behind them) and <b>price floors and offtake guarantees</b> (the
 * floor price with its currency and mass unit, the volume, the term, who pays); {@link lodestone.model.buffer.Buffer} is
 * what the two share. Their state on a date is derived from
 * their dated milestones ({@link lodestone.model.buffer.Timeline}), never typed. {@link
 * lodestone.model.buffer.BuffersInForce} answers "which buffers and floors are in force on date D for mineral M (and
 * perspective P)" for the simulator and the risk index. Units: days of supply of the beneficiary's consumption, tonnes
 * (on the basis the record states), prices per kilogram or tonne in the stated ISO 4217 currency, nominal. No I/O;
 * the JDK only.
 */
@NullMarked
package lodestone.model.buffer;

import org.jspecify.annotations.NullMarked;
