// The one source of "now" for the app. Production reads the system clock; a test fixes it with
// `clock.set()` and restores it with `clock.reset()`. Whole processes (the built server,
// PostgreSQL) are put at another instant with libfaketime instead: `npm run test:clock`.
let source: () => number = () => Date.now();

export const clock = {
  /** The current instant. */
  now(): Date {
    return new Date(source());
  },
  /** Milliseconds since the epoch. */
  ms(): number {
    return source();
  },
  /** Fix the clock at an instant (a Date, or a function for a moving clock). Tests only. */
  set(at: Date | (() => number)): void {
    source = typeof at === "function" ? at : () => at.getTime();
  },
  reset(): void {
    source = () => Date.now();
  },
};
