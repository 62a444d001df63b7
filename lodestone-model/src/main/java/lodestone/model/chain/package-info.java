/** Supply-chain stages. */
@NullMarked
package lodestone.model.chain;

import org.jspecify.annotations.NullMarked;
