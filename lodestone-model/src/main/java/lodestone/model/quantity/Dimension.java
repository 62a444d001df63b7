package lodestone.model.quantity;

/** Physical or economic dimension of a unit; each has one canonical unit inside Lodestone. */
public enum Dimension {
    MASS,
    VOLUME,
    AREA,
    COUNT,
    RATIO,
    MONEY,
    PRICE_PER_MASS,
    INDEX,
    /** A pure number such as a score or a multiplier. */
    DIMENSIONLESS
}
