package ai.smiling4j.environments.classic;

/**
 * A point mass sliding on a plane with viscous damping, pushed by a force along each axis and held
 * inside a square by inelastic walls: reaching a wall stops the motion into it. Equation of
 * motion per axis: {@code m x'' = u - b x'}, integrated with semi-implicit Euler over
 * {@code substeps} equal substeps per control step.
 */
final class PointMass {
    /**
     * Physical constants.
     *
     * @param mass      m (kg)
     * @param damping   b (N s/m)
     * @param maxForce  the force u of action 1 along an axis (N)
     * @param wall      the centre of the mass stays within [-wall, wall] on each axis (m)
     * @param controlDt seconds per control step
     * @param substeps  integration substeps per control step
     */
    record Constants(double mass, double damping, double maxForce, double wall, double controlDt, int substeps) {

        /**
         * DeepMind Control's point mass: 0.3 kg, damping 1 N s/m, motors of gear 0.1 (so the top speed
         * is 0.1 m/s), joint range +-0.29 m inside a 0.6 m arena; control every 0.02 s, here with 2
         * substeps of 10 ms.
         */
        static final Constants DMC = new Constants(0.3, 1.0, 0.1, 0.29, 0.02, 2);
    }

    private final Constants constants;
    private final double dt;
    private double x;
    private double y;
    private double vx;
    private double vy;

    PointMass(Constants constants) {
        this.constants = constants;
        this.dt = constants.controlDt() / constants.substeps();
    }

    /** Advances one control step under the force {@code (ax, ay) * maxForce}. */
    void advance(double ax, double ay) {
        double fx = ax * constants.maxForce();
        double fy = ay * constants.maxForce();
        double b = constants.damping();
        double inverseMass = 1 / constants.mass();
        double wall = constants.wall();
        for (int i = 0; i < constants.substeps(); i++) {
            vx += dt * inverseMass * (fx - b * vx);
            vy += dt * inverseMass * (fy - b * vy);
            x += dt * vx;
            y += dt * vy;
            if (x > wall || x < -wall) {
                x = Math.copySign(wall, x);
                vx = 0;
            }
            if (y > wall || y < -wall) {
                y = Math.copySign(wall, y);
                vy = 0;
            }
        }
    }

    /** Puts the mass at a position (clamped inside the walls) with a velocity. */
    void set(double x, double y, double vx, double vy) {
        this.x = Math.max(-constants.wall(), Math.min(constants.wall(), x));
        this.y = Math.max(-constants.wall(), Math.min(constants.wall(), y));
        this.vx = vx;
        this.vy = vy;
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }

    double vx() {
        return vx;
    }

    double vy() {
        return vy;
    }
}
