import { expect, test } from 'vitest';
import { createRedirectsFile, findAliasConflicts } from '../../src/lib/aliases.ts';

const alias = (path: string, file: string) => ({ path, target: '/2021/08/new/', file });

test.each([
  [[alias('/2021/08/old/', 'a.md')], []],
  [[alias('/people/', 'a.md')], ['a.md: aliases: /people/ is already a page of the site']],
  [
    [alias('/old/', 'a.md'), alias('/old/', 'b.md')],
    ['b.md: aliases: /old/ is also an alias in a.md'],
  ],
])('%j', (aliases, problems) => {
  expect(findAliasConflicts(aliases, new Set(['/people/', '/2021/08/new/']))).toEqual(problems);
});

test('_redirects', () => {
  expect(createRedirectsFile([{ path: '/old/', target: '/2021/08/new/' }])).toBe(
    '/old/ /2021/08/new/ 301\n',
  );
});
