import { describe, expect, test } from 'vitest';
import { formatReport, summarizeReports } from '../../src/lib/report.ts';

const reports = [
  { file: 'a.md', errors: [], warnings: [], sanitized: [] },
  {
    file: 'b.md',
    errors: ['date: is required', 'title: is required'],
    warnings: ['tags: unknown key, ignored'],
    sanitized: [],
  },
  { file: 'c.md', errors: [], warnings: [], sanitized: ['<script> ×1', 'onclick on <a> ×2'] },
];

describe('content check report', () => {
  test('lists each file with its problems and totals them, clashes included', () => {
    const site = {
      errors: ['/2021/08/a/ is the URL of more than one article: a.md, d.md'],
      warnings: ['people: "Ali" is written 2 ways: "Ali" in a.md; "ALI" in b.md'],
    };
    expect(formatReport(reports, site)).toBe(
      [
        'b.md',
        '  error: date: is required',
        '  error: title: is required',
        '  warning: tags: unknown key, ignored',
        'c.md',
        '  sanitized: removed <script> ×1, onclick on <a> ×2',
        'error: /2021/08/a/ is the URL of more than one article: a.md, d.md',
        'warning: people: "Ali" is written 2 ways: "Ali" in a.md; "ALI" in b.md',
        '3 file(s) checked: 3 error(s), 2 warning(s), 1 file(s) with markup removed by sanitizing',
      ].join('\n'),
    );
    expect(summarizeReports(reports, site)).toEqual({
      files: 3,
      errors: 3,
      warnings: 2,
      sanitized: 1,
    });
  });
});
