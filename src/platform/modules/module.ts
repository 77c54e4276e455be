// What an area tells the rest of Harbour about itself. Each area folder exports one of these
// from its module.ts; src/areas/all.ts lists them, and every loader (migrations, routes, views,
// navigation, the child's page links, the journey, the chronology) iterates that list.
import type { RouteTable } from '../web/routeSpec.ts';
import type { NavigationItem } from '../web/navigation.ts';
import type { ChildRecordLink } from '../web/childLinks.ts';
import type { ChronologySource } from '../records/chronology.ts';
import type { ChildsVoiceSource } from '../records/childsVoice.ts';
import type { AreaJourneys } from '../records/byChild.ts';
import type { TimescaleRule } from '../../core/timescales/model.ts';
import type { TimescaleSetting } from '../../core/timescales/settings.ts';
import type { PermissionTable } from '../access/roles.ts';
import type { CaseloadOf, WorkingWith } from '../access/recordScope.ts';

export interface AreaModule {
  /** The area's folder under src/areas; its templates sit in views/<name>/. */
  name: string;
  /** The folder of its migrations (NNNN_name.ts), run with every other area's in name order. */
  migrations?: string;
  /** The folder holding views/<name>/. */
  views?: string;
  routes?: readonly RouteTable[];
  navigation?: readonly NavigationItem[];
  /** The permissions it adds and the roles that have each (its permissions.ts). */
  permissions?: PermissionTable;
  /** Links on the child's page to the area's records. */
  childLinks?: readonly ChildRecordLink[];
  /** Its part of the child's journey, as the timescale rules read it: empty, and read for many children at once. */
  journey?: { empty: object; load: AreaJourneys<object> };
  /** The statutory and local timescales of its records, one rule per file in its timescales/ folder. */
  timescaleRules?: readonly TimescaleRule[];
  /** The local standards its rules read, which a council sets on the settings page (its settings.ts). */
  settings?: readonly TimescaleSetting[];
  /** Its events in the child's chronology. */
  chronology?: ChronologySource;
  /** The times its records heard the child: their wishes and feelings, how gathered, whether seen alone. */
  childsVoice?: ChildsVoiceSource;
  /** Who works with a child through its records, so whose record opens at once (need to know). */
  workingWith?: WorkingWith;
  /** Every child a person works with themselves through its records (a partner's home page lists them). */
  caseloadOf?: CaseloadOf;
}
