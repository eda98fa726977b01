import { describe, expect, test } from 'vitest';
import { checkArticleFile } from '../../src/lib/articles.ts';
import { createCorpus, createPicturePixels, createRandom } from '../../src/lib/corpus.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

const files = [...createCorpus({ articles: 200, seed: 7, people: 50, places: 30, sources: 5 })];
const articles = files.filter((file) => file.path.startsWith('articles/'));

describe('createRandom', () => {
  test('the same seed gives the same sequence, another seed another', () => {
    const take = (seed: number) => Array.from({ length: 5 }, createRandom(seed));
    expect(take(3)).toEqual(take(3));
    expect(take(3)).not.toEqual(take(4));
    expect(take(3).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('createCorpus', () => {
  test('is deterministic for a seed', () => {
    const again = [...createCorpus({ articles: 200, seed: 7, people: 50, places: 30, sources: 5 })];
    expect(again).toEqual(files);
    const other = [...createCorpus({ articles: 200, seed: 8, people: 50, places: 30, sources: 5 })];
    expect(other).not.toEqual(files);
  });

  test('writes the settings, the place hierarchy and one file an article', () => {
    expect(files.map((file) => file.path).slice(0, 2)).toEqual(['site.json', 'topics/places.yaml']);
    expect(articles).toHaveLength(200);
    expect(new Set(articles.map((file) => file.path)).size).toBe(200);
    const places = files[1]!.text;
    expect(places.match(/within:/g)).toHaveLength(20);
  });

  test('every article is valid and in the folder of its year and month', () => {
    for (const file of articles) {
      const checked = checkArticleFile(file.path.slice('articles/'.length), file.text, 'UTC');
      expect(checked.ok, file.path).toBe(true);
      if (!checked.ok) continue;
      expect(checked.url).toBe(`/${file.path.slice('articles/'.length).replace(/\.md$/, '/')}`);
    }
  });

  test('bodies run from 300 to 1,200 words with headings, lists, links, quotes and emphasis', () => {
    const bodies = articles.map((file) => readFrontmatter(file.text).body);
    const words = bodies.map((body) => body.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...words)).toBeLessThanOrEqual(1400);
    const all = bodies.join('\n');
    for (const mark of [/^## /m, /^- /m, /\]\(https:\/\//, /^> /m, /\*\*[^*]+\*\*/, /\*[^*]+\*/]) {
      expect(all).toMatch(mark);
    }
  });

  test('every place of the hierarchy has an article, even in a small corpus', () => {
    const small = [...createCorpus({ articles: 12, seed: 3, places: 40 })];
    const declared = [...small[1]!.text.matchAll(/^"([^"]+)":$/gm)].map((match) => match[1]);
    expect(declared).toHaveLength(12);
    const used = new Set(
      small.slice(2).flatMap((file) => readFrontmatter(file.text).data.places as string[]),
    );
    expect(declared.filter((place) => !used.has(place!))).toEqual([]);
  });

  test('dates spread over ten years and topics come from the pools', () => {
    const years = new Set(articles.map((file) => file.path.split('/')[1]));
    expect(years.size).toBe(10);
    const people = new Set(
      articles.flatMap((file) => readFrontmatter(file.text).data.people as string[]),
    );
    expect(people.size).toBeLessThanOrEqual(50);
    expect(people.size).toBeGreaterThan(10);
  });
});

describe('createPicturePixels', () => {
  test('the same seed gives the same picture, another seed another', () => {
    const first = createPicturePixels(3, 64, 48);
    expect(first).toHaveLength(64 * 48 * 3);
    expect(createPicturePixels(3, 64, 48)).toEqual(first);
    expect(createPicturePixels(4, 64, 48)).not.toEqual(first);
  });

  test('it has the spread of a photograph, not a flat card', () => {
    const pixels = createPicturePixels(1, 200, 150);
    expect(new Set(pixels).size).toBeGreaterThan(150);
  });
});
