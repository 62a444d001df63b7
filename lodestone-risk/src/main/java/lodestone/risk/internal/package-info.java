/**
 * Helpers shared by the risk packages that other modules must not use: the parser of the small curated CSV resources
 * that the methods read (their text is read by the caller; this module does no I/O).
 */
package lodestone.risk.internal;
