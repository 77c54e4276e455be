// The Family Help area's public face: starting Family Help (the front door's decision under the
// unified model) with its lead practitioner, the council's model, and who works with a family
// through it (the partner scope is built on it).
export { childrenHelpedFrom, openFamilyHelpOf, startFamilyHelp } from './store.ts';
export { practitionerItems } from './presenters.ts';
export { readFamilyHelpModel } from './settings.ts';
export { leadingOrInTheTeam } from './workingWith.ts';
export type * from './journey.ts';
