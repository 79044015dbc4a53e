package ai.smiling4j.diffusion.ddpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The noise predictor {@code eps_theta(x_t, t)}: a time MLP {@code code(t) -> 32 -> 16}, then an
 * MLP on {@code [x_t, temb]} with {@code depth} hidden layers of {@code width} units and an output of
 * size d. Layers start as PyTorch's {@code nn.Linear} does.
 */
final class ScoreNetwork {
    static final int TIME_HIDDEN = 32;
    static final int TIME_EMBEDDING = 16;

    private final Mlp time;
    private final Mlp noise;

    private ScoreNetwork(Mlp time, Mlp noise) {
        this.time = time;
        this.noise = noise;
    }

    static ScoreNetwork create(NDManager manager, int dimension, DdpmSettings s) {
        SplittableRandom random = new SplittableRandom(s.seed());
        Mlp time = Mlp.create(manager, new int[] {TimeCode.SIZE, TIME_HIDDEN, TIME_EMBEDDING}, s.activation(),
                Initializer.TORCH_DEFAULT, random);
        int[] sizes = new int[s.depth() + 2];
        sizes[0] = dimension + TIME_EMBEDDING;
        for (int l = 1; l <= s.depth(); l++) {
            sizes[l] = s.width();
        }
        sizes[s.depth() + 1] = dimension;
        Mlp noise = Mlp.create(manager, sizes, s.activation(), Initializer.TORCH_DEFAULT, random);
        return new ScoreNetwork(time, noise);
    }

    /** Predicted noise, shape (n, d), for noisy inputs (n, d) and their time codes (n, 16). */
    NDArray forward(NDArray noisy, NDArray code) {
        return noise.forward(noisy.concat(time.forward(code), 1));
    }

    /** The learned time embedding of codes (n, 16). */
    NDArray embedTime(NDArray code) {
        return time.forward(code);
    }

    /** The noise MLP, whose first layer takes {@code [x_t, temb]}. */
    Mlp noiseMlp() {
        return noise;
    }

    /** Time MLP parameters, then noise MLP parameters. */
    List<NDArray> parameters() {
        List<NDArray> all = new ArrayList<>(time.parameters());
        all.addAll(noise.parameters());
        return all;
    }

    void copyFrom(ScoreNetwork source) {
        time.copyFrom(source.time);
        noise.copyFrom(source.noise);
    }
}
