// Per-account login throttling: N consecutive failures lock the account for M minutes,
// whatever the IP the attempts come from.
export interface LockState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailure(state: LockState, now: Date, maxFailures: number, lockMinutes: number): LockState & { justLocked: boolean } {
  // A lock that has run out starts a fresh count.
  const base = state.lockedUntil && state.lockedUntil.getTime() <= now.getTime() ? 0 : state.failedLoginCount;
  const failedLoginCount = base + 1;
  if (failedLoginCount >= maxFailures) {
    return { failedLoginCount, lockedUntil: new Date(now.getTime() + lockMinutes * 60_000), justLocked: true };
  }
  return { failedLoginCount, lockedUntil: null, justLocked: false };
}

export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
