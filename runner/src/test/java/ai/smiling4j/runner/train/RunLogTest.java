package ai.smiling4j.runner.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class RunLogTest {

    @Test
    void theConsoleAndTheStandardErrorStreamGoToTheLogWithoutRedraws(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("log.txt");
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(shown, true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        try (RunLog log = RunLog.open(file, console)) {
            log.console().print("progress 10%\rprogress 20%\rprogress 30%\n");
            System.err.println("a logger's line");
            log.console().print("unfinished");
        }
        assertSame(err, System.err, "the standard error stream is restored");
        assertEquals("progress 10%\rprogress 20%\rprogress 30%\nunfinished", shown.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(file).stream().map(l -> l.substring(9)).toList();
        assertEquals(List.of("progress 30%", "a logger's line", "unfinished"), lines);
    }
}
