import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call in the portal's sources with that one document's AST, taken from the
 * generated src/gql/graphql.ts, as GraphQL Code Generator's Babel and SWC plugins do. Without it the
 * client preset's `graphql()` keeps a map of every document in the app, so every page would ship every
 * query; importing the documents from graphql.ts instead would put them all in one shared chunk. A call
 * whose document codegen has not generated fails the build (run `pnpm codegen`).
 */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** The name codegen gives a document's constant: pascal-case per underscore-separated part. */
export function documentExportName(kind: string, name: string): string {
  const pascal = name
    .split('_')
    .map((part) => (part ? part[0]!.toUpperCase() + part.slice(1) : part))
    .join('_');
  return kind === 'fragment' ? `${pascal}FragmentDoc` : `${pascal}Document`;
}

export function graphqlDocuments(root: string): Plugin {
  const generated = resolve(root, 'src/gql/graphql.ts');
  let documents: Map<string, string> | null = null;
  const documentsOf = () => {
    documents ??= new Map(
      [
        ...readFileSync(generated, 'utf8').matchAll(
          /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm,
        ),
      ].map((m) => [m[1]!, m[2]!]),
    );
    return documents;
  };
  return {
    name: 'portway-graphql-documents',
    enforce: 'pre',
    handleHotUpdate(context) {
      if (context.file === generated) documents = null;
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`'))
        return null;
      let count = 0;
      const replaced = code.replace(CALL, (_call, source: string) => {
        const match = DEFINITION.exec(source);
        if (!match)
          throw new Error(`${id}: a graphql() document must start with a named operation or fragment`);
        const name = documentExportName(match[1]!, match[2]!);
        const document = documentsOf().get(name);
        if (!document) {
          throw new Error(
            `${id}: ${name} is not generated yet; run \`pnpm --filter @portway/portal codegen\``,
          );
        }
        count++;
        return `(${document})`;
      });
      return count ? { code: replaced, map: null } : null;
    },
  };
}
