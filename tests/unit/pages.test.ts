import { expect, test } from 'vitest';
import { findSlugConflict } from '../../src/lib/pages.ts';

test.each([
  ['about', undefined],
  ['corrections-policy', undefined],
  ['people', "the address of the site's own /people/ pages"],
  ['places', "the address of the site's own /places/ pages"],
  ['sources', "the address of the site's own /sources/ pages"],
  ['archive', "the address of the site's own /archive/ pages"],
  ['search', "the address of the site's own /search/ pages"],
  ['page', "the address of the site's own /page/ pages"],
  ['2021', "the address of a year's archive"],
  ['20210', undefined],
])('%s', (slug, conflict) => {
  const found = findSlugConflict(slug);
  if (conflict === undefined) expect(found).toBeUndefined();
  else expect(found).toContain(conflict);
});
