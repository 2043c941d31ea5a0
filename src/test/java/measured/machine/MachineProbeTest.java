package measured.machine;

import measured.outcome.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The machine facts, read from a made-up /proc and /sys: a 4-thread CPU with 2 physical cores. */
class MachineProbeTest {

    @TempDir
    Path root;

    @Test
    void physicalCoresAreTheDistinctCoresAmongTheAllowedCpus() throws IOException {
        fourThreadsOnTwoCores("0-3");
        MachineProbe probe = new MachineProbe(root.resolve("proc"), root.resolve("sys"), 4);
        Machine machine = probe.machine();
        assertEquals(4, machine.cores());
        assertEquals(2, machine.physicalCores());
        assertEquals("AMD EPYC 7B13", machine.cpu());
    }

    @Test
    void twoHyperthreadsOfOneCoreAreOnePhysicalCore() throws IOException {
        fourThreadsOnTwoCores("2,3");
        assertEquals(1, new MachineProbe(root.resolve("proc"), root.resolve("sys"), 2).machine().physicalCores());
    }

    @Test
    void aContainerQuotaBelowThePhysicalCoresCapsThem() throws IOException {
        fourThreadsOnTwoCores("0-3");
        assertEquals(1, new MachineProbe(root.resolve("proc"), root.resolve("sys"), 1).machine().physicalCores());
    }

    @Test
    void aFractionalCpuQuotaIsRecordedAndCapsThePhysicalCoresTheClaimsSee() throws IOException {
        fourThreadsOnTwoCores("0-3");
        write("proc/self/cgroup", "0::/box/inner\n");
        write("sys/fs/cgroup/box/cpu.max", "120000 100000\n");
        write("sys/fs/cgroup/box/inner/cpu.max", "max 100000\n");
        Machine machine = new MachineProbe(root.resolve("proc"), root.resolve("sys"), 2).machine();
        assertEquals(1.2, machine.cpuQuota(), 1e-9);
        assertEquals(2, machine.physicalCores(), "what the topology says");
        assertEquals(java.util.Optional.of(1), measured.measure.MachineFact.PHYSICAL_CORES.of(machine),
                "1.2 cores of CPU time run no two threads at full speed");
    }

    @Test
    void aCgroupV1QuotaIsReadToo() throws IOException {
        fourThreadsOnTwoCores("0-3");
        write("proc/self/cgroup", "2:cpu,cpuacct:/docker/abc\n1:memory:/docker/abc\n");
        write("sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us", "250000\n");
        write("sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us", "100000\n");
        assertEquals(2.5, new MachineProbe(root.resolve("proc"), root.resolve("sys"), 4).machine().cpuQuota(), 1e-9);
    }

    @Test
    void withoutATopologyThePhysicalCoresAreUnknown() throws IOException {
        write("proc/self/status", "Name:\tjava\nCpus_allowed_list:\t0-1\n");
        Machine machine = new MachineProbe(root.resolve("proc"), root.resolve("sys"), 2).machine();
        assertEquals(0, machine.physicalCores());
        assertEquals("", machine.cpu());
    }

    @Test
    void readsCpuLists() {
        assertEquals(Optional.of(Set.of(0, 1, 2, 3, 8, 10, 11)), CpuList.parse("0-3,8,10-11"));
        assertEquals(Optional.empty(), CpuList.parse("zero"));
    }

    private void fourThreadsOnTwoCores(String allowed) throws IOException {
        write("proc/self/status", "Name:\tjava\nCpus_allowed_list:\t" + allowed + "\nMems_allowed:\t1\n");
        write("proc/cpuinfo", "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\n");
        for (int cpu = 0; cpu < 4; cpu++) {
            write("sys/devices/system/cpu/cpu" + cpu + "/topology/core_id", (cpu / 2) + "\n");
            write("sys/devices/system/cpu/cpu" + cpu + "/topology/physical_package_id", "0\n");
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
