/**
 * Lodestone's domain model: immutable values only, validated in their constructors. Depends on the JDK only; no I/O,
 * no persistence or JSON annotations. Units: mass in tonnes, shares as fractions in [0, 1], prices in US dollars per
 * kilogram, time as {@link java.time.Year} or {@link java.time.LocalDate}.
 */
@NullMarked
package lodestone.model;

import org.jspecify.annotations.NullMarked;
