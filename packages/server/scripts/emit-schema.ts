import { readFileSync, writeFileSync } from 'node:fs';
import { buildPortwaySchema, printPortwaySchema } from '../src/app/build-schema.js';
import { repoRoot } from '../src/platform/paths.js';

/** Writes packages/schema/schema.graphql; with --check, fails when the committed file is stale. */
const path = `${repoRoot()}/packages/schema/schema.graphql`;
const printed = printPortwaySchema(await buildPortwaySchema());
if (process.argv.includes('--check')) {
  const committed = readFileSync(path, 'utf8');
  if (committed !== printed) {
    console.error('packages/schema/schema.graphql is stale: run `pnpm codegen` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  writeFileSync(path, printed);
  console.log(`wrote ${path}`);
}
