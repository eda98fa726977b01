import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkArticleFile } from '../../src/lib/articles.ts';

const fixtures = new URL('../fixtures/frontmatter/', import.meta.url);

function check(name: string) {
  const text = readFileSync(new URL(name, fixtures), 'utf8');
  return checkArticleFile(name, text, 'Asia/Kabul');
}

describe('good front-matter', () => {
  test('every field is read', () => {
    const result = check('good/full.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { frontmatter } = result;
    expect(frontmatter.title).toBe('Ministers meet in Kabul: what was agreed');
    expect(frontmatter.date.text).toBe('2021-08-31T09:30:00+04:30');
    expect(frontmatter.updated?.instant).toBe('2021-09-01T05:30:00.000Z');
    expect(frontmatter.summary).toBe('Talks ended with a statement on aid.');
    expect(frontmatter.byline).toBe('Farida Ahmadi');
    expect(frontmatter.sources).toEqual([
      { name: 'AFP' },
      { name: 'Reuters', url: 'https://www.reuters.com/world/' },
    ]);
    expect(frontmatter.people).toEqual(['Zabihullah Mujahid']);
    expect(frontmatter.places).toEqual(['Kabul', 'Afghanistan']);
    expect(frontmatter.draft).toBe(false);
    expect(result.slug).toBe('ministers-meet-in-kabul');
    expect(result.url).toBe('/2021/08/ministers-meet-in-kabul/');
    expect(result.warnings).toEqual([]);
  });

  test('optional fields take their defaults and the slug comes from the file name', () => {
    const result = check('good/minimal.md');
    expect(result).toMatchObject({
      ok: true,
      slug: 'minimal',
      url: '/2021/08/minimal/',
      frontmatter: { sources: [], people: [], places: [], draft: false },
    });
  });

  test('unknown keys are warnings, not errors', () => {
    const result = check('good/migrated.md');
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      'categories: unknown key, ignored',
      'tags: unknown key, ignored',
    ]);
  });
});

describe('bad front-matter', () => {
  test.each([
    ['bad/no-title.md', ['title: is required']],
    ['bad/empty-title.md', ['title: must not be empty']],
    ['bad/impossible-date.md', ['date: "2021-02-30" is not a real date: 2021-02 has no day 30']],
    [
      'bad/many.md',
      [
        'date: "31 August 2021" is not a date; write it as YYYY-MM-DD, optionally with a time and offset such as 2021-08-31T09:30:00+04:30',
        'updated: "2021-08-31T25:00:00Z" has an impossible time of day',
        'sources[1].url: must be an http or https URL, not "javascript:alert(1)"',
        'sources[2]: must be a name or { name, url }',
        'people: must be a list of names',
        'draft: must be true or false',
        'slug: "Not A Slug" is not a slug: use lower-case letters, digits and single hyphens',
      ],
    ],
    [
      'bad/empty-slug-name.md',
      [
        'sources[1].name: "🙂" has no letters or digits to make a URL from',
        'people[1]: "!!!" has no letters or digits to make a URL from',
      ],
    ],
    ['bad/no-frontmatter.md', ['front-matter: missing; start the file with a --- block']],
    [
      'bad/data-url.md',
      [
        'sources[1].url: must be an http or https URL, not "data:text/html,<script>alert(1)</script>"',
      ],
    ],
  ])('%s', (name, errors) => {
    const result = check(name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(errors);
  });

  test('invalid YAML names the problem', () => {
    const result = check('bad/invalid-yaml.md');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^front-matter: not valid YAML: /);
  });
});

describe('the lead picture', () => {
  const withImage = (image: string) =>
    checkArticleFile(
      'story.md',
      `---\ntitle: T\ndate: 2021-08-31\nimage:\n${image}\n---\nBody.`,
      'Asia/Kabul',
    );

  test.each([
    ['  src: a.jpg\n  alt: Hills', { src: 'a.jpg', alt: 'Hills', decorative: false }],
    [
      '  src: a.jpg\n  alt: Hills\n  caption: At dusk.\n  credit: A. Photographer',
      {
        src: 'a.jpg',
        alt: 'Hills',
        caption: 'At dusk.',
        credit: 'A. Photographer',
        decorative: false,
      },
    ],
    ['  src: a.jpg\n  alt: ""\n  decorative: true', { src: 'a.jpg', alt: '', decorative: true }],
    ['  src: a.jpg\n  decorative: true', { src: 'a.jpg', decorative: true }],
  ])('%s is read', (image, expected) => {
    const result = withImage(image);
    expect(result.ok && result.frontmatter.image).toEqual(expected);
  });

  test.each([
    [
      '  src: a.jpg',
      'image.alt: "a.jpg" needs alt text that says what it shows, or decorative: true if it shows nothing the text needs',
    ],
    [
      '  src: a.jpg\n  alt: "  "',
      'image.alt: "a.jpg" needs alt text that says what it shows, or decorative: true if it shows nothing the text needs',
    ],
    ['  alt: Hills', 'image.src: is required'],
    ['  src: a.jpg\n  alt: Hills\n  decorative: "yes"', 'image.decorative: must be true or false'],
  ])('%s is an error', (image, error) => {
    const result = withImage(image);
    expect(result.ok ? [] : result.errors).toEqual([error]);
  });
});
