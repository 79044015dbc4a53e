/**
 * smiling4j diffusion: the {@code ddpm-mlp} score model, found by the runner through ServiceLoader.
 * The PyTorch engine is a run-time dependency only; it loads when the first model is created.
 */
module ai.smiling4j.diffusion {
    requires ai.smiling4j.api;
    requires ai.djl.api;

    provides ai.smiling4j.api.plugin.ScoreModelProvider with ai.smiling4j.diffusion.ddpm.DdpmMlpProvider;
    provides ai.smiling4j.api.bench.Benchmark with ai.smiling4j.diffusion.bench.DiffusionBench;
}
