/** smiling4j environments: plugins found by the runner through ServiceLoader. */
module ai.smiling4j.environments {
    requires ai.smiling4j.api;
}
