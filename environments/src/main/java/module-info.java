/** smiling4j environments: plugins found by the runner through ServiceLoader. */
module ai.smiling4j.environments {
    requires ai.smiling4j.api;

    provides ai.smiling4j.api.plugin.EnvironmentProvider with
            ai.smiling4j.environments.classic.PendulumSwingupProvider,
            ai.smiling4j.environments.classic.PointMassProvider;
}
