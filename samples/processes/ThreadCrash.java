// The same failures inside one JVM. An uncaught exception ends only its own thread, but it
// can leave shared state half-updated; System.exit from any thread ends the whole process.
void main() throws Exception {
    int[] accounts = {100, 0};                   // shared by every thread of this JVM
    Thread worker = Thread.ofPlatform().name("worker").start(() -> {
        accounts[0] -= 50;                       // first half of a transfer...
        Integer.parseInt("fifty");               // ...a bug throws...
        accounts[1] += 50;                       // ...and the second half never happens
    });
    worker.join();
    IO.println("main: the worker thread died, main is still running");
    IO.println("money left in the accounts: " + (accounts[0] + accounts[1]));

    Thread quitter = Thread.ofPlatform().name("quitter").start(() -> System.exit(42));
    quitter.join();                              // never returns: the whole JVM ends first
    IO.println("main: this line is never printed");
}
