/**
 * smiling4j environments: plugins found by the runner through ServiceLoader. MuJoCo tasks bind
 * libmujoco through JavaCPP; its natives load when the first MuJoCo task is created.
 */
module ai.smiling4j.environments {
    requires ai.smiling4j.api;
    requires org.bytedeco.javacpp;

    provides ai.smiling4j.api.plugin.EnvironmentProvider with
            ai.smiling4j.environments.classic.PendulumSwingupProvider,
            ai.smiling4j.environments.classic.PointMassProvider,
            ai.smiling4j.environments.mujoco.pendulum.PendulumSwingupProvider,
            ai.smiling4j.environments.mujoco.cartpole.CartpoleSwingupProvider,
            ai.smiling4j.environments.mujoco.pointmass.PointMassEasyProvider,
            ai.smiling4j.environments.mujoco.reacher.ReacherEasyProvider,
            ai.smiling4j.environments.mujoco.ballincup.BallInCupCatchProvider,
            ai.smiling4j.environments.mujoco.cheetah.CheetahRunProvider,
            ai.smiling4j.environments.mujoco.walker.WalkerWalkProvider,
            ai.smiling4j.environments.mujoco.hopper.HopperStandProvider,
            ai.smiling4j.environments.mujoco.humanoid.HumanoidWalkProvider,
            ai.smiling4j.environments.mujoco.h1.sit.H1SitProvider,
            ai.smiling4j.environments.mujoco.h1.crawl.H1CrawlProvider,
            ai.smiling4j.environments.mujoco.h1.pole.H1PoleProvider;
    provides ai.smiling4j.api.bench.Benchmark with
            ai.smiling4j.environments.mujoco.bench.PhysicsBench;
}
