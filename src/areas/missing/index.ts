// The missing area's public face: its part of the child's journey, as other areas and reports read it.
export type * from './journey.ts';
