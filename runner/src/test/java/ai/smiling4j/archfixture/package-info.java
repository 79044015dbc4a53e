/**
 * A miniature code base that breaks every architecture rule on purpose, so that each rule is seen
 * to fail. Never used by production code.
 */
package ai.smiling4j.archfixture;
