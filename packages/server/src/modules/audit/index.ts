export { AuditEvent } from './audit-event.entity.js';
export { recordAudit, recordAudits, type AuditInput } from './audit.js';
export { AuditService, type AuditEventView } from './audit.service.js';
