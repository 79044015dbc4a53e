package ai.smiling4j.runner.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TFOutOfRangeException;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.op.Ops;
import org.tensorflow.op.io.FifoQueue;
import org.tensorflow.op.io.ReaderRead;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.Summary;
import org.tensorflow.types.TString;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner's TensorBoard event files, read back by TensorFlow's own TFRecord reader (which
 * checks the CRC of every length and every record) through TensorFlow Java and parsed with its
 * Event proto: what TensorBoard reads. The queue-based reader is used because TensorFlow Java
 * 1.1.0's TFRecordDatasetV2 is broken.
 */
class TensorBoardEventsTest {
    @TempDir
    Path run;

    /** Every record of a TFRecord file, as TensorFlow's reader returns it. */
    static List<byte[]> records(Path file) {
        List<byte[]> out = new ArrayList<>();
        try (Graph g = new Graph(); Session s = new Session(g)) {
            Ops tf = Ops.create(g);
            FifoQueue queue = tf.io.fifoQueue(List.of(TString.class));
            s.runner().addTarget(tf.io.queueEnqueue(queue, List.of(tf.constant(file.toString())))).run();
            s.runner().addTarget(tf.io.queueClose(queue)).run();
            ReaderRead read = tf.io.readerRead(tf.io.tfRecordReader(), queue);
            while (true) {
                try (Result r = s.runner().fetch(read.value()).run()) {
                    out.add(((TString) r.get(0)).asBytes().getObject());
                } catch (TFOutOfRangeException end) {
                    return out;
                }
            }
        }
    }

    private Path writeMetrics() {
        try (MetricsLog log = MetricsLog.open(run, Long.MAX_VALUE)) {
            log.record(0, Map.of("eval/return", 1.5, "loss", -2.25));
            log.record(1000, Map.of("eval/return", 3.0));
            log.record(4_000_000_000L, Map.of("loss", 0.125));
        }
        try (Stream<Path> files = Files.list(run.resolve("tensorboard"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents.")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tensorFlowReadsTheScalarsStepsAndTags() throws Exception {
        List<byte[]> records = records(writeMetrics());
        assertEquals(4, records.size());
        Event header = Event.parseFrom(records.get(0));
        assertEquals("brain.Event:2", header.getFileVersion());
        assertTrue(header.getWallTime() > 1.6e9, "wall time in seconds since the epoch: " + header.getWallTime());

        Event first = Event.parseFrom(records.get(1));
        assertEquals(0, first.getStep());
        List<Summary.Value> values = first.getSummary().getValueList();
        assertEquals(List.of("eval/return", "loss"), values.stream().map(Summary.Value::getTag).toList());
        assertEquals(1.5f, values.get(0).getSimpleValue());
        assertEquals(-2.25f, values.get(1).getSimpleValue());

        Event second = Event.parseFrom(records.get(2));
        assertEquals(1000, second.getStep());
        assertEquals(3.0f, second.getSummary().getValue(0).getSimpleValue());

        Event third = Event.parseFrom(records.get(3));
        assertEquals(4_000_000_000L, third.getStep());
        assertEquals("loss", third.getSummary().getValue(0).getTag());
        assertEquals(0.125f, third.getSummary().getValue(0).getSimpleValue());
        assertTrue(third.getWallTime() >= header.getWallTime());
    }

    @Test
    void tensorFlowRejectsAFileWithOneFlippedBit() throws Exception {
        Path file = writeMetrics();
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(4, records(file).size());
        // the last byte of the first event's data (just before its 4-byte data CRC)
        int headerLength = bytes[0] & 0xFF;
        bytes[8 + 4 + headerLength - 1] ^= 0x01;
        Files.write(file, bytes);
        TensorFlowException e = assertThrows(TensorFlowException.class, () -> records(file));
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("corrupt"), e.getMessage());
    }
}
