import { expect, test } from 'vitest';
import { serializeJsonLd } from '../../src/lib/structured.ts';

test.each([
  ['</script><script>alert(1)</script>'],
  ['a & b <!-- c --> ]]>'],
  ['line\u2028separator\u2029end'],
  ['“quotes” and "quotes" — کابل'],
])('%s survives, and no markup can close the block', (headline) => {
  const json = serializeJsonLd({ headline });
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(json)).toEqual({ headline });
});
