// The dependency rules of .dependency-cruiser.cjs, and one more they cannot express: no two
// folders (an area, a report, a part of the platform) import each other, even through different
// files. Run by `npm test`; prints the folder pairs it finds and fails on any.
import { execFileSync } from 'node:child_process';

interface Cruised {
  modules: { source: string; dependencies: { resolved: string; valid: boolean; rules?: { name: string }[] }[] }[];
}

const cruised = (): Cruised => {
  try {
    return JSON.parse(
      execFileSync('npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
        encoding: 'utf8',
        maxBuffer: 1e8,
      }),
    ) as Cruised;
  } catch (error) {
    // depcruise exits non-zero when a rule is broken; its JSON still says which.
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return JSON.parse(stdout) as Cruised;
  }
};

/** The folder a file belongs to for this check: core, platform/<part>, areas/<area>, reports/<report>, app. */
export function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'src' || /\.test\.ts$/.test(file) || parts[2] === 'testing') return undefined;
  if (parts[1] === 'core' || parts[1] === 'app') return parts[1];
  return parts.length > 3 ? `${parts[1]}/${parts[2]}` : parts[1];
}

const { modules } = cruised();
const broken = modules.flatMap((module) =>
  module.dependencies
    .filter((dependency) => !dependency.valid)
    .map(
      (dependency) =>
        `${module.source} → ${dependency.resolved} (${dependency.rules?.map((rule) => rule.name).join(', ')})`,
    ),
);
const edges = new Set<string>();
for (const module of modules) {
  const from = folderOf(module.source);
  for (const dependency of module.dependencies) {
    const to = folderOf(dependency.resolved);
    if (from && to && from !== to) edges.add(`${from} → ${to}`);
  }
}
const pairs = [...edges].filter((edge) => {
  const [from, to] = edge.split(' → ');
  return from! < to! && edges.has(`${to} → ${from}`);
});

for (const line of broken) console.error(`layer rule broken: ${line}`);
for (const pair of pairs) console.error(`folders import each other: ${pair.replace(' → ', ' ⇄ ')}`);
console.log(
  `layers: ${modules.length} modules, ${broken.length} broken rules, ${pairs.length} folder pairs importing each other`,
);
if (broken.length || pairs.length) process.exit(1);
