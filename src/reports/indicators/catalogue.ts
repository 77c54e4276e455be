// The indicator catalogue: every figure Harbour reports, one definition each, in the order the
// council's performance report reads them. Adding an indicator is its definition in its group's file.
import type { Indicator } from './model.ts';
import { frontDoorIndicators } from './frontDoor.ts';
import { careIndicators } from './care.ts';
import { protectionIndicators } from './protection.ts';
import { courtIndicators } from './court.ts';
import { permanenceIndicators } from './permanence.ts';
import { careLeaverIndicators } from './careLeavers.ts';
import { workforceIndicators } from './workforce.ts';

export const indicators: readonly Indicator[] = [
  ...frontDoorIndicators,
  ...protectionIndicators,
  ...courtIndicators,
  ...careIndicators,
  ...permanenceIndicators,
  ...careLeaverIndicators,
  ...workforceIndicators,
];

const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
if (byId.size !== indicators.length) throw new Error('Two indicators share an id');

export const indicatorById = (id: string): Indicator | undefined => byId.get(id);
