"use server";

import { ZRecordArrival } from "@/lib/schemas/reporting";
import { actorAction } from "@/lib/server/actor-action";
import { recordArrival } from "@/lib/server/services/record-arrival";

/** The desk's arrival tap: public endpoint, so it only parses and calls the service. */
export async function recordArrivalAction(input: unknown) {
  const res = await actorAction(ZRecordArrival, input, recordArrival, { revalidate: ["/reporting", ["/clients/[id]", "layout"], "/tasks"] });
  return res.ok ? { ...res, message: res.data?.already ? "Sudah tercatat sebelumnya." : "Lapor diri tercatat." } : res;
}
