// `harbour export annex-a` (Ofsted's ILACS Annex A lists), `harbour export csc-api` (the DfE's CSC
// API JSON, in files of at most 100 children) and `harbour send csc-api` (posting those files).
import { type Command, InvalidArgumentError } from 'commander';
import { Temporal } from 'temporal-polyfill';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import type { Actor } from '../platform/access/audit.ts';
import { configFromEnvironment } from '../platform/settings/config.ts';
import { exportAnnexA } from '../reports/returns/annexA/exportAnnexA.ts';
import { exportCscApi } from '../reports/returns/cscApi/feed.ts';
import { cscApiConfigFromEnvironment, sendCscApi } from '../reports/returns/cscApi/send.ts';
import { exportCommandGroup, secondsSince } from './commandGroups.ts';

const isoDate = (value: string): string => {
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString();
  } catch {
    throw new InvalidArgumentError('give the date as YYYY-MM-DD, for example 2026-06-30');
  }
};

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
        const started = performance.now();
        const { rows } = await exportAnnexA(database.db, actor, {
          asAt: options.asAt,
          file: options.out,
          councilName: configFromEnvironment().councilName,
        });
        const counts = [...rows].map(([list, count]) => `list ${list}: ${count}`).join(', ');
        console.log(`Annex A as at ${options.asAt} written to ${options.out} in ${secondsSince(started)} (${counts}).`);
      }),
    );

  exportGroup
    .command('csc-api')
    .description(
      "The DfE's CSC API JSON for every child in scope, in files of at most 100 children (csc-api-0001.json…)",
    )
    .requiredOption('--as-at <YYYY-MM-DD>', 'the day the records stand as at', isoDate)
    .requiredOption('--out <dir>', 'an empty folder for the files')
    .option(
      '--since <YYYY-MM-DD>',
      'only the children whose record changed from what Harbour last sent (a send on or after this date), with purges for records withdrawn',
      isoDate,
    )
    .action((options: { asAt: string; out: string; since?: string }) =>
      withDatabase(async (database) => {
        const started = performance.now();
        const { files, children, purged } = await exportCscApi(database.db, actor, {
          asAt: options.asAt,
          dir: options.out,
          ...(options.since ? { since: options.since } : {}),
        });
        console.log(
          `${children} children (${purged} purged) in ${files.length} file${files.length === 1 ? '' : 's'} in ${options.out} (${secondsSince(started)}).`,
        );
      }),
    );

  const send =
    program.commands.find((command) => command.name() === 'send') ??
    program.command('send').description('Send an export to its recipient');
  send
    .command('csc-api')
    .description(
      "Post the exported files to the DfE's CSC API (HARBOUR_CSC_API_URL, _LA_CODE, _TOKEN_URL, _CLIENT_ID, _CLIENT_SECRET, _SCOPE), storing each receipt",
    )
    .argument('<dir>', 'the folder `harbour export csc-api` wrote')
    .action((dir: string) =>
      withDatabase(async (database) => {
        const receipts = await sendCscApi(database.db, cscApiConfigFromEnvironment(), dir, { sentBy: actor.username });
        for (const { file, receipt, children } of receipts)
          console.log(`${file}: ${children} children, receipt ${receipt}`);
      }),
    );
}
