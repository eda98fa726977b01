import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Site builds spawn Astro; give them room on a two-core machine.
    testTimeout: 120_000,
    // Builds share the project's generated `.astro/` types: one file at a time.
    fileParallelism: false,
    hookTimeout: 180_000,
  },
});
