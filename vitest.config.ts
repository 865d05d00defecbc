import { defineConfig } from 'vitest/config';

// Tests that run the built CLI or load wink-nlp's model take seconds on a loaded machine: vitest's
// 5 s default would make them load tests. Speed is measured by `npm run bench`, never here.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
