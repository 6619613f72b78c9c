// `npm run test:unit`: the tests that need no PostgreSQL server, for a fast run
// (and a first CI step). No global setup, so no test database is created; store
// tests run on the embedded PGlite only (TEST_WITHOUT_POSTGRES, see
// test/support/databases.ts). Everything, PostgreSQL included: `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/architecture.test.ts',
      'test/config.test.ts',
      'test/domain/**/*.test.ts',
      'test/core/engine.test.ts',
      'test/core/text.test.ts',
      'test/store/*.test.ts',
      'test/flows/draft/docx.test.ts',
      'test/flows/draft/markdown.test.ts',
      'test/flows/reflection/units.test.ts',
      'test/adapters/slack/render-blocks.test.ts',
      'test/adapters/slack/to-turn.test.ts',
      'test/adapters/teams/activity-to-turn.test.ts',
      'test/adapters/teams/render-card.test.ts',
      'test/adapters/teams/teams-package.test.ts',
    ],
    env: { TEST_WITHOUT_POSTGRES: '1' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
