// The early help area's public face: starting an episode of early help (the front door's decision).
export { startEarlyHelp } from './store.ts';
export type * from './journey.ts';
