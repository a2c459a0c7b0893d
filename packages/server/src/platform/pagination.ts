import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors.js';

/** Cursor pagination: `first`/`after`, keyset cursors (the sort values of the last row), totalCount. */

@ObjectType({ simpleResolvers: true, description: 'Cursor pagination state of a connection.' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export type CursorValues = Array<string | number>;

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor with `arity` values; a tampered cursor is a clear input error. */
export function decodeCursor(cursor: string, arity: number): CursorValues {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as CursorValues;
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('The `after` cursor is not valid for this list.');
}

/** Validates `first` against a list's bounds. */
export function pageSize(first: number | null | undefined, defaultSize: number, max = 100): number {
  if (first == null) return defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError(`\`first\` must be between 1 and ${max}.`);
  }
  return first;
}

/** Builds a connection from rows fetched with limit `size + 1`. */
export function toConnection<Row, Node>(
  rows: Row[],
  size: number,
  totalCount: number,
  cursorOf: (row: Row) => CursorValues,
  nodeOf: (row: Row) => Node,
): Connection<Node> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** The GraphQL connection and edge types for a node type, e.g. ProductConnection and ProductEdge. */
export function connectionType<T extends object>(nodeType: ClassType<T>, nodeName: string, plural: string) {
  @ObjectType(`${nodeName}Edge`, {
    simpleResolvers: true,
    description: `A ${nodeName.toLowerCase()} with its cursor.`,
  })
  class EdgeType {
    @Field({ description: `Pass as \`after\` to continue after this item.` })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${nodeName.toLowerCase()}.` })
    node!: T;
  }

  @ObjectType(`${nodeName}Connection`, { simpleResolvers: true, description: `A page of ${plural}.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: `The ${plural} on this page with their cursors.` })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} the whole (filtered) list holds.` })
    totalCount!: number;
  }
  return ConnectionType;
}
