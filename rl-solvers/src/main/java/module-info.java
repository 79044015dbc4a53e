/** smiling4j rl-solvers: plugins found by the runner through ServiceLoader. */
module ai.smiling4j.solvers {
    requires ai.smiling4j.api;

    provides ai.smiling4j.api.plugin.SolverProvider with
            ai.smiling4j.solvers.sac.SacProvider, ai.smiling4j.solvers.dreamer.DreamerProvider;
    provides ai.smiling4j.api.bench.Benchmark with
            ai.smiling4j.solvers.bench.SacBench, ai.smiling4j.solvers.bench.PolicyBench,
            ai.smiling4j.solvers.dreamer.DreamerBench;
}
