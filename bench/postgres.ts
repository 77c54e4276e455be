// A PostgreSQL server the benchmark controls: Debian's `postgresql` (installed with apt-get when
// missing), a throwaway data directory, listening on 127.0.0.1 only, stopped and removed at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface BenchServer {
  /** A superuser URL for the `postgres` database; make others beside it. */
  url: string;
  bin: string;
  stop(): void;
}

function binaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(root, versions[0], 'bin');
}

function install(): string {
  console.log('PostgreSQL is not installed: installing Debian’s postgresql with apt-get…');
  const apt = (args: string[]) => {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed: install postgresql yourself, or set DATABASE_URL`);
  };
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'postgresql']);
  const found = binaries();
  if (!found) throw new Error('postgresql was installed but no initdb was found under /usr/lib/postgresql');
  return found;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export async function startBenchServer(): Promise<BenchServer> {
  const bin = binaries() ?? install();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-bench-pg-'));
  // initdb and the server refuse to run as root: as root they run as the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres:postgres', dataDir]);
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, command), args, { stdio: 'pipe' });
  const user = asRoot ? 'postgres' : os.userInfo().username;
  run('initdb', ['-D', dataDir, '-U', user, '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(dataDir, 'server.log'),
    '-w',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dataDir} -c shared_buffers=256MB -c max_connections=200`,
    'start',
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
  process.on('exit', stop);
  return { url: `postgres://${user}@127.0.0.1:${port}/postgres`, bin, stop };
}
