// SSDA903 2025-26 rule 544: a child with conviction information (CONVICTED 1) also has immunisations,
// teeth check, health assessment and substance misuse completed.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule544 = defineRule903({
  code: '544',
  message:
    'Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(
      context,
      'OC2',
      (child) =>
        child.CONVICTED === '1' &&
        (child.IMMUNISATIONS === '' ||
          child.TEETH_CHECK === '' ||
          child.HEALTH_ASSESSMENT === '' ||
          child.SUBSTANCE_MISUSE === ''),
    ),
  examples: {
    passing: {
      OC2: [
        {
          CHILD: '1',
          CONVICTED: '1',
          IMMUNISATIONS: '1',
          TEETH_CHECK: '0',
          HEALTH_ASSESSMENT: '1',
          SUBSTANCE_MISUSE: '0',
        },
        { CHILD: '2', CONVICTED: '0' },
      ],
    },
    failing: {
      OC2: [
        {
          CHILD: '1',
          CONVICTED: '1',
          IMMUNISATIONS: '1',
          TEETH_CHECK: '0',
          HEALTH_ASSESSMENT: '1',
          SUBSTANCE_MISUSE: '',
        },
        { CHILD: '2', CONVICTED: '0' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
