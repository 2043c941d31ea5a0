// The stop flag of the memory-model page, read and written in opaque mode through a VarHandle.
// An opaque read happens each time the program says so, in program order, so the compiled loop
// keeps reading the field; it orders nothing else, which a flag that carries no data does not need.
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

static boolean stop; // a plain field; the VarHandle decides how each access behaves
static final VarHandle STOP = handle("stop");

static VarHandle handle(String field) {
    try {
        var lookup = MethodHandles.lookup();
        return lookup.findStaticVarHandle(lookup.lookupClass(), field, boolean.class);
    } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
    }
}

static long spinUntilStopped() {
    long passes = 0;
    while (!(boolean) STOP.getOpaque()) passes++;
    return passes;
}

void main() throws InterruptedException {
    long[] passes = new long[1];
    Thread worker = Thread.ofPlatform().daemon(true).start(() -> passes[0] = spinUntilStopped());
    Thread.sleep(200);           // usually long enough for the optimizing JIT to compile the loop
    STOP.setOpaque(true);
    worker.join(1_000);
    IO.println(worker.isAlive() ? "opaque flag: worker still spinning 1 s after the write"
                                : "opaque flag: worker stopped");
    // passes[0] is read after join, so the worker's write to it is visible here.
    IO.println("loop passes before it saw the flag: " + (worker.isAlive() ? 0 : passes[0]));
}
