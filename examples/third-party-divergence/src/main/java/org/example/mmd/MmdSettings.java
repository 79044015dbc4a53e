package org.example.mmd;

/**
 * The options of the MMD divergence.
 *
 * @param bandwidth      Gaussian kernel bandwidth; 0 means the median heuristic
 * @param expertSamples  expert states kept
 * @param learnerSamples learner states drawn per update
 * @param updateEvery    environment steps between updates
 * @param buffer         learner states remembered
 */
record MmdSettings(double bandwidth, int expertSamples, int learnerSamples, int updateEvery, int buffer) {
}
