package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.FloatMatrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads demonstrations from a CSV file with one row per observation, in this layout:
 * <pre>
 * episode,obs_0,obs_1,act_0,reward,terminated,truncated
 * 0,0.0,0.125,0.0,0.25,0,0
 * 0,0.5,0.625,0.25,1.0,1,0
 * 0,1.0,1.125,,,,
 * 1,1.0,1.125,-0.25,1.25,1,0
 * 1,1.5,1.625,,,,
 * </pre>
 * The header names the columns, in any order: {@code episode} (any label; an episode's rows are
 * consecutive), {@code obs_0 .. obs_{d-1}} (or {@code o0 ..}), optionally {@code act_0 .. act_{a-1}}
 * (or {@code a0 ..}; without them the demonstrations are state-only), {@code reward},
 * {@code terminated} and {@code truncated} (0/1 or true/false; empty counts as 0). Each row holds
 * the observation at which a step began, with that step's action, reward and flags; the last row
 * of each episode holds only the final observation, its other cells empty. Numbers may be
 * {@code nan} or {@code inf}, which the checks then report.
 */
final class CsvReader {
    private static final Pattern OBSERVATION = Pattern.compile("obs_(\\d+)|o(\\d+)");
    private static final Pattern ACTION = Pattern.compile("act_(\\d+)|a(\\d+)");

    private CsvReader() {
    }

