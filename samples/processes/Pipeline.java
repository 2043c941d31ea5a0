// ProcessBuilder.startPipeline: three POSIX tools joined by OS pipes, like
//   awk ... | grep 7 | wc -l
// The bytes flow from process to process without passing through Java.
void main() throws Exception {
    List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
            new ProcessBuilder("awk", "BEGIN { for (i = 1; i <= 100000; i++) print i }"),
            new ProcessBuilder("grep", "7"),                // keep numbers containing a 7
            new ProcessBuilder("wc", "-l")));               // count them
    Process last = pipeline.getLast();
    String count = new String(last.getInputStream().readAllBytes()).strip();
    for (Process p : pipeline) p.waitFor();                 // every stage has ended

    IO.println("processes in the pipeline: " + pipeline.size());
    IO.println("numbers from 1 to 100000 containing a 7: " + count);

    // The same count in Java, to check the pipeline.
    long inJava = java.util.stream.IntStream.rangeClosed(1, 100_000)
            .filter(i -> String.valueOf(i).contains("7")).count();
    IO.println("same count in Java: " + inJava);
}
