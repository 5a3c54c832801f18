// The one result shape every server action returns to its form.
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined>; retryable?: boolean; code?: ActionErrorCode };
// `retryable`: nothing was refused; the server could not do it now (its database is unreachable).
// Keep the input and send it again later. `code`: why an expected refusal happened; UNAUTHENTICATED
// means the session is gone (sign in again and resend), VALIDATION and NOT_FOUND refuse the content.
export type ActionErrorCode = "NOT_FOUND" | "FORBIDDEN" | "VALIDATION" | "CONFLICT" | "UNAUTHENTICATED";
