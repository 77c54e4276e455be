import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Request } from 'express';
import { pageAskedFor, paginationFor, showing } from './pagination.ts';

const asked = (page: string | undefined) => pageAskedFor({ query: page === undefined ? {} : { page } } as Request, 50);

test('the page asked for is a whole number from 1; anything else is the first page', () => {
  assert.deepEqual(asked('3'), { number: 3, size: 50, offset: 100 });
  for (const odd of [undefined, '0', '-2', '1.5', 'two', '99999999999'])
    assert.equal(asked(odd).number, 1, String(odd));
});

test('one page needs no pagination; many are numbered with ellipses around this one, the query kept', () => {
  assert.equal(paginationFor('/children', { q: 'sam' }, asked('1'), 50), undefined);
  const middle = paginationFor('/children', { q: 'sam jo', page: '5', empty: '' }, asked('5'), 501)!;
  assert.equal(middle.previous?.href, '/children?q=sam+jo&page=4');
  assert.equal(middle.next?.href, '/children?q=sam+jo&page=6');
  assert.deepEqual(
    middle.items.map((item) => ('ellipsis' in item ? '…' : item.current ? `[${item.number}]` : String(item.number))),
    ['1', '…', '4', '[5]', '6', '…', '11'],
  );
  const last = paginationFor('/children', {}, asked('11'), 501)!;
  assert.equal(last.next, undefined);
  assert.deepEqual(showing(asked('11'), 501), { from: 501, to: 501, total: 501 });
  assert.deepEqual(showing(asked('1'), 0), { from: 0, to: 0, total: 0 });
});
