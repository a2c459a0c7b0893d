export { CaseAttachment, CaseComment, CaseStatus, CaseType, ServiceCase } from './service-case.entity.js';
export { caseAttachmentRoutes } from './case-attachments.routes.js';
export { CasesResolver } from './cases.resolver.js';
