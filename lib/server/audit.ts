import "server-only";
import type { Prisma } from "./generated/prisma/client.ts";
import type { Db, Tx } from "./db";

export interface AuditActor {
  id: string;
  officeId: string;
}

export interface AuditEntry {
  action: string; // verb-like dotted name: client.view, client.update, auth.login.failed
  entityType?: string;
  entityId?: string;
  clientId?: string | null;
  personId?: string | null;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
}

/** Appends an audit event. Pass the transaction client so the event commits with the change. */
export async function audit(db: Db | Tx, actor: AuditActor | null, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      userId: actor?.id ?? null,
      officeId: actor?.officeId ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      clientId: entry.clientId ?? null,
      personId: entry.personId ?? null,
      details: entry.details,
      ip: entry.ip ?? null,
    },
  });
}
