import { describe, expect, test } from 'vitest';
import { linkTranslations } from '../../src/lib/translations.ts';

const article = (file: string, translationOf?: string) => {
  const slug = file.split('/').pop()!.replace('.md', '');
  return { file, slug, url: `/2021/08/${slug}/`, ...(translationOf ? { translationOf } : {}) };
};

describe('linkTranslations', () => {
  const original = article('2021/08/kabul.md');
  const persian = article('2021/08/kabul-fa.md', '2021/08/kabul');
  const pashto = article('2021/08/kabul-ps.md', 'kabul');
  const dari = article('fa/kabul-prs.md', '/2021/08/kabul/');
  const alone = article('2021/08/alone.md');

  test('an original and its translations each list the others', () => {
    const { translations, problems } = linkTranslations([original, persian, pashto, dari, alone]);
    expect(problems).toEqual([]);
    expect(translations.get(original)).toEqual([persian, pashto, dari]);
    expect(translations.get(persian)).toEqual([original, pashto, dari]);
    expect(translations.has(alone)).toBe(false);
  });

  test.each([
    [article('a.md', 'missing'), 'translationOf: "missing" names no article'],
    [article('self.md', 'self'), 'translationOf: an article cannot be a translation of itself'],
  ])('%o is a problem', (item, message) => {
    expect(linkTranslations([original, item]).problems).toEqual([{ file: item.file, message }]);
  });

  test('a slug shared by two months is ambiguous', () => {
    const august = { ...article('2021/08/x.md'), url: '/2021/08/x/' };
    const september = { ...article('2021/09/x.md'), url: '/2021/09/x/' };
    const translation = article('t.md', 'x');
    expect(linkTranslations([august, september, translation]).problems).toEqual([
      { file: 't.md', message: 'translationOf: "x" names more than one article; give its path' },
    ]);
  });
});
