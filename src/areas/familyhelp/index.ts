// The Family Help area's public face: starting Family Help (the front door's decision under the
// unified model), the council's model, and who works with a family through it (the partner scope).
export { startFamilyHelp } from './store.ts';
export { readFamilyHelpModel } from './settings.ts';
export { leadingOrInTheTeam } from './workingWith.ts';
export type * from './journey.ts';
