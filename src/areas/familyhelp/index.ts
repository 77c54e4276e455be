// The Family Help area's public face: starting Family Help (the front door's decision under the
// unified model) with its lead practitioner, the council's model, and a child's open Family Help
// for their page. Who works with a family through it is the module's WorkingWith (workingWith.ts).
export { childrenHelpedFrom, openFamilyHelpOf, startFamilyHelp } from './store.ts';
export { practitionerItems } from './presenters.ts';
export { readFamilyHelpModel } from './settings.ts';
export type * from './journey.ts';
