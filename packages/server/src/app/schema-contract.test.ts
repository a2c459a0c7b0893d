import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, measureOperation, operationLimitsRule } from '../platform/graphql-limits.js';
import { repoRoot } from '../platform/paths.js';
import { buildPortwaySchema } from './build-schema.js';

const schema = await buildPortwaySchema();

describe('the schema contract', () => {
  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field) {
            for (const arg of field.args)
              if (!arg.description && !['id', 'code', 'sku', 'input', 'accountId'].includes(arg.name))
                missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !type.description) missing.push(type.name);
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});

/** Adds `__typename` to every selection set except an operation's root, as Apollo Client does. */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as ASTNode).kind === Kind.OPERATION_DEFINITION)
        return undefined;
      const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
      if (has) return undefined;
      return {
        ...node,
        selections: [
          ...node.selections,
          { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
        ],
      };
    },
  });
}

/** Every operation the portal sends, read from its sources. */
function portalOperations(): Array<{ file: string; source: string }> {
  const found: Array<{ file: string; source: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'gql' && entry !== 'node_modules') walk(path);
      } else if (/\.(ts|tsx)$/.test(entry) && !/\.test\./.test(entry)) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/graphql\(`([\s\S]*?)`\)/g))
          found.push({ file: path, source: match[1] });
      }
    }
  };
  walk(join(repoRoot(), 'packages/portal/src'));
  return found;
}

describe('operation limits', () => {
  const sources = portalOperations();
  // Operations and the fragments they spread, as one document (fragment names are unique in the portal),
  // with the `__typename` Apollo Client adds to every selection set below the root.
  const document = withTypename(parse(sources.map((s) => s.source).join('\n')));

  it('let every operation the portal sends through', () => {
    expect(sources.length).toBeGreaterThan(10);
    const errors = validate(schema, document, [
      ...specifiedRules.filter((r) => r.name !== 'NoUnusedFragmentsRule'),
      operationLimitsRule(),
    ]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('are set just above the largest operation the portal sends', () => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const largest = { depth: 0, aliases: 0, cost: 0 };
    for (const d of document.definitions) {
      if (d.kind !== Kind.OPERATION_DEFINITION) continue;
      const m = measureOperation(d, fragments);
      largest.depth = Math.max(largest.depth, m.depth);
      largest.aliases = Math.max(largest.aliases, m.aliases);
      largest.cost = Math.max(largest.cost, m.cost);
    }
    console.log('largest portal operation', largest, 'limits', DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.maxDepth).toBeGreaterThanOrEqual(largest.depth);
    expect(DEFAULT_LIMITS.maxDepth).toBeLessThanOrEqual(largest.depth + 2);
    expect(DEFAULT_LIMITS.maxCost).toBeGreaterThanOrEqual(largest.cost);
    expect(DEFAULT_LIMITS.maxCost).toBeLessThanOrEqual(largest.cost * 2);
    expect(DEFAULT_LIMITS.maxAliases).toBeLessThanOrEqual(largest.aliases + 10);
  });
});
