import { defineConfig } from 'vitest/config';

/** The Firefox build's browser tests (tests/firefox), run after `node build.mjs --only firefox`. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
  },
});
