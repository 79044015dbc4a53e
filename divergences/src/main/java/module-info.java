/** smiling4j divergences: SMILING and its baselines, found by the runner through ServiceLoader. */
module ai.smiling4j.divergences {
    requires ai.smiling4j.api;

    provides ai.smiling4j.api.plugin.DivergenceProvider with
            ai.smiling4j.divergences.smiling.SmilingProvider,
            ai.smiling4j.divergences.dac.DacProvider,
            ai.smiling4j.divergences.bc.BcProvider,
            ai.smiling4j.divergences.iqlearn.IqLearnProvider,
            ai.smiling4j.divergences.diffail.DiffailProvider;
}
