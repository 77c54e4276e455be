// The front door area's public face: its queue of contacts awaiting a decision, as the home page counts it.
export { contactsAwaitingDecision, contactsWaiting } from './queue.ts';
