/** Supply-chain stages. */
package lodestone.model.chain;
