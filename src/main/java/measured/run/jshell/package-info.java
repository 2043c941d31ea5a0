/**
 * A page's JShell session in a JVM of its own, served over a loopback socket: blocks run in order and share
 * declarations; what a block does can end the session but never touches the build JVM.
 */
package measured.run.jshell;
