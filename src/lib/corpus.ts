/** Shape of a synthetic archive for the benchmark. */
export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Seed of the random sequence: the same seed gives the same files. */
  seed: number;
  /** Size of the pool of people names. */
  people?: number;
  /** Size of the pool of places, in a `within` hierarchy. */
  places?: number;
  /** Size of the pool of sources. */
  sources?: number;
  /** First year of the ten-year span of dates. */
  firstYear?: number;
}

/** One file of the corpus, by its path inside the content folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sequence. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka', 'bul', 'ra', 'min', 'do', 'sha', 'te', 'lor', 'van', 'mi', 'zan', 'pe', 'tu', 'gar',
  'hel', 'os', 'ri', 'nam', 'bo', 'ast', 'el', 'un', 'dar', 'fi', 'ko', 'les', 'ma', 'tor',
]; // prettier-ignore

const FUNCTION_WORDS = ['the', 'of', 'and', 'in', 'to', 'a', 'said', 'on', 'for', 'with'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function between(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function makeWord(random: () => number): string {
  let word = '';
  for (let count = between(random, 1, 3); count > 0; count -= 1) word += pick(random, SYLLABLES);
  return word;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Distinct names: the index is spelt into the name so that no two collide.
function makeNames(random: () => number, count: number, parts: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const words = Array.from({ length: parts }, () => capitalise(makeWord(random)));
    words[words.length - 1] += SYLLABLES[index % SYLLABLES.length]! + index.toString(36);
    return words.join(' ');
  });
}

function makeSentence(random: () => number, words: number): string {
  const parts: string[] = [];
  for (let index = 0; index < words; index += 1) {
    parts.push(random() < 0.4 ? pick(random, FUNCTION_WORDS) : makeWord(random));
  }
  return `${capitalise(parts.join(' '))}.`;
}

function makeParagraph(random: () => number, words: number): string {
  const sentences: string[] = [];
  for (let left = words; left > 0;) {
    const length = Math.min(left, between(random, 8, 24));
    let sentence = makeSentence(random, length);
    const roll = random();
    if (roll < 0.15) sentence = sentence.replace(/^(\S+)/, '*$1*');
    else if (roll < 0.25) sentence = sentence.replace(/^(\S+ \S+)/, '**$1**');
    else if (roll < 0.35) {
      sentence = sentence.replace(
        /^(\S+)/,
        `[$1](https://example.org/${makeWord(random)}/${between(random, 1, 9999)})`,
      );
    }
    sentences.push(sentence);
    left -= length;
  }
  return sentences.join(' ');
}

// A body of about `words` words: paragraphs, with headings, lists and quotes among them.
function makeBody(random: () => number, words: number, mention: string): string {
  const blocks: string[] = [`${mention} ${makeParagraph(random, 40)}`];
  let written = 40;
  while (written < words) {
    const roll = random();
    if (roll < 0.12) {
      blocks.push(`## ${capitalise(makeSentence(random, between(random, 3, 7)).slice(0, -1))}`);
    } else if (roll < 0.22) {
      const items = between(random, 3, 5);
      const list = Array.from({ length: items }, () => `- ${makeSentence(random, 8)}`);
      blocks.push(list.join('\n'));
      written += items * 8;
    } else if (roll < 0.3) {
      blocks.push(`> ${makeParagraph(random, 30)}`);
      written += 30;
    } else {
      const length = Math.min(words - written, between(random, 40, 110));
      blocks.push(makeParagraph(random, Math.max(length, 1)));
      written += length;
    }
  }
  return blocks.join('\n\n');
}

function quoteYaml(text: string): string {
  return JSON.stringify(text);
}

function yamlList(key: string, items: string[]): string {
  return `${key}:\n${items.map((item) => `  - ${quoteYaml(item)}`).join('\n')}\n`;
}

// Several distinct items from a pool, the first ones more often than the rest.
function pickSome(random: () => number, pool: string[], low: number, high: number): string[] {
  const chosen = new Set<string>();
  const wanted = between(random, low, high);
  while (chosen.size < wanted) chosen.add(pool[Math.floor(random() ** 2 * pool.length)]!);
  return [...chosen];
}

function placesFile(places: string[]): CorpusFile {
  // A tree: the first ten are countries; each later place sits within an earlier one.
  const lines = places.map((place, index) => {
    const parent = places[Math.floor(index / 10) - 1];
    const within = parent === undefined ? '' : `\n  within: ${quoteYaml(parent)}`;
    return `${quoteYaml(place)}:\n  description: ${quoteYaml(`A place of the synthetic archive, number ${index + 1}.`)}${within}`;
  });
  return { path: 'topics/places.yaml', text: `${lines.join('\n')}\n` };
}

/**
 * Yields a deterministic synthetic archive: `site.json`, the place hierarchy
 * and one Markdown article a file. Bodies run from 300 to 1,200 words with
 * headings, lists, links, quotes and emphasis; people, places and sources come
 * from fixed pools; dates spread over ten years.
 */