    static Demonstrations read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            Columns columns = Columns.of(file, headerLine == null ? "" : headerLine);
            List<RawEpisode> episodes = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            Set<String> finished = new HashSet<>();
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Row row = columns.row(file, lineNumber, line);
                if (!rows.isEmpty() && !row.episode().equals(rows.get(0).episode())) {
                    finished.add(rows.get(0).episode());
                    episodes.add(episode(file, columns, rows));
                    rows.clear();
                }
                if (finished.contains(row.episode())) {
                    throw Checks.error(file, "line " + lineNumber + " continues episode " + row.episode()
                            + " after another episode began (the rows of an episode must be consecutive)");
                }
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                episodes.add(episode(file, columns, rows));
            }
            return Checks.demonstrations(file, episodes, Map.of());
        } catch (CharacterCodingException e) {
            throw Checks.error(file, "is not a text (CSV) file", e);
        } catch (IOException e) {
            throw Checks.error(file, "cannot be read (" + Checks.reason(e) + ")", e);
        }
    }

    private static RawEpisode episode(Path file, Columns columns, List<Row> rows) {
        Row last = rows.get(rows.size() - 1);
        if (columns.hasStep(last)) {
            throw Checks.error(file, "line " + last.line() + " ends episode " + last.episode()
                    + " with an action or reward; add a last row holding only the final observation");
        }
        int steps = rows.size() - 1;
        int obsDim = columns.observations().length;
        int actDim = columns.actions().length;
        float[] observations = new float[rows.size() * obsDim];
        float[] actions = new float[steps * actDim];
        float[] rewards = new float[steps];
        boolean[] terminations = new boolean[steps];
        boolean[] truncations = new boolean[steps];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            System.arraycopy(row.observation(), 0, observations, i * obsDim, obsDim);
            if (i < steps) {
                Step step = columns.step(file, row);
                System.arraycopy(step.action(), 0, actions, i * actDim, actDim);
                rewards[i] = step.reward();
                terminations[i] = step.terminated();
                truncations[i] = step.truncated();
            }
        }
        return new RawEpisode("episode " + last.episode(), new FloatMatrix(rows.size(), obsDim, observations),
                actDim == 0 ? null : new FloatMatrix(steps, actDim, actions), rewards, terminations, truncations);
    }

    /** Where each column is: cell indices of the episode, observation and action columns, or -1. */
    private record Columns(int count, int episode, int[] observations, int[] actions, int reward,
                           int terminated, int truncated, String[] names) {

        static Columns of(Path file, String headerLine) {
            String[] names = Arrays.stream(headerLine.replace("\uFEFF", "").split(",", -1)).map(String::trim).toArray(String[]::new);
            Map<Integer, Integer> obs = new TreeMap<>();
            Map<Integer, Integer> act = new TreeMap<>();
            int episode = -1;
            int reward = -1;
            int terminated = -1;
            int truncated = -1;
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                Matcher o = OBSERVATION.matcher(names[i]);
                Matcher a = ACTION.matcher(names[i]);
                if (o.matches()) {
                    obs.put(number(o), i);
                } else if (a.matches()) {
                    act.put(number(a), i);
                } else {
                    switch (names[i]) {
                        case "episode" -> episode = i;
                        case "reward" -> reward = i;
                        case "terminated" -> terminated = i;
                        case "truncated" -> truncated = i;
                        default -> unknown.add(names[i]);
                    }
                }
            }
            if (episode < 0 || obs.isEmpty()) {
                throw Checks.error(file, "is not a demonstration CSV: its first line must name an episode column"
                        + " and obs_0, obs_1, ... columns");
            }
            if (!unknown.isEmpty()) {
                throw Checks.error(file, "has an unknown column '" + unknown.get(0) + "' (expected episode, "
                        + "obs_0.., act_0.., reward, terminated, truncated)");
            }
            return new Columns(names.length, episode, numbered(file, "observation", obs),
                    numbered(file, "action", act), reward, terminated, truncated, names);
        }

        private static int number(Matcher m) {
            return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        }

        private static int[] numbered(Path file, String kind, Map<Integer, Integer> byNumber) {
            int[] cells = new int[byNumber.size()];
            for (int n = 0; n < cells.length; n++) {
                Integer cell = byNumber.get(n);
                if (cell == null) {
                    throw Checks.error(file, "has " + kind + " columns numbered " + byNumber.keySet()
                            + "; number them 0 to " + (cells.length - 1) + " without gaps");
                }
                cells[n] = cell;
            }
            return cells;
        }

        Row row(Path file, int line, String text) {
            String[] cells = Arrays.stream(text.split(",", -1)).map(String::trim).toArray(String[]::new);
            if (cells.length != count) {
                throw Checks.error(file, "line " + line + " has " + cells.length + " cells but the header names "
                        + count + " columns");
            }
            float[] observation = new float[observations.length];
            for (int i = 0; i < observation.length; i++) {
                observation[i] = number(file, line, cells, observations[i]);
            }
            return new Row(line, cells[episode], observation, cells);
        }

        /** True if any action, reward or flag cell of the row is filled in. */
        boolean hasStep(Row row) {
            IntStream cellsOfStep = IntStream.concat(Arrays.stream(actions), IntStream.of(reward, terminated, truncated));
            return cellsOfStep.anyMatch(c -> c >= 0 && !row.cells()[c].isEmpty());
        }

        Step step(Path file, Row row) {
            float[] action = new float[actions.length];
            for (int i = 0; i < action.length; i++) {
                action[i] = number(file, row.line(), row.cells(), actions[i]);
            }
            return new Step(action, reward < 0 ? 0 : number(file, row.line(), row.cells(), reward),
                    flag(file, row.line(), row.cells(), terminated), flag(file, row.line(), row.cells(), truncated));
        }

        private float number(Path file, int line, String[] cells, int cell) {
            String s = cells[cell];
            if (s.isEmpty()) {
                throw Checks.error(file, "line " + line + " has an empty " + names[cell] + " cell");
            }
            try {
                return switch (s.toLowerCase()) {
                    case "nan" -> Float.NaN;
                    case "inf", "+inf", "infinity" -> Float.POSITIVE_INFINITY;
                    case "-inf", "-infinity" -> Float.NEGATIVE_INFINITY;
                    default -> (float) Double.parseDouble(s);
                };
            } catch (NumberFormatException e) {
                throw Checks.error(file, "line " + line + " has '" + s + "' in column " + names[cell]
                        + ", which is not a number", e);
            }
        }

        private boolean flag(Path file, int line, String[] cells, int cell) {
            if (cell < 0) {
                return false;
            }
            return switch (cells[cell].toLowerCase()) {
                case "", "0", "false" -> false;
                case "1", "true" -> true;
                default -> throw Checks.error(file, "line " + line + " has '" + cells[cell] + "' in column "
                        + names[cell] + ", which is not 0, 1, true or false");
            };
        }
    }

    /** One line of the file: its number, episode label, observation and cells. */
    private record Row(int line, String episode, float[] observation, String[] cells) {
    }

    /** The action, reward and flags of one step. */
    private record Step(float[] action, float reward, boolean terminated, boolean truncated) {
    }
}
