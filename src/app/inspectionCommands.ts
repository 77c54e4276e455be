// `harbour export annex-a` (Ofsted's ILACS Annex A lists), `harbour export csc-api` (the DfE's CSC
// API JSON, in files of at most 100 children) and `harbour send csc-api` (posting those files).
import { type Command, InvalidArgumentError } from 'commander';
import { Temporal } from 'temporal-polyfill';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import type { Actor } from '../platform/access/audit.ts';
import { configFromEnvironment } from '../platform/settings/config.ts';
import { exportAnnexA } from '../reports/returns/annexA/exportAnnexA.ts';
import { exportCommandGroup } from './commandGroups.ts';

const isoDate = (value: string): string => {
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString();
  } catch {
    throw new InvalidArgumentError('give the date as YYYY-MM-DD, for example 2026-06-30');
  }
};

const seconds = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

export function registerInspectionAndFeedCommands(
  program: Command,
  withDatabase: <T>(work: (database: HarbourDatabase) => Promise<T>) => Promise<T>,
  actor: Actor,
): void {
  const exportGroup = exportCommandGroup(program);
  exportGroup
    .command('annex-a')
    .description(
      "Ofsted's ILACS Annex A: lists 1–11, a sheet each, and a Notes sheet (restricted children included; audited)",
    )
    .requiredOption('--as-at <YYYY-MM-DD>', 'the date the lists are drawn up to (the six months before it)', isoDate)
    .requiredOption('--out <file.xlsx>', 'the workbook to write')
    .action((options: { asAt: string; out: string }) =>
      withDatabase(async (database) => {
        const started = Date.now();
        const { rows } = await exportAnnexA(database.db, actor, {
          asAt: options.asAt,
          file: options.out,
          councilName: configFromEnvironment().councilName,
        });
        const counts = [...rows].map(([list, count]) => `list ${list}: ${count}`).join(', ');
        console.log(`Annex A as at ${options.asAt} written to ${options.out} in ${seconds(started)} (${counts}).`);
      }),
    );
}
