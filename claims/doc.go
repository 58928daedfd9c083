// Package claims turns the analysis of one article into claims: the
// values it gives for the slots of event frames (a meeting's duration,
// day, place and outcome; a strike's casualty count; an amount of aid)
// and what it says an entity is (a role, in office or not, of what age). Each claim
// keeps its modality, its attribution and its evidence; a claim is never
// made without the words that state it.
package claims
