/**
 * Running one command isolated from the build: its own process group and session, a minimal environment, a
 * temporary working directory, capped output, a timeout with a thread dump, and nothing left behind.
 */
package measured.run.process;
