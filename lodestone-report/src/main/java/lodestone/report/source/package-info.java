/** Sources as shown next to numbers, and the listing of every source with its attribution. */
@NullMarked
package lodestone.report.source;

import org.jspecify.annotations.NullMarked;
