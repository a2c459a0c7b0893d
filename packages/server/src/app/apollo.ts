import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CLIENT_SAFE_CODES } from '../platform/errors.js';
import { operationLimitsRule, type OperationLimits, DEFAULT_LIMITS } from '../platform/graphql-limits.js';
import type { Logger } from '../platform/logger.js';
import type { Context } from './context.js';

/**
 * Apollo Server with the hardening the API promises: operation limits, CSRF prevention, no field
 * suggestions or introspection in production, no stack traces or internal messages leaving the server.
 */
export function createApolloServer(
  schema: GraphQLSchema,
  options: { production: boolean; log: Logger; limits?: OperationLimits },
): ApolloServer<Context> {
  const { production, log } = options;
  return new ApolloServer<Context>({
    schema,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [operationLimitsRule(options.limits ?? DEFAULT_LIMITS)],
    plugins: [ApolloServerPluginCacheControlDisabled(), errorLogging(log)],
    formatError: (formatted, error) => maskError(formatted, error, production),
  });
}

/** Errors with a client-safe code pass through; anything else becomes a bare INTERNAL_SERVER_ERROR. */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) {
    const { http: _http, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  // PostgreSQL "data exception" (SQLSTATE class 22): a value from the request the database refused.
  // Validation should catch these first; this keeps any that slip through a client error, not a 500.
  const sqlState =
    typeof original === 'object' && original && 'code' in original ? String(original.code) : '';
  if (/^22[0-9A-Z]{3}$/.test(sqlState)) {
    return {
      message: 'A value in the request is malformed or out of range.',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (!production && !(original instanceof GraphQLError)) {
    return {
      message: formatted.message,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function errorLogging(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) continue;
            (contextValue?.log ?? log).error(
              { err: unwrapResolverError(error), operationName, path: error.path },
              'unexpected error in a GraphQL operation',
            );
          }
        },
      };
    },
  };
}
