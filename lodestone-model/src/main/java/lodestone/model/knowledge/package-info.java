/** The in-memory snapshot of knowledge that analytics take as input. */
package lodestone.model.knowledge;
