// The one list of Harbour's areas, in the order of the child's journey (the order their parts
// appear in the journey, the chronology and the child's page). Adding an area is its folder and
// one line here. Reports and the app read this list; an area never does.
import type { AreaModule } from '../platform/modules/module.ts';
import { peopleArea } from './people/module.ts';
import { frontDoorArea } from './frontdoor/module.ts';
import { earlyHelpArea } from './earlyhelp/module.ts';
import { familyHelpArea } from './familyhelp/module.ts';
import { assessmentArea } from './assessment/module.ts';
import { protectionArea } from './protection/module.ts';
import { planningArea } from './planning/module.ts';
import { visitsArea } from './visits/module.ts';
import { caseNotesArea } from './casenotes/module.ts';
import { familyGroupArea } from './familygroup/module.ts';
import { courtArea } from './court/module.ts';
import { careArea } from './care/module.ts';
import { missingArea } from './missing/module.ts';
import { permanenceArea } from './permanence/module.ts';
import { leavingCareArea } from './leavingcare/module.ts';
import { workforceArea } from './workforce/module.ts';
import { qualityArea } from './quality/module.ts';

export const areas: readonly AreaModule[] = [
  peopleArea,
  frontDoorArea,
  earlyHelpArea,
  familyHelpArea,
  assessmentArea,
  protectionArea,
  planningArea,
  visitsArea,
  caseNotesArea,
  familyGroupArea,
  courtArea,
  careArea,
  missingArea,
  permanenceArea,
  leavingCareArea,
  workforceArea,
  qualityArea,
];
