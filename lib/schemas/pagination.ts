import { z } from "zod";

/** `dari`: where a keyset page starts in its list (from 1), carried by the pager's links for "26–50 dari N". */
export const ZPageFrom = z.coerce.number().int().min(1).max(10_000_000).optional().catch(undefined);
