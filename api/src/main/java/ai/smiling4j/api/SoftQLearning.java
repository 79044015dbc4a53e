package ai.smiling4j.api;

/** Solver capability: its critic is a soft Q-function whose objective can be replaced. */
public interface SoftQLearning {

    /** From now on, train the critic on {@code objective} instead of the temporal-difference loss. */
    void useCriticObjective(CriticObjective objective);
}
