import { describe, expect, it } from "vitest";
import { startPlan } from "./start-plan.mjs";

describe("startPlan", () => {
  const empty = { officeCount: 0 };
  const filled = { officeCount: 2 };

  it.each([
    // local trial: embedded database, not production
    [{ hasDatabaseUrl: false, ...empty }, { trial: true, seedDemo: true, needsSetup: false }],
    [{ hasDatabaseUrl: false, seed: "1", ...empty }, { trial: true, seedDemo: true, needsSetup: false }],
    [{ hasDatabaseUrl: false, ...filled }, { trial: true, seedDemo: false, needsSetup: false }],
    [{ hasDatabaseUrl: false, seed: "0", ...empty }, { trial: true, seedDemo: false, needsSetup: true }],
    // production never seeds demo accounts, not even when asked
    [{ nodeEnv: "production", hasDatabaseUrl: false, ...empty }, { trial: false, seedDemo: false, needsSetup: true }],
    [{ nodeEnv: "production", hasDatabaseUrl: true, ...empty }, { trial: false, seedDemo: false, needsSetup: true }],
    [{ nodeEnv: "production", hasDatabaseUrl: true, seed: "demo", ...empty }, { trial: false, seedDemo: false, needsSetup: true }],
    [{ nodeEnv: "production", hasDatabaseUrl: true, seed: "1", ...empty }, { trial: false, seedDemo: false, needsSetup: true }],
    [{ nodeEnv: "production", hasDatabaseUrl: true, ...filled }, { trial: false, seedDemo: false, needsSetup: false }],
    // a configured database gets demo data only with SEED=demo
    [{ hasDatabaseUrl: true, ...empty }, { trial: false, seedDemo: false, needsSetup: true }],
    [{ hasDatabaseUrl: true, seed: "1", ...empty }, { trial: false, seedDemo: false, needsSetup: true }],
    [{ hasDatabaseUrl: true, seed: "demo", ...empty }, { trial: false, seedDemo: true, needsSetup: false }],
    [{ hasDatabaseUrl: true, seed: "demo", ...filled }, { trial: false, seedDemo: false, needsSetup: false }],
  ])("%o -> %o", (input, expected) => {
    expect(startPlan(input)).toMatchObject(expected);
  });

  it("says why an explicit SEED=demo was ignored", () => {
    expect(startPlan({ nodeEnv: "production", hasDatabaseUrl: true, seed: "demo", officeCount: 0 }).warning).toMatch(/produksi/);
    expect(startPlan({ hasDatabaseUrl: true, seed: "demo", officeCount: 3 }).warning).toMatch(/kosong/);
    expect(startPlan({ hasDatabaseUrl: false, officeCount: 0 }).warning).toBeNull();
  });
});
