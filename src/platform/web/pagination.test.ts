import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Request } from 'express';
import { NotFoundError } from '../../core/errors.ts';
import { listPage, pageAskedFor } from './pagination.ts';

const asked = (page: string | undefined) => pageAskedFor({ query: page === undefined ? {} : { page } } as Request, 50);

test('the page asked for is a whole number from 1; anything else is the first page', () => {
  assert.deepEqual(asked('3'), { number: 3, size: 50, offset: 100 });
  for (const odd of [undefined, '0', '-2', '1.5', 'two', '99999999999'])
    assert.equal(asked(odd).number, 1, String(odd));
});

test('one page needs no pagination; many are numbered with ellipses around this one, the query kept', () => {
  assert.equal(listPage('/children', { q: 'sam' }, asked('1'), 50).pagination, undefined);
  const middle = listPage('/children', { q: 'sam jo', page: '5', empty: '' }, asked('5'), 501).pagination!;
  assert.equal(middle.previous?.href, '/children?q=sam+jo&page=4');
  assert.equal(middle.next?.href, '/children?q=sam+jo&page=6');
  assert.deepEqual(
    middle.items.map((item) => ('ellipsis' in item ? '…' : item.current ? `[${item.number}]` : String(item.number))),
    ['1', '…', '4', '[5]', '6', '…', '11'],
  );
  const last = listPage('/children', {}, asked('11'), 501);
  assert.equal(last.pagination?.next, undefined);
  assert.equal(last.pages, 11);
  assert.deepEqual(last.showing, { from: 501, to: 501, total: 501 });
  assert.deepEqual(listPage('/children', {}, asked('1'), 0).showing, { from: 0, to: 0, total: 0 });
});

test('a page past the last is not found, whatever the list; the first page of an empty list is there', () => {
  assert.throws(() => listPage('/children', {}, asked('12'), 501), NotFoundError);
  assert.throws(() => listPage('/children', {}, asked('5'), 200), NotFoundError, '200 rows are 4 pages of 50');
  assert.throws(() => listPage('/children', {}, asked('2'), 0), NotFoundError);
  assert.equal(listPage('/children', {}, asked('4'), 200).showing.to, 200);
  assert.equal(listPage('/children', {}, asked('1'), 0).pages, 1);
});
