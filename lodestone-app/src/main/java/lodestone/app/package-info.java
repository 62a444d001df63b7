/** Lodestone's faces: the command line (and, later, the HTTP API and dashboard). Nothing depends on this module. */
package lodestone.app;
