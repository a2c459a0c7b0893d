import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../../platform/config.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { readCookie } from '../identity/identity.resolver.js';
import { SESSION_COOKIE, SessionsService, type Viewer } from '../identity/index.js';
import { CaseChangesService } from './case-changes.service.js';
import { caseScopeSql } from './cases-access.js';
import { attachmentUrl } from './cases.service.js';
import { ATTACHMENT_MAX_BYTES, checkAttachment } from './domain/case-input.js';
import { attachmentRefusal, caseRefusal } from './domain/case-messages.js';

/**
 * Files of service cases, over plain HTTP (never through GraphQL):
 * - `POST /api/cases/:caseId/attachments?fileName=…[&commentId=…]`: the file as the raw body with its
 *   Content-Type (an image, a PDF, a text or CSV file; up to 10 MB), header `X-Requested-With: portway`,
 *   session cookie. Answers 201 `{ id, fileName, contentType, sizeBytes, url }`.
 * - `GET /api/case-attachments/:attachmentId`: the file, for someone who may see its case (anyone else
 *   gets 404, as if it did not exist).
 */
export function caseAttachmentRoutes(orm: MikroORM, config: Config): express.Router {
  const router = express.Router();

  const viewerOf = async (req: Request): Promise<{ viewer: Viewer | null; em: EntityManager }> => {
    const em = orm.em.fork();
    const viewer = await new SessionsService(em, config.sessionHours).resolveViewer(
      readCookie(req.headers.cookie, SESSION_COOKIE),
    );
    return { viewer, em };
  };

  router.post(
    '/cases/:caseId/attachments',
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        if (req.get('x-requested-with') !== 'portway') {
          res.status(400).json({ error: 'Send the header X-Requested-With: portway.' });
          return;
        }
        const { viewer, em } = await viewerOf(req);
        if (!viewer) {
          res.status(401).json({ error: 'Sign in to use this.' });
          return;
        }
        // A declared size over the limit is refused before a byte is read.
        if (Number(req.get('content-length') ?? 0) > ATTACHMENT_MAX_BYTES) {
          res.status(413).json({ error: attachmentRefusal('TOO_LARGE', viewer.locale) });
          return;
        }
        res.locals.viewer = viewer;
        res.locals.em = em;
        next();
      } catch (error) {
        next(error);
      }
    },
    express.raw({ type: () => true, limit: ATTACHMENT_MAX_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const viewer = res.locals.viewer as Viewer;
        const em = res.locals.em as EntityManager;
        const content: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const checked = checkAttachment(
          {
            fileName: typeof req.query.fileName === 'string' ? req.query.fileName : '',
            contentType: req.get('content-type') ?? '',
            content,
          },
          viewer.locale,
        );
        if (!checked.ok) {
          res.status(checked.tooLarge ? 413 : 400).json({ error: checked.message });
          return;
        }
        const commentId = typeof req.query.commentId === 'string' ? req.query.commentId : null;
        const result = await new CaseChangesService(em).attach(viewer, String(req.params.caseId), commentId, {
          fileName: checked.fileName,
          contentType: checked.contentType,
          content,
        });
        if (!result.ok) {
          res.status(result.status).json({ error: result.message });
          return;
        }
        res.status(201).json({
          id: toGlobalId('CaseAttachment', result.id),
          fileName: checked.fileName,
          contentType: checked.contentType,
          sizeBytes: content.length,
          url: attachmentUrl(result.id),
        });
      } catch (error) {
        next(error);
      }
    },
    // A body larger than the limit (with no or a false Content-Length): the case's own words.
    (error: unknown, _req: Request, res: Response, next: NextFunction) => {
      if (typeof error === 'object' && error && 'type' in error && error.type === 'entity.too.large') {
        const viewer = res.locals.viewer as Viewer | undefined;
        res.status(413).json({ error: attachmentRefusal('TOO_LARGE', viewer?.locale ?? 'en-US') });
        return;
      }
      next(error);
    },
  );

  router.get('/case-attachments/:attachmentId', async (req, res, next) => {
    try {
      const { viewer, em } = await viewerOf(req);
      if (!viewer) {
        res.status(401).type('text').send('Sign in to download attachments.');
        return;
      }
      const id = fromGlobalId('CaseAttachment', req.params.attachmentId);
      const scope = caseScopeSql(viewer);
      const [row] = id
        ? await em
            .getConnection()
            .execute<Array<{ file_name: string; content_type: string; content: Buffer }>>(
              `SELECT a.file_name, a.content_type, a.content FROM case_attachment a
               JOIN service_case c ON c.id = a.service_case_id
              WHERE a.id = ? AND ${scope.sql}`,
              [id, ...scope.params],
            )
        : [];
      if (!row) {
        res.status(404).type('text').send(caseRefusal('NO_SUCH_CASE', viewer.locale));
        return;
      }
      res
        .status(200)
        .set({
          'content-type': row.content_type,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-store',
          'content-security-policy': "default-src 'none'; sandbox",
        })
        .attachment(row.file_name)
        .send(row.content);
    } catch (error) {
      next(error);
    }
  });

  return router;
}
