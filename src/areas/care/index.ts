// The care area's public face: what other areas read of a child's periods of care.
export { careJourney } from './journey.ts';
