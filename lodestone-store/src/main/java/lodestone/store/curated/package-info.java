/** Curated records entered by hand from cited publications. */
package lodestone.store.curated;
