import { unified } from '@astrojs/markdown-remark';
import { writeFile } from 'node:fs/promises';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createProcessorOptions } from './src/lib/markdown.ts';
import { createRedirectsFile } from './src/lib/aliases.ts';
import { readArticleSummaries } from './src/loaders/lastmod.ts';
import { publishedSite } from './src/integrations/published.ts';
import { picturesModule } from './src/integrations/pictures.ts';
import { searchIndex } from './src/integrations/search.ts';
import { cacheDir, outDir, picturesFile, publishedDir, site, summariesFile } from './src/site.ts';

// What the articles loader wrote of each article, read once the pages are built.
let read: ReturnType<typeof readSummaries> | undefined;
function readSummaries() {
  const summaries = readArticleSummaries(summariesFile);
  const aliases = [...summaries].flatMap(([target, { aliases: paths }]) =>
    paths.map((path) => ({ path, target })),
  );
  return { summaries, aliases, aliasPaths: new Set(aliases.map((alias) => alias.path)) };
}
const summarized = () => (read ??= readSummaries());
// Pages taken unchanged from the published site, which the sitemap must list too.
const reusedUrls: string[] = [];

export default defineConfig({
  site: site.url,
  outDir,
  cacheDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  image: {
    // Encoder settings chosen for build time as much as for size: AVIF at
    // sharp's default effort (4) took four to seven times as long as effort 2
    // here for a detailed photograph only 2 % smaller. See the README (Pictures).
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: {
        avif: { quality: 50, effort: 2 },
        webp: { quality: 75, effort: 4 },
        jpeg: { quality: 75, mozjpeg: true },
      },
    },
  },
  markdown: {
    processor: unified(createProcessorOptions()),
    syntaxHighlight: false,
  },
  integrations: [
    // Before the sitemap, which reads the pages that this one reuses, and the
    // search index, which reads them all.
    publishedSite(publishedDir, site.url, reusedUrls),
    searchIndex(publishedDir),
    sitemap({
      customPages: reusedUrls,
      // Neither the 404 page nor the redirect pages of old addresses.
      filter: (page) =>
        !/\/404(\.html|\/)$/.test(page) && !summarized().aliasPaths.has(new URL(page).pathname),
      serialize: (item) => {
        const modified = summarized().summaries.get(new URL(item.url).pathname)?.lastmod;
        return modified ? { ...item, lastmod: modified } : item;
      },
    }),
    {
      // `_redirects` for hosts that read it (Netlify, Cloudflare Pages).
      name: 'dateline-redirects',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await writeFile(new URL('_redirects', dir), createRedirectsFile(summarized().aliases));
        },
      },
    },
  ],
  security: {
    // Astro adds the hashes of its own scripts and styles to script-src and style-src.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https: data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: { plugins: [picturesModule(picturesFile)] },
  devToolbar: { enabled: false },
});
