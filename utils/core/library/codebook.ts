import { ROLES } from '../roles';
import { TONES } from '../tones';
import { ROLE_IDS, TONE_IDS } from '../model';
import { EXPORT_FIELDS } from './fields';

export const FORMAT_NAME = 'diplolens';
/** Bumped when an exported field changes meaning; the importer reads this version and earlier ones. */
export const FORMAT_VERSION = 1;

/** The codebook as data (embedded in JSON exports). */
export function codebook() {
  return {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    tones: [...TONE_IDS, 'unknown' as const].map((id) => ({ id, label: TONES[id].label, symbol: TONES[id].symbol, definition: TONES[id].description })),
    roles: ROLE_IDS.map((id) => ({ id, label: ROLES[id].label, definition: ROLES[id].description })),
    fields: EXPORT_FIELDS,
  };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The codebook for people: goes with every export as a Markdown file. */
export function codebookMarkdown(exportedAt: Date, count: number, scope: string): string {
  const book = codebook();
  const lines = [
    '# DiploLens codebook',
    '',
    `Export of ${count} posts (${scope}), made ${exportedAt.toISOString()}. Format \`${book.format}\` version ${book.formatVersion}.`,
    '',
    'The automatic labels (`official`, `country`, `org`, `role`, `host`, `basis`, `tone`, `toneScore`, `toneConfidence`, `toneCues`) were set by DiploLens when the post was first seen.',
    'The human coding (`codedTone`, `codedBy`, `codedAt`), `tags` and `notes` were added by the researcher.',
    '',
    '## Tones',
    '',
    '| id | symbol | label | definition |',
    '|---|---|---|---|',
    ...book.tones.map((t) => `| \`${t.id}\` | \`${t.symbol}\` | ${cell(t.label)} | ${cell(t.definition)} |`),
    '',
    'Coding keys in the library: 1 cooperative, 2 confrontational, 3 neutral, 4 sarcastic, 0 clears.',
    '',
    '## Roles',
    '',
    '| id | label | definition |',
    '|---|---|---|',
    ...book.roles.map((r) => `| \`${r.id}\` | ${cell(r.label)} | ${cell(r.definition)} |`),
    '',
    '## Fields',
    '',
    'CSV: UTF-8 with a byte order mark, comma-separated, one header row, RFC 4180 quoting; an empty cell is null.',
    'Cells that begin with `=`, `+`, `-`, `@`, `\'`, tab or carriage return get a leading `\'` so that spreadsheets do not run them as formulas; the importer removes it.',
    'JSON: `{"format","formatVersion","exportedAt","codebook","posts":[...]}`. NDJSON: one post object per line.',
    '',
    '| field | type | meaning |',
    '|---|---|---|',
    ...book.fields.map((f) => `| \`${f.name}\` | ${cell(f.type)} | ${cell(f.description)} |`),
    '',
  ];
  return lines.join('\n');
}
