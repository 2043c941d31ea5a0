package measured.machine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Other load: the machine's busy time minus the build's own and its waited-for children's, per second of wall time. */
class LoadMeterTest {

    @Test
    void othersAreTheMachinesBusyTicksMinusOurOwn() {
        // 2 s of wall time; the machine was busy 300 ticks (3 core-seconds), we and our children 100 of them.
        LoadMeter.Reading before = new LoadMeter.Reading(1_000, 50, 0);
        LoadMeter.Reading after = new LoadMeter.Reading(1_300, 150, 2_000_000_000L);
        assertEquals(1.0, LoadMeter.otherLoad(Optional.of(before), Optional.of(after)).orElseThrow(), 1e-9);
    }

    @Test
    void anUnknownReadingGivesAnUnknownLoad() {
        assertEquals(Optional.empty(), LoadMeter.otherLoad(Optional.empty(), Optional.of(new LoadMeter.Reading(0, 0, 1))));
    }

    @Test
    void busyTicksCountUserNiceSystemIrqSoftirqAndSteal() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertEquals(10 + 2 + 30 + 5 + 6 + 7, LoadMeter.busyTicks("cpu  10 2 30 400 9 5 6 7 1 0"));
    }

    @Test
    void ownTicksSurviveACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 1 2 3 4 11 22 33 44 20 0 30 0 100";
        assertEquals(11 + 22 + 33 + 44, LoadMeter.ownTicks(stat));
    }

    @Test
    void readsAProcFolder(@TempDir Path proc) throws IOException {
        Files.writeString(proc.resolve("stat"), "cpu  10 0 10 100 0 0 0 0 0 0\ncpu0 5 0 5 50 0 0 0 0 0 0\n");
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("self/stat"), "1 (java) S 1 1 1 0 -1 0 0 0 0 0 3 4 5 6 20 0 1 0 1");
        LoadMeter.Reading reading = new LoadMeter(proc).read().orElseThrow();
        assertEquals(20, reading.machineBusy());
        assertEquals(18, reading.own());
        assertTrue(new LoadMeter(proc.resolve("missing")).read().isEmpty(), "no /proc: unknown, not an error");
    }
}
