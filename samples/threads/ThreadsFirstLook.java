// A first look: the thread that runs main, a platform thread and a virtual thread.
void main() throws InterruptedException {
    var main = Thread.currentThread();
    IO.println("main runs on: " + main.getName() + " (virtual: " + main.isVirtual() + ")");

    // The JVM started threads of its own before main ran; these are the ones Java code can see.
    var others = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t != main).map(Thread::getName).sorted().toList();
    IO.println("the JVM's own threads: " + String.join(", ", others));

    // A platform thread is backed by one operating-system thread.
    Thread platform = Thread.ofPlatform().name("worker-1").start(() -> {
        var me = Thread.currentThread();
        IO.println("hello from " + me.getName() + " (virtual: " + me.isVirtual() + ")");
    });
    platform.join(); // wait for it to finish

    // A virtual thread is scheduled by the JVM onto a few carrier (platform) threads.
    Thread virtual = Thread.ofVirtual().name("virtual-1").start(() -> {
        var me = Thread.currentThread();
        IO.println("hello from " + me.getName() + " (virtual: " + me.isVirtual() + ")");
    });
    virtual.join();

    IO.println("cores the JVM may use: " + Runtime.getRuntime().availableProcessors());
}
