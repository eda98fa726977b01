import { createManifest } from '../lib/manifest.ts';
import { site } from '../site.ts';

/** `/manifest.webmanifest`, from the site settings. */
export function GET(): Response {
  return new Response(JSON.stringify(createManifest(site)), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
