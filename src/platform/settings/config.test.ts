import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { configFromEnvironment } from './config.ts';

test('defaults suit a first run on the embedded database', () => {
  const config = configFromEnvironment({});
  assert.equal(config.port, 3000);
  assert.equal(config.dataDir, path.resolve('data'));
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.idleMinutes, 30);
  assert.equal(config.demoAccounts, true);
  assert.equal(config.trustProxy, false);
});

test('environment variables override, and a server database gets no demo accounts unless asked', () => {
  const config = configFromEnvironment({
    PORT: '8080',
    HARBOUR_DATA_DIR: '/tmp/h',
    DATABASE_URL: 'postgres://x@y/z',
    SESSION_IDLE_MINUTES: '15',
    TRUST_PROXY: 'true',
  });
  assert.equal(config.port, 8080);
  assert.equal(config.dataDir, '/tmp/h');
  assert.equal(config.databaseUrl, 'postgres://x@y/z');
  assert.equal(config.idleMinutes, 15);
  assert.equal(config.demoAccounts, false);
  assert.equal(config.trustProxy, true);
  assert.equal(
    configFromEnvironment({ DATABASE_URL: 'postgres://x@y/z', HARBOUR_DEMO_ACCOUNTS: 'on' }).demoAccounts,
    true,
  );
});

test('nonsense numbers are refused with the variable named', () => {
  assert.throws(() => configFromEnvironment({ PORT: 'eighty' }), /PORT must be a positive whole number/);
  assert.throws(() => configFromEnvironment({ SESSION_IDLE_MINUTES: '-5' }), /SESSION_IDLE_MINUTES/);
});
