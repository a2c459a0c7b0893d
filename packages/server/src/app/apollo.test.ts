import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../platform/errors.js';
import { maskError } from './apollo.js';

describe('error masking', () => {
  const internal = new Error('relation "secret_table" does not exist');
  const formatted = {
    message: internal.message,
    path: ['orders'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
  };

  it('hides internal messages and stack traces in production', () => {
    expect(maskError(formatted, internal, true)).toEqual({
      message: 'Internal server error',
      path: ['orders'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the message of an unexpected error in development, never its stack', () => {
    const masked = maskError(formatted, internal, false);
    expect(masked.message).toContain('secret_table');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('passes client-safe errors through with their code, without the HTTP hint', () => {
    const error = new BadUserInputError('`first` must be between 1 and 100.');
    const masked = maskError({ message: error.message, extensions: { ...error.extensions } }, error, true);
    expect(masked).toEqual({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('turns a PostgreSQL data exception (SQLSTATE 22xxx) into BAD_USER_INPUT without the SQL', () => {
    const error = Object.assign(
      new Error('select * from x where y = $1 - invalid input syntax for type uuid'),
      { code: '22P02' },
    );
    const masked = maskError(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
      false,
    );
    expect(masked).toEqual({
      message: 'A value in the request is malformed or out of range.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('masks a GraphQLError that carries no client-safe code', () => {
    const error = new GraphQLError('db exploded', { extensions: { code: 'SOMETHING_ELSE' } });
    expect(
      maskError({ message: error.message, extensions: { code: 'SOMETHING_ELSE' } }, error, true).message,
    ).toBe('Internal server error');
  });
});
