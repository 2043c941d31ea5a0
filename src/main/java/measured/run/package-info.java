/**
 * The runner: compiles samples once, runs each in a fresh JVM and each page's JShell blocks in a JVM of their
 * own, side by side or — measurements — alone, and takes unchanged results from the cache.
 */
package measured.run;
