import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkArticleBytes } from '../../src/lib/articles.ts';

const read = (name: string) =>
  readFileSync(new URL(`../fixtures/broken-content/articles/${name}`, import.meta.url));

// One defect a file, each with the exact message the newsroom sees.
test.each([
  ['missing-title.md', ['title: is required']],
  ['empty-title.md', ['title: must not be empty']],
  [
    'slashed-date.md',
    [
      'date: "31/08/2021" is not a date; write it as YYYY-MM-DD, optionally with a time and offset such as 2021-08-31T09:30:00+04:30',
    ],
  ],
  [
    'yesterday.md',
    [
      'date: "yesterday" is not a date; write it as YYYY-MM-DD, optionally with a time and offset such as 2021-08-31T09:30:00+04:30',
    ],
  ],
  ['impossible-date.md', ['date: "2021-02-30" is not a real date: 2021-02 has no day 30']],
  ['people-string.md', ['people: must be a list of names']],
  ['script-source.md', ['sources[1].url: must be an http or https URL, not "javascript:alert(1)"']],
  ['unterminated.md', ['front-matter: missing; start the file with a --- block']],
  ['empty.md', ['front-matter: missing; start the file with a --- block']],
  ['invalid-utf8.md', ['file: not valid UTF-8 text; save it as UTF-8']],
  [
    'correction-before-date.md',
    ['corrections[1].date: "2021-08-30" is before the article\'s date'],
  ],
  ['correction-without-text.md', ['corrections[1].text: is required']],
  ['punctuation-name.md', ['people[1]: "?!…" has no letters or digits to make a URL from']],
])('%s', (name, errors) => {
  const result = checkArticleBytes(name, read(name), 'UTC');
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.errors).toEqual(errors);
});

test('tabs in the YAML are a YAML error', () => {
  const result = checkArticleBytes('tabs-in-yaml.md', read('tabs-in-yaml.md'), 'UTC');
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.errors[0]).toMatch(/^front-matter: not valid YAML: .*tab/i);
});
