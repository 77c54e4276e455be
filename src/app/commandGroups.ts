// What the returns' commands share: the `export` group several registrars add to (commander refuses
// a second `program.command('export')`), reading a collection year, and saying how long it took.
import { type Command, InvalidArgumentError } from 'commander';
import { collectionYear, type CollectionYear } from '../reports/returns/returnDates.ts';

/** The `export` group: the one already made, else a new one. */
export function exportCommandGroup(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === 'export') ??
    program.command('export').description('Write a return or an inspection list from Harbour’s records')
  );
}

/** A `--year` option's value: a collection year such as 2025-26. */
export function collectionYearOption(value: string): CollectionYear {
  const year = collectionYear(value);
  if (!year) throw new InvalidArgumentError('the year must be a collection year such as 2025-26');
  return year;
}

/** Seconds since a `performance.now()` reading, as a command reports them. */
export const secondsSince = (started: number) => `${((performance.now() - started) / 1000).toFixed(2)} s`;
