import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../../../..');
// The package's command line, beside its entry point (its exports name no path to it).
const sassCommand = path.join(path.dirname(createRequire(import.meta.url).resolve('sass')), 'sass.js');

let compiled: Promise<string> | undefined;

/**
 * Harbour's stylesheet: GOV.UK Frontend built once per process with the council's settings. The
 * Sass compiler runs in a process of its own: loaded into the server it would hold ~50 MB for the
 * server's whole life to build one file once.
 */
export function harbourStylesheet(): Promise<string> {
  compiled ??= promisify(execFile)(
    process.execPath,
    [
      sassCommand,
      `--load-path=${path.join(projectRoot, 'node_modules')}`,
      '--style=compressed',
      '--no-source-map',
      '--quiet-deps',
      '--silence-deprecation=import',
      path.join(here, 'harbour.scss'),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  ).then(({ stdout }) => stdout.trimEnd());
  // A failed build is tried again on the next request rather than remembered.
  compiled.catch(() => (compiled = undefined));
  return compiled;
}
