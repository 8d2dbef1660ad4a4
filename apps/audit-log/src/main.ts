import { startAuditLog } from './audit-log.bootstrap';

void startAuditLog();
