import { describe, expect, it } from "vitest";
import { workloadPercent } from "./workload";

describe("workloadPercent", () => {
  it.each([
    [0, 30, 0],
    [15, 30, 50],
    [10, 30, 33],
    [30, 30, 100],
    [36, 30, 120],
    [5, 0, 500], // a capacity of 0 never divides by zero
  ])("%i clients of %i -> %i%%", (active, capacity, pct) => {
    expect(workloadPercent(active, capacity)).toBe(pct);
  });
});
