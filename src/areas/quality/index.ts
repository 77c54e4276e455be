// The quality area's public face: management oversight notes.
export { recordOversightNote } from './oversight.ts';
