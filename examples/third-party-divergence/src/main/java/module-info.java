/** An example third-party divergence for smiling4j: maximum mean discrepancy on states. */
module org.example.mmd {
    requires ai.smiling4j.api;

    provides ai.smiling4j.api.plugin.DivergenceProvider with org.example.mmd.MmdDivergenceProvider;
}
