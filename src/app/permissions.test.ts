import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modules, permissionTable } from './modules.ts';
import { rolesAllow, type Permission } from '../platform/access/roles.ts';

test('each permission is defined by one module, and the composed table is the one routes are checked against', () => {
  const definedBy = modules.flatMap((module) =>
    Object.keys(module.permissions ?? {}).map((name) => [name, module.name]),
  );
  assert.equal(new Set(definedBy.map(([name]) => name)).size, definedBy.length, 'no permission is defined twice');
  assert.deepEqual(Object.keys(permissionTable).sort(), definedBy.map(([name]) => name).sort());
  assert.deepEqual(
    definedBy.filter(([name]) => name === 'assessment:authorise' || name === 'frontdoor:decide-as-manager'),
    [
      ['frontdoor:decide-as-manager', 'frontdoor'],
      ['assessment:authorise', 'assessment'],
    ],
  );
  assert.equal(rolesAllow(['team-manager'], 'assessment:authorise'), true);
  assert.equal(rolesAllow(['practitioner'], 'assessment:authorise'), false);
  assert.throws(() => rolesAllow(['administrator'], 'no-such:thing' as Permission), /No module defines/);
});
