import { readFileSync } from 'node:fs';
import { buildSchema, isAbstractType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { possibleTypes } from './possible-types';

describe('possibleTypes', () => {
  it('matches every union and interface of the schema contract', () => {
    const sdl = readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8');
    const schema = buildSchema(sdl);
    const expected: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isAbstractType(type)) continue;
      expected[type.name] = schema
        .getPossibleTypes(type)
        .map((t) => t.name)
        .sort();
    }
    const actual = Object.fromEntries(Object.entries(possibleTypes).map(([k, v]) => [k, [...v].sort()]));
    expect(actual).toEqual(expected);
  });
});
