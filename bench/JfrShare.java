import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What share of the CPU samples of a recording that pass through one method also pass through others: for
 * questions like "how much of a request's CPU is creating the EclipseLink client session". Reads the
 * {@code jdk.ExecutionSample} events of a JFR file (a run with {@code BENCH_JVM_OPTS="-XX:StartFlightRecording=
 * filename=…,settings=profile"}, or {@code jcmd <pid> JFR.start settings=profile filename=…} on a running platform).
 *
 * Usage: java bench/JfrShare.java <recording.jfr> <ClassName.method the samples must pass through> <ClassName.method>...
 *   e.g. java bench/JfrShare.java /tmp/p.jfr ProgrammeResource.get AbstractSession.updateTablePerTenantDescriptors
 * A name matches a frame when the frame's "fully.qualified.Class.method" ends with it.
 */
public final class JfrShare {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("Usage: java bench/JfrShare.java <recording.jfr> <within> <method>...");
        }
        String within = args[1];
        List<String> methods = List.of(args).subList(2, args.length);
        Map<String, Integer> hits = new LinkedHashMap<>();
        methods.forEach(m -> hits.put(m, 0));
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            for (RecordedFrame f : e.getStackTrace().getFrames()) {
                frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
            }
            if (frames.stream().noneMatch(f -> f.endsWith(within))) {
                continue;
            }
            samples++;
            for (String m : methods) {
                if (frames.stream().anyMatch(f -> f.endsWith(m))) {
                    hits.merge(m, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d CPU samples through %s%n", samples, within);
        for (Map.Entry<String, Integer> h : hits.entrySet()) {
            System.out.printf("%6d  %5.1f %%  %s%n", h.getValue(), samples == 0 ? 0 : 100.0 * h.getValue() / samples, h.getKey());
        }
    }
}
