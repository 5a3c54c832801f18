// Server-side session lifetime rules: idle timeout and absolute lifetime.
export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export type SessionState = "valid" | "revoked" | "idle" | "expired";

export function sessionState(s: SessionTimes, now: Date, idleMinutes: number): SessionState {
  if (s.revokedAt) return "revoked";
  if (now.getTime() >= s.expiresAt.getTime()) return "expired";
  if (now.getTime() - s.lastSeenAt.getTime() > idleMinutes * 60_000) return "idle";
  return "valid";
}

/** Writing lastSeenAt on every request is wasteful; once a minute is precise enough. */
export function shouldTouch(s: SessionTimes, now: Date): boolean {
  return now.getTime() - s.lastSeenAt.getTime() > 60_000;
}
