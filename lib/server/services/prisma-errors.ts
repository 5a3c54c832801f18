import "server-only";

/** A unique-constraint violation (Prisma P2002, or PostgreSQL 23505 through the driver adapter). */
export function isUniqueViolation(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const err = e as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } }; cause?: { code?: unknown } };
  if (err.code === "P2002" || err.code === "23505") return true;
  const cause = err.meta?.driverAdapterError?.cause;
  return cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation" || err.cause?.code === "23505";
}
