/** Sources as shown next to numbers, and the listing of every source with its attribution. */
package lodestone.report.source;
