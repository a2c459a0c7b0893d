import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * Operation limits, checked at validation (so a refused operation runs nothing): nesting depth,
 * aliases, and an estimated cost where a list field multiplies what is under it by its `first`.
 * Set just above the largest operation the portal sends.
 */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** `first` assumed for list fields that are not given one. */
  defaultListSize: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 10, maxAliases: 15, maxCost: 20_000, defaultListSize: 20 };

/** Connection fields: cost multiplies by their `first` argument. */
const LIST_FIELDS = new Set(['edges']);

export function operationLimitsRule(limits: OperationLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const measure = { aliases: 0, tooDeep: false };
        const cost = costOf(operation.selectionSet, 1, 1, new Set());
        if (measure.tooDeep) {
          context.reportError(
            new GraphQLError(`The operation is nested deeper than ${limits.maxDepth} levels.`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
        if (measure.aliases > limits.maxAliases) {
          context.reportError(
            new GraphQLError(`The operation uses ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed.`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
        if (!measure.tooDeep && cost > limits.maxCost) {
          context.reportError(
            new GraphQLError(`The operation would cost about ${cost}; at most ${limits.maxCost} is allowed.`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }

        function costOf(selectionSet: SelectionSetNode, depth: number, multiplier: number, seen: Set<string>): number {
          if (depth > limits.maxDepth) {
            measure.tooDeep = true;
            return 0;
          }
          let total = 0;
          for (const selection of selectionSet.selections) {
            if (selection.kind === Kind.FIELD) {
              if (selection.alias) measure.aliases++;
              if (!selection.selectionSet) {
                total += multiplier;
                continue;
              }
              const first = selection.arguments?.find((a) => a.name.value === 'first');
              const size = first ? listSize(first.value) : limits.defaultListSize;
              const isList = Boolean(first) || LIST_FIELDS.has(selection.name.value);
              const childMultiplier = isList && selection.name.value !== 'edges' ? multiplier * size : multiplier;
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
        }

        function listSize(value: ValueNode): number {
          if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
          if (value.kind === Kind.VARIABLE) {
            const variable = operation.variableDefinitions?.find((v) => v.variable.name.value === value.name.value);
            const defaultValue = variable?.defaultValue;
            // A variable's value is unknown at validation: assume the largest page a list allows.
            return defaultValue?.kind === Kind.INT ? Math.max(Number(defaultValue.value), 100) : 100;
          }
          return limits.defaultListSize;
        }
      },
    };
  };
}
