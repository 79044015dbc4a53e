package ai.smiling4j.divergences.common;

import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;

import java.util.List;
import java.util.Locale;

/** What a divergence compares between learner and expert: states, or [state, action] pairs. */
public enum Input {
    /** The state alone. */
    STATE,
    /** The state followed by the action. */
    STATE_ACTION;

    /** The configuration words, for option schemas. */
    public static List<String> configNames() {
        return List.of("state", "state-action");
    }

    /** The input a configuration word names. */
    public static Input fromConfig(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** True if this input needs actions. */
    public boolean actions() {
        return this == STATE_ACTION;
    }

    /** Size of one sample in the given environment. */
    public int dimension(EnvironmentSpec environment) {
        return environment.observationDim() + (actions() ? environment.actionDim() : 0);
    }

    /** The samples of the demonstrations, one row per expert step. */
    public FloatMatrix of(Demonstrations demonstrations) {
        return actions() ? FloatMatrix.concatColumns(demonstrations.states(), demonstrations.actions())
                : demonstrations.states();
    }

    /** The samples of a replayed batch, one row per transition. */
    public FloatMatrix of(TransitionBatch batch) {
        return actions() ? FloatMatrix.concatColumns(batch.observations(), batch.actions()) : batch.observations();
    }

    /** Adds the sample of one transition to a buffer. */
    public void add(SampleBuffer buffer, Transition transition) {
        if (actions()) {
            buffer.add(transition.observation(), transition.action());
        } else {
            buffer.add(transition.observation());
        }
    }
}
