// The front door area's public face: its queue of contacts awaiting a decision, as the home page counts it,
// and the levels of need contacts are judged at (the indicators break contacts down by them).
export { contactsAwaitingDecision, contactsWaiting } from './queue.ts';
export { levelsOfNeed } from './codes.ts';
