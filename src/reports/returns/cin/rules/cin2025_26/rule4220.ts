// CIN census 2025-26 rule 4220: each child's ethnicity is given and is a DfE code.
import type { CinFlag } from '../../rule.ts';
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinEthnicityCodes } from '../../validCodes.ts';

export const rule4220 = defineCinRule({
  code: '4220',
  message: 'Ethnicity is missing or invalid (see Ethnicity table) (ERROR)',
  // A child with no ChildCharacteristics block at all has no ethnicity either: flagged as the child.
  check: (context) => {
    const flags: CinFlag[] = cinRowsWhere(
      context,
      'ChildCharacteristics',
      (child) => !cinEthnicityCodes.has(child.Ethnicity),
    );
    const characteristics = context.byChild('ChildCharacteristics');
    for (const child of context.tables.ChildIdentifiers)
      if (child.LAchildID !== '' && !characteristics.has(child.LAchildID))
        flags.push({ table: 'ChildCharacteristics', child: child.LAchildID });
    return flags;
  },
  examples: {
    passing: {
      ChildIdentifiers: [{ LAchildID: 'A1' }, { LAchildID: 'A2' }],
      ChildCharacteristics: [
        { LAchildID: 'A1', Ethnicity: 'WBRI' },
        { LAchildID: 'A2', Ethnicity: 'NOBT' },
      ],
    },
    failing: {
      ChildIdentifiers: [{ LAchildID: 'A1' }, { LAchildID: 'A2' }, { LAchildID: 'A3' }],
      ChildCharacteristics: [
        { LAchildID: 'A1', Ethnicity: 'WBR' },
        { LAchildID: 'A2', Ethnicity: '' },
      ],
    },
    flags: [
      ['ChildCharacteristics', 1],
      ['ChildCharacteristics', 2],
      ['ChildCharacteristics', 'A3'],
    ],
  },
});
