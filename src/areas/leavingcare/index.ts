// The leaving care area's public face: whether someone is a young person's personal adviser (My work).
export { advisesAnyYoungPerson } from './advisedBy.ts';
