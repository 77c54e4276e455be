import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../../../..');

let compiled: string | undefined;

/** Harbour's stylesheet: GOV.UK Frontend built once per process with the council's settings. */
export function harbourStylesheet(): string {
  compiled ??= sass.compile(path.join(here, 'harbour.scss'), {
    loadPaths: [path.join(projectRoot, 'node_modules')],
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import'],
  }).css;
  return compiled;
}
