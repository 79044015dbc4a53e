package ai.smiling4j.environments.mujoco.cartpole;

import ai.smiling4j.environments.shared.TaskProvider;

/** Provides {@code cartpole-swingup}, DeepMind Control's cart-pole swing-up on MuJoCo (observation 5, action 1). */
public final class CartpoleSwingupProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public CartpoleSwingupProvider() {
        super(CartpoleSwingup.NAME, "DMC cart-pole swing-up on MuJoCo (obs 5, act 1)",
                CartpoleSwingup::spec, CartpoleSwingup::new);
    }
}
