package ai.smiling4j.environments.mujoco.cartpole;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.task.MujocoTaskProvider;

/** Provides {@code cartpole-swingup}, DeepMind Control's cart-pole swing-up on MuJoCo (observation 5, action 1). */
public final class CartpoleSwingupProvider extends MujocoTaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public CartpoleSwingupProvider() {
        super(CartpoleSwingup.NAME, "DMC cart-pole swing-up on MuJoCo (obs 5, act 1)");
    }

    @Override
    protected EnvironmentSpec spec(int maxSteps) {
        return CartpoleSwingup.spec(maxSteps);
    }

    @Override
    protected Environment create(long seed, int maxSteps) {
        return new CartpoleSwingup(seed, maxSteps);
    }
}
