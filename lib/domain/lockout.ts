// Per-account login throttling: N consecutive failures lock the account for M minutes,
// whatever the IP the attempts come from. The count itself is kept atomically in SQL
// (lib/server/auth/login.ts); these are the pure helpers around it.
export interface LockState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
