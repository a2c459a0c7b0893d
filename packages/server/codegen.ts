import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the integration tests, generated from the committed schema. */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.int.test.ts'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'src/test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};
export default config;
