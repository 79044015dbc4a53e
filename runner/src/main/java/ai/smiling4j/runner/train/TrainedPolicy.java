package ai.smiling4j.runner.train;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.ExportablePolicy;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.Renderer;
import ai.smiling4j.api.StepResult;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.plugin.PluginKind;
import ai.smiling4j.api.policy.PolicyNetwork;
import ai.smiling4j.runner.ExperimentConfig;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.report.AnimatedGif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy of a run folder (its config.yaml and last checkpoint), with its task: for
 * evaluation and for collecting demonstrations.
 */
public final class TrainedPolicy implements AutoCloseable {
    private final Path folder;
    private final Experiment experiment;
    private final Environment env;
    private final RLSolver solver;

    private TrainedPolicy(Path folder, Experiment experiment, Environment env, RLSolver solver) {
        this.folder = folder;
        this.experiment = experiment;
        this.env = env;
        this.solver = solver;
    }

    /** Loads the policy of a run folder. */
    public static TrainedPolicy open(Path runFolder, PluginRegistry registry) {
        return open(runFolder, registry, List.of());
    }

    /**
     * Loads the policy of a run folder, its saved configuration changed by {@code overrides}
     * ({@code slot.key=value}, e.g. {@code solver.engine=onnxruntime}).
     */
    public static TrainedPolicy open(Path runFolder, PluginRegistry registry, List<String> overrides) {
        Experiment experiment = experiment(runFolder, registry, overrides);
        Path work = runFolder.resolve("work");
        Environment env = experiment.newEnvironment(work);
        RLSolver solver = experiment.newSolver(work);
        Checkpoints.loadSolver(runFolder, solver);
        return new TrainedPolicy(runFolder, experiment, env, solver);
    }

    /**
     * The deterministic policy of a run folder as plain values, for export: only the solver is
     * built (no environment, no engine beyond the solver's own).
     */
    public static PolicyNetwork policyNetwork(Path runFolder, PluginRegistry registry) {
        Experiment experiment = experiment(runFolder, registry, List.of());
        try (RLSolver solver = experiment.newSolver(runFolder.resolve("work"))) {
            Checkpoints.loadSolver(runFolder, solver);
            String name = experiment.config().plugin(PluginKind.SOLVER, "a policy").name();
            return solver.capability(ExportablePolicy.class).orElseThrow(() -> new UserError("the solver '" + name
                    + "' of run " + runFolder + " cannot hand out its policy for export")).policyNetwork();
        }
    }

    private static Experiment experiment(Path runFolder, PluginRegistry registry, List<String> overrides) {
        Path config = runFolder.resolve("config.yaml");
        if (!Files.exists(config)) {
            throw new UserError(runFolder + " is not a run folder (it has no config.yaml)");
        }
        if (!Checkpoints.exists(runFolder)) {
            throw new UserError("run " + runFolder + " has no checkpoint holding a policy yet");
        }
        return new Experiment(ExperimentConfig.load(config).withOverrides(overrides).resolve(registry), registry, "a policy");
    }

    /** The run's experiment. */
    public Experiment experiment() {
        return experiment;
    }

    /** Deterministic evaluation over episodes started from the run's evaluation seeds. */
    public Evaluation evaluate(int episodes) {
        return Evaluation.run(solver, env, episodes, experiment.seed());
    }

    /**
     * Films the first evaluation episode (the one {@link #evaluate} starts with) into an animated
     * GIF of {@code width} x {@code height}, about 50 frames per simulated second at most, in real
     * time; an existing file is replaced only if {@code overwrite}.
     *
     * @return the episode's return
     */
    public double film(Path gif, int width, int height, boolean overwrite) {
        if (!overwrite && Files.exists(gif)) {
            throw new UserError(gif + " already exists and overwriting was not asked for (--overwrite)");
        }
        Renderer camera;
        try {
            camera = env.renderer(width, height);
        } catch (UnsupportedOperationException e) {
            throw new UserError("the environment '" + env.spec().name() + "' cannot draw itself, so it cannot be"
                    + " filmed; the MuJoCo and pure-Java tasks can");
        }
        try (camera) {
            double perStep = camera.format().secondsPerStep();
            int stride = (int) Math.max(1, Math.ceil(AnimatedGif.SHORTEST_FRAME / perStep - 1e-9));
            try (AnimatedGif video = AnimatedGif.create(gif, width, height, stride * perStep)) {
                int[] state = {0};
                double ret = Evaluation.episodeReturn(solver, env, Seeds.derive(experiment.seed(), Seeds.EVAL, 0), () -> {
                    if (state[0]++ % stride == 0) {
                        video.add(camera.render());
                    }
                });
                video.finish();
                return ret;
            }
        } catch (IOException e) {
            throw new UserError("cannot write the video " + gif + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Rolls the policy out for {@code episodes} episodes from demonstration seeds derived from
     * {@code seed}, recording observations, actions, rewards and flags.
     *
     * @param deterministic act with the policy's mode instead of sampling
     */
    public Demonstrations collect(int episodes, long seed, boolean deterministic) {
        List<Episode> out = new ArrayList<>();
        for (int e = 0; e < episodes; e++) {
            List<float[]> obs = new ArrayList<>();
            List<float[]> actions = new ArrayList<>();
            List<Float> rewards = new ArrayList<>();
            List<Boolean> terminated = new ArrayList<>();
            List<Boolean> truncated = new ArrayList<>();
            float[] o = env.reset(Seeds.derive(seed, Seeds.DEMO, e));
            solver.startEpisode(deterministic);
            obs.add(o);
            StepResult r;
            do {
                float[] a = solver.act(o, deterministic);
                r = env.step(a);
                actions.add(a);
                rewards.add((float) r.reward());
                terminated.add(r.terminated());
                truncated.add(r.truncated());
                o = r.observation();
                obs.add(o);
            } while (!r.done());
            out.add(new Episode(FloatMatrix.ofRows(obs.toArray(float[][]::new)),
                    FloatMatrix.ofRows(actions.toArray(float[][]::new)), floats(rewards), flags(terminated), flags(truncated)));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("environment", env.spec().name());
        meta.put("policy", folder.toString());
        meta.put("solver", experiment.config().plugin(PluginKind.SOLVER, "a policy").name());
        meta.put("seed", Long.toString(seed));
        meta.put("deterministic", Boolean.toString(deterministic));
        return new Demonstrations(out, meta);
    }

    private static float[] floats(List<Float> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static boolean[] flags(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    @Override
    public void close() {
        solver.close();
        env.close();
    }
}
