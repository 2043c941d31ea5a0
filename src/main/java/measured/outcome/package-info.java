/**
 * What running a program or a JShell block gave — runs, how each ended, where and when it ran — the one model
 * that the runner produces and that verdicts, pages and the cache read. It depends on nothing else.
 */
package measured.outcome;
