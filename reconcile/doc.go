// Package reconcile compares what the articles of one event claim, slot
// by slot, and says what they agree on, where they contradict each other
// and what only one of them says. Copies of one text count as one source;
// a hedged, negated, conditional or question-only claim never outvotes an
// asserted one; a later figure that supersedes an earlier one (a death
// toll rising through the day) and a version the text says revises
// another are not contradictions. Across a story, it finds the people the
// sources describe in ways that cannot both hold: former or sitting,
// official or not, of one age or another.
package reconcile
