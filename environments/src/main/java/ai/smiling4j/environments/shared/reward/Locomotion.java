package ai.smiling4j.environments.shared.reward;

import java.nio.DoubleBuffer;

/**
 * The reward terms that DeepMind Control's locomotion tasks (and HumanoidBench after them)
 * multiply together, built on {@link Tolerance}.
 */
public final class Locomotion {

    private Locomotion() {
    }

    /**
     * The "small control" term: the mean over {@code efforts} of a quadratic tolerance around 0
     * that reaches 0 at {@code margin}, mapped to [0.8, 1] as {@code (4 + mean) / 5}.
     *
     * @param efforts controls or actuator forces, one per actuator
     * @param margin  the effort at which an actuator's term reaches 0
     */
    public static double smallControl(DoubleBuffer efforts, double margin) {
        double sum = 0;
        int n = efforts.limit();
        for (int i = 0; i < n; i++) {
            sum += Tolerance.tolerance(efforts.get(i), 0, 0, margin, Sigmoid.QUADRATIC, 0);
        }
        return (4 + sum / n) / 5;
    }

    /**
     * The "move" term: 1 at or above the target speed, falling linearly to 0 at rest, mapped to
     * [1/6, 1] as {@code (5 move + 1) / 6}.
     */
    public static double move(double speed, double target) {
        return (5 * Tolerance.tolerance(speed, target, Double.POSITIVE_INFINITY, target, Sigmoid.LINEAR, 0) + 1) / 6;
    }

    /**
     * The "upright" term: 1 while {@code upright}, the vertical component of the torso's z axis,
     * is at least {@code bound}, falling linearly to 0 at {@code bound - margin}.
     */
    public static double upright(double upright, double bound, double margin) {
        return Tolerance.tolerance(upright, bound, Double.POSITIVE_INFINITY, margin, Sigmoid.LINEAR, 0);
    }
}
