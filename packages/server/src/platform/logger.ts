import { pino } from 'pino';

/** Structured JSON logs. Credentials never reach a log line: these paths are redacted. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'portway' },
  redact: {
    paths: [
      'password',
      '*.password',
      'variables.password',
      'variables.input.password',
      'req.headers.cookie',
      'req.headers.authorization',
      'res.headers["set-cookie"]',
      'token',
      '*.token',
    ],
    censor: '[redacted]',
  },
});

export type Logger = typeof logger;
