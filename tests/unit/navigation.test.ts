import { expect, test } from 'vitest';
import { createNavigation } from '../../src/lib/navigation.ts';

test.each([
  ['/', 'Latest'],
  ['/page/3/', 'Latest'],
  ['/people/', 'People'],
  ['/people/zabihullah-mujahid/page/2/', 'People'],
  ['/places/kabul/', 'Places'],
  ['/sources/afp/', 'Sources'],
  ['/archive/', 'Archive'],
  ['/2021/08/some-article/', undefined],
  ['/404.html', undefined],
])('%s is in %s', (path, label) => {
  const current = createNavigation(path).filter((item) => item.current);
  expect(current.map((item) => item.label)).toEqual(label ? [label] : []);
});
