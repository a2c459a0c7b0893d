// Writes src/app/possible-types.ts from the schema contract: every union and interface with its
// members, for the Apollo cache. Run by `pnpm codegen`; possible-types.test.ts checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, isAbstractType } from 'graphql';

const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
const entries = Object.values(schema.getTypeMap())
  .filter((type) => !type.name.startsWith('__') && isAbstractType(type))
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((type) => {
    const members = schema
      .getPossibleTypes(type)
      .map((t) => `'${t.name}'`)
      .sort();
    return `  ${type.name}: [${members.join(', ')}],`;
  });
writeFileSync(
  new URL('../src/app/possible-types.ts', import.meta.url),
  `/**
 * Abstract types of the schema and their members, so the cache can match fragments on unions and
 * interfaces. Written by scripts/possible-types.mjs (part of \`pnpm codegen\`) from schema.graphql.
 */
export const possibleTypes: Record<string, string[]> = {
${entries.join('\n')}
};
`,
);
