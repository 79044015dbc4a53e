package ai.smiling4j.api.policy;

import ai.smiling4j.api.nn.Activation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyNetworkTest {
    private static final PolicyNetwork.Dense HIDDEN = new PolicyNetwork.Dense(2, 2, new float[] {1, 0, 0, -1}, new float[] {0, 0.5f});
    private static final PolicyNetwork.Dense OUT = new PolicyNetwork.Dense(2, 1, new float[] {1, 2}, new float[] {-0.25f});

    @Test
    void actFollowsTheDefinitionByHand() {
        PolicyNetwork p = new PolicyNetwork(new PolicyNetwork.Normalization(new float[] {1, -1}, new float[] {2, 0.5f}),
                List.of(HIDDEN, OUT), Activation.RELU, new float[] {3}, new float[] {0.5f});
        // o = (5, -2): h0 = ((5 - 1) / 2, (-2 + 1) / 0.5) = (2, -2); h1 = relu(2, 2 + 0.5) = (2, 2.5)
        // u = 2 + 5 - 0.25 = 6.75; action = 3 + 0.5 tanh(6.75)
        assertEquals(3 + 0.5 * Math.tanh(6.75), p.act(new float[] {5, -2})[0], 1e-12);
        PolicyNetwork leaky = new PolicyNetwork(null, List.of(HIDDEN, OUT), Activation.LEAKY_RELU, new float[] {0}, new float[] {1});
        // o = (-1, 3): h1 = (-1 -> -0.01, -3 + 0.5 = -2.5 -> -0.025); u = -0.01 - 0.05 - 0.25 = -0.31
        assertEquals(Math.tanh(-0.31), leaky.act(new float[] {-1, 3})[0], 1e-7);
        assertEquals("2", leaky.hiddenShape());
        assertEquals(2, leaky.observationDim());
        assertEquals(1, leaky.actionDim());
    }

    @Test
    void mismatchedPartsAreRefusedWithTheSizes() {
        IllegalArgumentException chain = assertThrows(IllegalArgumentException.class, () ->
                new PolicyNetwork(null, List.of(OUT, HIDDEN), Activation.RELU, new float[2], new float[2]));
        assertTrue(chain.getMessage().contains("layer 1 takes 2 inputs but layer 0 gives 1"), chain.getMessage());
        assertThrows(IllegalArgumentException.class, () ->
                new PolicyNetwork(null, List.of(HIDDEN, OUT), Activation.RELU, new float[2], new float[2]));
        assertThrows(IllegalArgumentException.class, () -> new PolicyNetwork.Normalization(new float[] {0}, new float[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new PolicyNetwork.Dense(2, 2, new float[3], new float[2]));
    }
}
