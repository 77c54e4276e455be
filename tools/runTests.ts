// npm run test:node, and the CI's PostgreSQL phase: runs the given node:test files a few processes
// at a time, several files to a process. A process spends seconds loading the app's modules
// through the TypeScript loader before its first test (about 8 s of 2 cores each, against a few
// seconds of testing for most files), so 160 files in 160 processes spent a third of the suite
// starting. Each file runs as a suite of its own, named by its path: its hooks, its databases and
// its failures stay its own, and the files of a process run one after another.
//   tsx tools/runTests.ts [--concurrency N] [--per-process N] FILE...
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';

const positive = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number from 1');
  return number;
};
const program = new Command('run-tests')
  .argument('<files...>', 'node:test files')
  .option('--concurrency <n>', 'processes at once', positive, 2)
  .option('--per-process <n>', 'files to a process', positive, 8)
  .parse();
const { concurrency, perProcess } = program.opts<{ concurrency: number; perProcess: number }>();
const files = program.args.map((file) => path.resolve(file));
for (const file of files) if (!fs.existsSync(file)) program.error(`no such test file: ${file}`);

// Dealt round the processes in turn, so an area's files (often alike in weight) are spread out.
const processes = Math.ceil(files.length / perProcess);
const groups = Array.from({ length: processes }, (_, group) =>
  files.filter((_file, index) => index % processes === group),
);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-tests-'));
const entries = groups.map((group, index) => {
  const entry = path.join(folder, `group-${String(index + 1).padStart(2, '0')}.test.mjs`);
  const suites = group.map(
    (file) =>
      `describe(${JSON.stringify(path.relative(process.cwd(), file))}, async () => { await import(${JSON.stringify(pathToFileURL(file).href)}); });`,
  );
  fs.writeFileSync(entry, [`import { describe } from 'node:test';`, ...suites, ''].join('\n'));
  return entry;
});

const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...entries], {
  stdio: 'inherit',
});
const finish = (code: number) => {
  fs.rmSync(folder, { recursive: true, force: true });
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => finish(code ?? (signal ? 1 : 0)));
