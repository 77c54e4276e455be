// Family Help's rules over plain data.
import type { Role } from '../../platform/access/roles.ts';

/** Who may lead a family's help or join its team: a council practitioner or a partner agency's. */
export const leadPractitionerRoles: readonly Role[] = ['practitioner', 'partner'];
