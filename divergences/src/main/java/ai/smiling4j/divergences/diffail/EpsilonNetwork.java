package ai.smiling4j.divergences.diffail;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * DiffAIL's own noise predictor {@code eps_theta(x_t, t)}, in the shape of the SMILING reference's
 * score network: {@code concat[x_t, temb(t)] -> Linear(d + 16, hidden) -> LeakyReLU -> Linear(hidden, d)},
 * with {@code temb = Linear(16, 32) -> LeakyReLU -> Linear(32, 16)} over the fixed sinusoidal code
 * of the integer t ({@code f_k = exp(-k ln(10000) / 7)}, code {@code [sin(t f), cos(t f)]}).
 * PyTorch's default initialization.
 */
final class EpsilonNetwork {
    private static final int CODE = 16;

    private final Mlp time;
    private final Mlp body;

    EpsilonNetwork(NDManager manager, int dim, int hidden, SplittableRandom random) {
        time = Mlp.create(manager, new int[] {CODE, 2 * CODE, CODE}, Activation.LEAKY_RELU, Initializer.TORCH_DEFAULT, random);
        body = Mlp.create(manager, new int[] {dim + CODE, hidden, dim}, Activation.LEAKY_RELU, Initializer.TORCH_DEFAULT,
                random);
    }

    /** The predicted noise for each row of {@code noisy} at its step, shape {@code (n, d)}. */
    NDArray predict(NDArray noisy, int[] timesteps) {
        NDArray code = noisy.getManager().create(sinusoidal(timesteps), new Shape(timesteps.length, CODE));
        return body.forward(noisy.concat(time.forward(code), 1));
    }

    /** The fixed 16-value code of every t. */
    static float[] sinusoidal(int[] timesteps) {
        int half = CODE / 2;
        float[] code = new float[timesteps.length * CODE];
        for (int i = 0; i < timesteps.length; i++) {
            for (int k = 0; k < half; k++) {
                double angle = timesteps[i] * Math.exp(-k * Math.log(10000) / (half - 1));
                code[i * CODE + k] = (float) Math.sin(angle);
                code[i * CODE + half + k] = (float) Math.cos(angle);
            }
        }
        return code;
    }

    /** The time embedding's parameters, then the body's. */
    List<NDArray> parameters() {
        List<NDArray> all = new ArrayList<>(time.parameters());
        all.addAll(body.parameters());
        return all;
    }
}