export function* createCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const random = createRandom(options.seed);
  const people = makeNames(random, options.people ?? 2000, 2);
  // Every place of the hierarchy has an article, however small the corpus.
  const places = makeNames(random, Math.min(options.places ?? 400, options.articles), 1);
  const sources = makeNames(random, options.sources ?? 40, 2).map((name) => `${name} News`);
  const firstYear = options.firstYear ?? 2016;
  const start = Date.UTC(firstYear, 0, 1);
  const span = Date.UTC(firstYear + 10, 0, 1) - start;

  yield {
    path: 'site.json',
    text: `${JSON.stringify({ name: 'Synthetic Dateline', url: 'https://bench.dateline.example/' }, null, 2)}\n`,
  };
  yield placesFile(places);
  for (let index = 0; index < options.articles; index += 1) {
    const date = new Date(start + Math.floor(random() * span));
    const iso = date.toISOString().slice(0, 16).replace('T', ' ');
    const title = capitalise(makeSentence(random, between(random, 5, 12)).slice(0, -1));
    const named = pickSome(random, people, 1, 4);
    const placed = pickSome(random, places, 1, 3);
    if (index < places.length && !placed.includes(places[index]!)) placed[0] = places[index]!;
    const front = [
      '---',
      `title: ${quoteYaml(title)}`,
      `date: ${iso}`,
      `summary: ${quoteYaml(makeSentence(random, between(random, 12, 25)))}`,
      yamlList('people', named).trimEnd(),
      yamlList('places', placed).trimEnd(),
      yamlList('sources', pickSome(random, sources, 1, 2)).trimEnd(),
      '---',
    ];
    const body = makeBody(random, between(random, 300, 1200), `${named[0]} said:`);
    const month = String(date.getUTCMonth() + 1).padStart(2, '0');
    yield {
      path: `articles/${date.getUTCFullYear()}/${month}/article-${index + 1}.md`,
      text: `${front.join('\n')}\n${body}\n`,
    };
  }
}

// Smooth noise in [0, 1): a grid of random values, blended between points.
function createValueNoise(random: () => number, size = 256): (x: number, y: number) => number {
  const grid = Float64Array.from({ length: size * size }, () => random());
  const at = (x: number, y: number) =>
    grid[(((y % size) + size) % size) * size + (((x % size) + size) % size)]!;
  return (x, y) => {
    const x0 = Math.floor(x);
    const y0 = Math.floor(y);
    const fx = x - x0;
    const fy = y - y0;
    const sx = fx * fx * (3 - 2 * fx);
    const sy = fy * fy * (3 - 2 * fy);
    const top = at(x0, y0) + (at(x0 + 1, y0) - at(x0, y0)) * sx;
    const bottom = at(x0, y0 + 1) + (at(x0 + 1, y0 + 1) - at(x0, y0 + 1)) * sx;
    return top + (bottom - top) * sy;
  };
}

// Noise over several scales, from broad shapes to fine texture.
function createTexture(random: () => number, scale: number, octaves: number) {
  const noise = createValueNoise(random);
  return (x: number, y: number) => {
    let total = 0;
    let weight = 0.5;
    let frequency = 1 / scale;
    for (let octave = 0; octave < octaves; octave += 1) {
      total += noise(x * frequency, y * frequency) * weight;
      weight /= 2;
      frequency *= 2;
    }
    return total;
  };
}

/**
 * The pixels of a made-up landscape photograph (RGB, 8 bits a channel): a
 * sky with clouds, a sun, two ridges with the texture of fields and trees,
 * and the grain of a camera, so that it compresses as a photograph does
 * rather than as a flat test card. The same seed gives the same picture.
 */
export function createPicturePixels(seed: number, width: number, height: number): Uint8Array {
  const random = createRandom(seed);
  const sky = [60 + random() * 80, 110 + random() * 80, 190 + random() * 60];
  const land = [40 + random() * 60, 80 + random() * 60, 30 + random() * 40];
  const sun = {
    x: random() * width,
    y: random() * height * 0.4,
    r: height * (0.04 + random() * 0.06),
  };
  const clouds = createTexture(random, width / 4, 5);
  const fields = createTexture(random, width / 10, 6);
  const ridges = [0.45 + random() * 0.15, 0.6 + random() * 0.2].map((base, layer) => ({
    base: base * height,
    rough: createTexture(random, width / 3, 5),
    depth: height * (0.08 / (layer + 1)),
  }));
  // Each ridge's outline, once a column.
  const tops = ridges.map((ridge) =>
    Float64Array.from(
      { length: width },
      (_, x) => ridge.base + (ridge.rough(x, 0) - 0.5) * ridge.depth * 4,
    ),
  );
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let layer = -1;
      for (let index = 0; index < tops.length; index += 1) if (y > tops[index]![x]!) layer = index;
      let colour: number[];
      if (layer === -1) {
        const cloud = Math.min(1, Math.max(0, clouds(x, y * 2) - 0.45) * 2.5);
        colour = sky.map((channel) => {
          const tinted = channel + (y / height) * 60;
          return tinted + (245 - tinted) * cloud;
        });
        if (Math.hypot(x - sun.x, y - sun.y) < sun.r) colour = [255, 240, 200];
      } else {
        const texture = fields(x + layer * 999, y);
        const depth = (y - tops[layer]![x]!) / height;
        const shade = (1 - layer * 0.35 - depth * 0.5) * (0.6 + texture * 0.8);
        colour = land.map((channel) => channel * shade);
      }
      const grain = (random() - 0.5) * 14;
      const at = (y * width + x) * 3;
      for (let channel = 0; channel < 3; channel += 1) {
        pixels[at + channel] = Math.max(0, Math.min(255, Math.round(colour[channel]! + grain)));
      }
    }
  }
  return pixels;
}
