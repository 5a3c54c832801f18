import "server-only";
import { prisma } from "./db";
import { isDatabaseUnavailable } from "./errors";

/** Whether the database answers within `timeoutMs`. For the login page and the health check. */
export async function databaseReachable(timeoutMs = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => { timer = setTimeout(() => reject(Object.assign(new Error("timeout"), { code: "P1008" })), timeoutMs); }),
    ]);
    return true;
  } catch (e) {
    if (isDatabaseUnavailable(e)) return false;
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
