import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionResult } from "../action-result";
import { runAction, toActionError } from "./action";
import { requireActor, type CurrentUser } from "./auth";

type Revalidate = readonly (string | readonly [path: string, type: "layout" | "page"])[];

/**
 * The whole body of a thin server action: the signed-in actor (UNAUTHENTICATED otherwise), the
 * input parsed by its schema, the service called with both, and on success the pages that show it
 * revalidated. Every failure comes back as an ActionResult, never as a throw.
 */
export async function actorAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  fn: (user: CurrentUser, data: z.infer<S>) => Promise<T>,
  options: { message?: string; revalidate?: Revalidate } = {},
): Promise<ActionResult<T>> {
  try {
    const user = await requireActor();
    const res = await runAction(schema, input, (d) => fn(user, d), options.message);
    if (res.ok) {
      for (const p of options.revalidate ?? []) {
        if (typeof p === "string") revalidatePath(p);
        else revalidatePath(p[0], p[1]);
      }
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
