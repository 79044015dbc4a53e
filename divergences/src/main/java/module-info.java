/** smiling4j divergences: plugins found by the runner through ServiceLoader. */
module ai.smiling4j.divergences {
    requires ai.smiling4j.api;
}
