// Config for the Prisma 7 CLI, used only for `prisma generate` (run on install).
// Generation never needs the native schema engine; pointing the variable at an
// existing executable stops the CLI from trying to download one (no internet here).
import { defineConfig } from 'prisma/config';

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
