import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type express from 'express';
import nunjucks from 'nunjucks';
import { longDate, longDateTime } from '../../core/dateText.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../../..');

/** Each module keeps its pages in its own views/ folder; shared layout and components in web/views. */
export function configureNunjucks(app: express.Express, viewFolders: readonly string[]): nunjucks.Environment {
  const env = nunjucks.configure(
    [path.join(here, 'views'), ...viewFolders, path.join(projectRoot, 'node_modules/govuk-frontend/dist')],
    { autoescape: true, express: app, noCache: process.env.NODE_ENV === 'development' },
  );
  app.set('view engine', 'njk');
  env.addFilter('dateTime', (value: Date | string | null | undefined) => (value ? longDateTime(value) : ''));
  // Plain dates ('YYYY-MM-DD') are calendar days, shown as GOV.UK writes dates: 5 January 2026.
  env.addFilter('date', (value: string | null | undefined) => (value ? longDate(value) : ''));
  // Text someone wrote (a note, the information shared) keeps its paragraphs and line breaks, escaped.
  env.addFilter('paragraphs', (value: string | null | undefined) =>
    value
      ? new nunjucks.runtime.SafeString(
          value
            .trim()
            .split(/\r?\n\s*\r?\n/)
            .map((paragraph) => `<p class="govuk-body">${escaped(paragraph.trim()).replace(/\r?\n/g, '<br>')}</p>`)
            .join(''),
        )
      : '',
  );
  return env;
}

const escaped = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
