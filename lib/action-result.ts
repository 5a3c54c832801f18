// The one result shape every server action returns to its form.
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined>; retryable?: boolean };
// `retryable`: nothing was refused; the server could not do it now (its database is unreachable).
// Keep the input and send it again later.
