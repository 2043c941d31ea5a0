// The JVM exits when the last non-daemon thread ends. Daemon threads do not count.
void main() {
    Thread.ofPlatform().name("housekeeper").daemon(true).start(() -> {
        try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { } // never ends by itself
    });
    Thread.ofPlatform().name("worker").start(() -> {  // non-daemon: the default for ofPlatform()
        try { Thread.sleep(300); } catch (InterruptedException e) { }
        IO.println("worker: finished 300 ms after main returned");
    });
    IO.println("main: returning now");
    // main ends here. The JVM keeps running until "worker" is done, then exits
    // even though "housekeeper" is still asleep.
}
