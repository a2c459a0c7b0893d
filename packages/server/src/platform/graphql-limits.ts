import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * Operation limits, checked at validation (so a refused operation runs nothing): nesting depth,
 * aliases, and an estimated cost where a list field multiplies what is under it by its `first`.
 * Set just above the largest operation the portal sends (a test measures the portal's operations).
 */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** `first` assumed for list fields that are not given one. */
  defaultListSize: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 8,
  maxAliases: 5,
  maxCost: 9_000,
  defaultListSize: 20,
};

/** Largest page a list field allows: a `first` given as a variable is assumed to be this. */
const MAX_PAGE = 100;

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/** Depth, aliases and estimated cost of one operation (fragments resolved, cycles ignored). */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  defaultListSize = DEFAULT_LIMITS.defaultListSize,
  depthCutoff = 50,
): OperationMeasure {
  const measure: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };

  const listSize = (value: ValueNode): number => {
    if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
    if (value.kind === Kind.VARIABLE) return MAX_PAGE; // unknown at validation: assume the largest page
    return defaultListSize;
  };

  const costOf = (
    selectionSet: SelectionSetNode,
    depth: number,
    multiplier: number,
    seen: Set<string>,
  ): number => {
    measure.depth = Math.max(measure.depth, depth);
    if (depth > depthCutoff) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) measure.aliases++;
        if (!selection.selectionSet) {
          total += multiplier;
          continue;
        }
        const first = selection.arguments?.find((a) => a.name.value === 'first');
        const childMultiplier = first ? multiplier * listSize(first.value) : multiplier;
        total += multiplier + costOf(selection.selectionSet, depth + 1, childMultiplier, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(selection.selectionSet, depth, multiplier, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue; // unknown or cyclic spreads are other rules' errors
        total += costOf(fragment.selectionSet, depth, multiplier, new Set([...seen, name]));
      }
    }
    return total;
  };

  measure.cost = costOf(operation.selectionSet, 1, 1, new Set());
  return measure;
}

export function operationLimitsRule(limits: OperationLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const refuse = (operation: OperationDefinitionNode, message: string) =>
      context.reportError(
        new GraphQLError(message, { nodes: [operation], extensions: { code: 'QUERY_TOO_COMPLEX' } }),
      );
    return {
      OperationDefinition(operation) {
        const measure = measureOperation(operation, fragments, limits.defaultListSize, limits.maxDepth + 1);
        if (measure.depth > limits.maxDepth) {
          refuse(operation, `The operation is nested deeper than ${limits.maxDepth} levels.`);
          return;
        }
        if (measure.aliases > limits.maxAliases) {
          refuse(
            operation,
            `The operation uses ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed.`,
          );
        }
        if (measure.cost > limits.maxCost) {
          refuse(
            operation,
            `The operation would cost about ${measure.cost}; at most ${limits.maxCost} is allowed.`,
          );
        }
      },
    };
  };
}
