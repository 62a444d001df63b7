/**
 * International agreements, investments and joint ventures, what they commit (money, deadlines, clauses), and the
 * projects they link to, with the parameters a delivery outlook needs (each sourced or marked as an assumption).
 */
@NullMarked
package lodestone.model.agreement;

import org.jspecify.annotations.NullMarked;
