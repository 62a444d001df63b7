/** Test fixtures: locating the official datasets and published reference values. Test scope only. */
package lodestone.testkit;
