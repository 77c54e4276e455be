import type { ChildJourney } from '../../core/timescales/journey.ts';
import { areas } from '../../areas/all.ts';

const emptyParts = Object.assign({}, ...areas.map((area) => area.journey?.empty ?? {})) as Omit<ChildJourney, 'child'>;

/** A journey with no records except those given, for stores and tests: every area's part, empty. */
export function childJourney(
  child: ChildJourney['child'],
  records: Partial<Omit<ChildJourney, 'child'>> = {},
): ChildJourney {
  return { child, ...structuredClone(emptyParts), ...records };
}
