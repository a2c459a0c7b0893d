import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Viewer } from '../modules/identity/viewer.js';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per request: a forked entity manager, the viewer (resolved once), batch loaders. */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  req: Request;
  res: Response;
  config: Config;
  log: Logger;
  loaders: Loaders;
}

export function createContext(
  em: EntityManager,
  viewer: Viewer | null,
  req: Request,
  res: Response,
  config: Config,
  log: Logger,
): Context {
  return { em, viewer, req, res, config, log, loaders: createLoaders(em, viewer) };
}
