/** The bundled baseline in Lodestone's normalised CSV form, and its reproduction from the official datasets. */
package lodestone.store.baseline;
