// Writes a ruleset folder's index.ts from the rule files in it, sorted by code (digits as numbers),
// so rules added side by side never conflict over the list:
//   npx tsx tools/indexRules.ts src/reports/returns/ssda903/rules/lac2025_26 lac2025_26 Rule903 ../../rule.ts
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [folder, listName, ruleType, ruleModule] = process.argv.slice(2);
if (!folder || !listName || !ruleType || !ruleModule) {
  console.error('usage: indexRules.ts FOLDER LIST_NAME RULE_TYPE RULE_MODULE');
  process.exit(2);
}
const codes = readdirSync(folder)
  .filter((file) => /^rule.+\.ts$/.test(file) && !file.endsWith('.test.ts'))
  .map((file) => file.slice(4, -3))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
writeFileSync(
  join(folder, 'index.ts'),
  `// The ${listName} rules, one file each (written by tools/indexRules.ts from the files in this folder).
import type { ${ruleType} } from '${ruleModule}';
${codes.map((code) => `import { rule${code} } from './rule${code}.ts';`).join('\n')}

export const ${listName}: readonly ${ruleType}[] = [${codes.map((code) => `rule${code}`).join(', ')}];
`,
);
console.log(`${codes.length} rules in ${join(folder, 'index.ts')}`);
