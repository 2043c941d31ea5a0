/**
 * What the runner finds out about the machine it measures on, for the stamp of every result.
 */
package measured.machine;
