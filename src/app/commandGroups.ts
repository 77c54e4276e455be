// Command groups several registrars add to (`harbour export 903|cin|annex-a|csc-api`): commander
// refuses a second `program.command('export')`, so each registrar asks for the group here.
import type { Command } from 'commander';

/** The `export` group: the one already made, else a new one. */
export function exportCommandGroup(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === 'export') ??
    program.command('export').description('Write a return or an inspection list from Harbour’s records')
  );
}
