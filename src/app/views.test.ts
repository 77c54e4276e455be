import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { areas } from '../areas/all.ts';
import { viewFolders } from './modules.ts';

// Nunjucks searches the view folders in order and takes the first match, so two folders holding
// the same name would let one template silently replace another.
const webKitViews = path.join(import.meta.dirname, '../platform/web/views');
const templatesIn = (folder: string): string[] =>
  fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.njk'))
    .map((file) => file.split(path.sep).join('/'));

test("each area's templates sit under its own name", () => {
  for (const area of areas) {
    if (!area.views) continue;
    const outside = templatesIn(area.views).filter((template) => !template.startsWith(`${area.name}/`));
    assert.deepEqual(outside, [], `${area.name}: templates outside views/${area.name}/`);
  }
});

test('no template name is held by two view folders', () => {
  const holders = new Map<string, string[]>();
  for (const folder of [webKitViews, ...viewFolders]) {
    for (const template of templatesIn(folder)) holders.set(template, [...(holders.get(template) ?? []), folder]);
  }
  const shadowed = [...holders].filter(([, folders]) => folders.length > 1);
  assert.deepEqual(shadowed, []);
  assert.ok(holders.size > 50, `expected Harbour's templates, found ${holders.size}`);
});
