package ai.smiling4j.environments.classic;

/**
 * A rigid pendulum: a point mass on a massless rod about a hinge with viscous damping and a
 * torque motor. The angle {@code theta} is measured from upright (0) and kept in
 * {@code [-pi, pi)}; hanging down is {@code pi}. Equation of motion, with {@code I = m L^2}:
 * {@code I theta'' = m g L sin(theta) - b theta' + u}, integrated with semi-implicit
 * (symplectic) Euler over {@code substeps} equal substeps per control step.
 */
final class Pendulum {
    /**
     * Physical constants.
     *
     * @param mass      bob mass m (kg)
     * @param length    rod length L (m)
     * @param gravity   g (m/s^2)
     * @param damping   hinge damping b (N m s/rad)
     * @param maxTorque the torque u of action 1 (N m)
     * @param controlDt seconds per control step
     * @param substeps  integration substeps per control step
     */
    record Constants(double mass, double length, double gravity, double damping, double maxTorque,
                     double controlDt, int substeps) {

        /**
         * DeepMind Control's pendulum: a 1 kg bob 0.5 m from the hinge, damping 0.1, a 1 N m motor
         * (gravity's largest torque is m g L = 4.9 N m, so swinging up takes several pumps), control
         * every 0.02 s; here with 4 substeps of 5 ms.
         */
        static final Constants DMC = new Constants(1.0, 0.5, 9.81, 0.1, 1.0, 0.02, 4);

        /** Moment of inertia about the hinge, m L^2. */
        double inertia() {
            return mass * length * length;
        }
    }

    private final Constants constants;
    private final double gravityTorque;
    private final double dt;
    private double theta;
    private double omega;

    Pendulum(Constants constants) {
        this.constants = constants;
        this.gravityTorque = constants.mass() * constants.gravity() * constants.length();
        this.dt = constants.controlDt() / constants.substeps();
    }

    /** Advances one control step under {@code action * maxTorque}. */
    void advance(double action) {
        double torque = action * constants.maxTorque();
        double inverseInertia = 1 / constants.inertia();
        for (int i = 0; i < constants.substeps(); i++) {
            omega += dt * inverseInertia * (gravityTorque * Math.sin(theta) - constants.damping() * omega + torque);
            theta += dt * omega;
        }
        if (theta >= Math.PI) {
            theta -= 2 * Math.PI;
        } else if (theta < -Math.PI) {
            theta += 2 * Math.PI;
        }
    }

    /** Puts the pendulum at an angle (wrapped into {@code [-pi, pi)}) and angular velocity. */
    void set(double theta, double omega) {
        this.theta = Math.IEEEremainder(theta, 2 * Math.PI);
        if (this.theta == Math.PI) {
            this.theta = -Math.PI;
        }
        this.omega = omega;
    }

    /** Angle from upright (rad). */
    double theta() {
        return theta;
    }

    /** Angular velocity (rad/s). */
    double omega() {
        return omega;
    }
}
