// SSDA903 2025-26 rule 547: a child with a health check recorded (1) has immunisations, teeth check, health assessment and substance misuse recorded.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule547 = defineRule903({
  code: '547',
  message:
    'Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(
      context,
      'OC2',
      (child) =>
        child.HEALTH_CHECK === '1' &&
        (child.IMMUNISATIONS === '' ||
          child.TEETH_CHECK === '' ||
          child.HEALTH_ASSESSMENT === '' ||
          child.SUBSTANCE_MISUSE === ''),
    ),
  examples: {
    year: '2025-26',
    passing: {
      OC2: [
        {
          CHILD: '1',
          HEALTH_CHECK: '1',
          IMMUNISATIONS: '1',
          TEETH_CHECK: '0',
          HEALTH_ASSESSMENT: '1',
          SUBSTANCE_MISUSE: '0',
        },
        { CHILD: '2', HEALTH_CHECK: '0' },
      ],
    },
    failing: {
      OC2: [
        {
          CHILD: '1',
          HEALTH_CHECK: '1',
          IMMUNISATIONS: '1',
          TEETH_CHECK: '',
          HEALTH_ASSESSMENT: '1',
          SUBSTANCE_MISUSE: '0',
        },
        { CHILD: '2', HEALTH_CHECK: '0' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
