import { getSiteFeed } from '../data/feeds.ts';
import { createAtom } from '../lib/feeds.ts';

/** `/atom.xml`: Atom 1.0 of the newest articles. */
export async function GET(): Promise<Response> {
  const { info, entries } = await getSiteFeed('/atom.xml');
  return new Response(createAtom(info, entries), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
