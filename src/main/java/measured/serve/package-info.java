/**
 * Serve mode for writers: serves the baked site on localhost and bakes again when a source changes.
 */
package measured.serve;
