// Seeded counties are kept between runs (bench/.cache, not committed): a county at scale 5 with
// ten years of history takes minutes to simulate and load, and is the same county every time for
// the same options and the same code. The key covers both, so a change to the simulation, a
// migration or a timescale rule seeds afresh.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
export const cacheDir = path.join(here, '.cache');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The cache key: the county's options and every source file that could change what is loaded. */
export function countyKey(options: { scale: number; years: number; seed: number; endDate: string }): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(options));
  for (const file of sourceFiles(path.join(root, 'src')).sort()) hash.update(file).update(fs.readFileSync(file));
  return `scale-${options.scale}-years-${options.years}-seed-${options.seed}-${hash.digest('hex').slice(0, 16)}`;
}

const dumpOf = (key: string) => path.join(cacheDir, `${key}.dump`);

export const cached = (key: string) => fs.existsSync(dumpOf(key));

export function saveCounty(bin: string, url: string, key: string): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  // Older counties of the same options are superseded by this code's.
  const prefix = key.slice(0, key.lastIndexOf('-'));
  for (const file of fs.readdirSync(cacheDir)) if (file.startsWith(prefix)) fs.rmSync(path.join(cacheDir, file));
  execFileSync(path.join(bin, 'pg_dump'), ['--format=custom', '--no-owner', '--file', dumpOf(key), url], {
    stdio: 'pipe',
  });
}

export function restoreCounty(bin: string, url: string, key: string): void {
  execFileSync(path.join(bin, 'pg_restore'), ['--no-owner', '--jobs=2', '--dbname', url, dumpOf(key)], {
    stdio: 'pipe',
  });
}
