// GOV.UK pagination for a long list: which page is asked for, and the component's links, numbered
// with ellipses as the Design System shows them (first, last, and the pages either side of this one).
import type { Request } from 'express';
import { NotFoundError } from '../../core/errors.ts';
import type { Listed } from './routeSpec.ts';

export interface Page {
  /** 1-based. */
  number: number;
  size: number;
  offset: number;
}

/** The page asked for (`?page=`), 1 when absent or not a page number. */
export function pageAskedFor(req: Request, size: number): Page {
  const asked = Number(req.query.page);
  const number = Number.isInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
  return { number, size, offset: (number - 1) * size };
}

/**
 * One page of a list of `total`: "Showing 51 to 100 of 2,310" and the govukPagination parameters
 * (undefined when everything fits on one page). A page past the last is not found, as a record
 * that is not there would be, rather than an empty page captioned "201 to 200 of 200". Call it
 * before auditing what the page shows, so a page that is not there is not audited as a list.
 */
export function listPage(path: string, query: Record<string, string | undefined>, page: Page, total: number) {
  const pages = Math.max(1, Math.ceil(total / page.size));
  if (page.number > pages) throw new NotFoundError();
  return {
    pages,
    showing: { from: total === 0 ? 0 : page.offset + 1, to: Math.min(page.offset + page.size, total), total },
    pagination: pages === 1 ? undefined : paginationLinks(path, query, page.number, pages),
  };
}

/**
 * The rows a list shows: one page of them, or every row when its CSV is asked for, audited as what
 * it shows (this page's children, or the export's) with the list's own detail.
 */
export async function pageOrExport<T>(
  req: Request,
  listed: Listed,
  rows: readonly T[],
  list: {
    path: string;
    query: Record<string, string | undefined>;
    size: number;
    csv: boolean;
    childIdOf: (row: T) => number;
    detail: Record<string, unknown>;
  },
) {
  if (list.csv) {
    await listed(rows.map(list.childIdOf), { ...list.detail, exported: 'csv', rows: rows.length });
    return { rows, showing: undefined, pagination: undefined };
  }
  const page = pageAskedFor(req, list.size);
  const { showing, pagination } = listPage(list.path, list.query, page, rows.length);
  const onPage = rows.slice(page.offset, page.offset + page.size);
  await listed(onPage.map(list.childIdOf), { ...list.detail, page: page.number });
  return { rows: onPage, showing, pagination };
}

function paginationLinks(path: string, query: Record<string, string | undefined>, current: number, pages: number) {
  const kept = Object.entries(query).filter((entry): entry is [string, string] => entry[0] !== 'page' && !!entry[1]);
  const href = (number: number) => `${path}?${new URLSearchParams([...kept, ['page', String(number)]]).toString()}`;
  const shown = [...new Set([1, current - 1, current, current + 1, pages])]
    .filter((number) => number >= 1 && number <= pages)
    .sort((a, b) => a - b);
  const items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[] = [];
  for (const [i, number] of shown.entries()) {
    if (i > 0 && number - shown[i - 1]! > 1) items.push({ ellipsis: true });
    items.push({ number, href: href(number), current: number === current });
  }
  return {
    ...(current > 1 ? { previous: { href: href(current - 1) } } : {}),
    ...(current < pages ? { next: { href: href(current + 1) } } : {}),
    items,
  };
}
