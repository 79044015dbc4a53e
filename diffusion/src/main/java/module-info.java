/** smiling4j diffusion: plugins found by the runner through ServiceLoader. */
module ai.smiling4j.diffusion {
    requires ai.smiling4j.api;
}
