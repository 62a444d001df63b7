/** Countries (ISO 3166-1), the names sources use for them, and the areas observations apply to. */
package lodestone.model.geo;
