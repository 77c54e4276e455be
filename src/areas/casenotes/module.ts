import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { caseNotePermissions } from './permissions.ts';
import { caseNoteRoutes } from './routes.ts';
import { caseNotesChronology } from './chronology.ts';
import { caseNotesJourney, caseNotesVoice, emptyCaseNotesJourney } from './journey.ts';

// Case notes: the day-to-day record of work with a child and their family, with the child's voice
// kept as data. Significant events among them join the child's chronology.
export const caseNotesArea: AreaModule = {
  name: 'casenotes',
  permissions: caseNotePermissions,
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [caseNoteRoutes],
  childLinks: [
    { text: 'Case notes', path: '/case-notes', permission: 'child:view', position: 15 },
    { text: 'Write a case note', path: '/case-notes/new', permission: 'case-note:record', position: 85 },
  ],
  chronology: caseNotesChronology,
  // Their part of the journey is the days the child was seen alone, which the visiting standard counts.
  journey: { empty: emptyCaseNotesJourney, load: caseNotesJourney },
  childsVoice: caseNotesVoice,
};
