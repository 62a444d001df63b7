/** The bundled baseline in Lodestone's normalised CSV form, and its reproduction from the official datasets. */
@NullMarked
package lodestone.store.baseline;

import org.jspecify.annotations.NullMarked;
