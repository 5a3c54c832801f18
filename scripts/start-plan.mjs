// What `npm start` does with the database it found: pure, so it is tested (start-plan.test.mjs).
//
// - A local trial (no DATABASE_URL, not production) seeds the demo data into an empty database.
// - A production start (NODE_ENV=production) or a configured DATABASE_URL never gets demo accounts
//   by default: an empty database needs the first-run setup (`npm run setup`).
// - SEED=demo asks for the demo data explicitly (refused in production); SEED=0 seeds nothing.

/**
 * @param {{ nodeEnv?: string, hasDatabaseUrl: boolean, seed?: string, officeCount: number }} input
 * @returns {{ trial: boolean, seedDemo: boolean, needsSetup: boolean, warning: string | null }}
 */
export function startPlan({ nodeEnv, hasDatabaseUrl, seed, officeCount }) {
  const production = nodeEnv === "production";
  const trial = !hasDatabaseUrl && !production;
  const empty = officeCount === 0;
  const wantsDemo = seed === "demo" || (trial && (seed === undefined || seed === "" || seed === "1"));
  let warning = null;
  let seedDemo = false;
  if (seed === "demo" && production) {
    warning = "SEED=demo diabaikan: start produksi tidak pernah membuat akun demo.";
  } else if (wantsDemo && seed !== "0" && empty) {
    seedDemo = true;
  } else if (seed === "demo" && !empty) {
    warning = "SEED=demo diabaikan: data demo hanya dimuat ke basis data kosong.";
  }
  return { trial, seedDemo, needsSetup: empty && !seedDemo, warning };
}
