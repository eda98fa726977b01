import { describe, expect, test } from 'vitest';
import { parseTopicFile } from '../../src/lib/topicmeta.ts';

describe('parseTopicFile', () => {
  test('reads descriptions, aliases, within and url', () => {
    const places = parseTopicFile(
      'places',
      'topics/places.yaml',
      'Kabul:\n  description: Capital.\n  within: Afghanistan\n  aliases: [Kabol]\nAfghanistan:\n',
    );
    expect(places).toEqual({
      entries: [
        {
          name: 'Kabul',
          description: 'Capital.',
          within: 'Afghanistan',
          aliases: ['Kabol'],
          file: 'topics/places.yaml',
        },
        { name: 'Afghanistan', aliases: [], file: 'topics/places.yaml' },
      ],
      problems: [],
    });
    const sources = parseTopicFile(
      'sources',
      'topics/sources.yaml',
      'AFP:\n  url: https://www.afp.com/\n',
    );
    expect(sources.entries[0]?.url).toBe('https://www.afp.com/');
  });

  test.each([
    ['people', 'Ali:\n  within: Kabul\n', ['t.yaml: "Ali": entry: Unrecognized key: "within"']],
    [
      'places',
      'Kabul:\n  url: https://kabul.example/\n',
      ['t.yaml: "Kabul": entry: Unrecognized key: "url"'],
    ],
    [
      'sources',
      'AFP:\n  url: javascript:alert(1)\n',
      ['t.yaml: "AFP": url: must be an http or https URL'],
    ],
    ['people', 'Ali:\n  aliases: Ally\n', ['t.yaml: "Ali": aliases: must be a list of names']],
    [
      'people',
      '"!!!":\n  description: x\n',
      ['t.yaml: "!!!": the name has no letters or digits to make a URL from'],
    ],
    ['people', '- Ali\n- Bibi\n', ["t.yaml: must map each topic's name to its details"]],
  ] as const)('%s: %j', (kind, source, problems) => {
    expect(parseTopicFile(kind, 't.yaml', source).problems).toEqual(problems);
  });

  test('invalid YAML is a problem naming the file', () => {
    expect(parseTopicFile('people', 't.yaml', 'Ali: [unclosed\n').problems[0]).toMatch(
      /^t\.yaml: not valid YAML: /,
    );
  });
});
