import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { createProcessorOptions } from './src/lib/markdown.ts';
import { outDir, site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified(createProcessorOptions()),
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
});
