import { Stat, StatGrid } from "@/components/ui/stat";
import type { CurrentUser } from "@/lib/server/auth";
import { getStageWorkCounts } from "@/lib/server/queries/stages";

/** Home-page figures for stage work: reviews overdue, proposals waiting, letters to issue. */
export async function StageWorkStats({ user }: { user: CurrentUser }) {
  const n = await getStageWorkCounts(user);
  const isPk = user.role === "PK";
  return (
    <div className="mt-3">
      <StatGrid>
        <Stat label="Tahap terlambat ditinjau" value={n.overdue} href="/transitions" tone={n.overdue ? "danger" : "neutral"} />
        <Stat label="Usulan menunggu sidang TPP" value={n.awaitingTpp} href={isPk ? "/transitions" : "/tpp/new"} tone={n.awaitingTpp ? "warn" : "neutral"} />
        {isPk ? (
          <Stat label="Usulan menunggu keputusan" value={n.awaitingDecision} href="/transitions" />
        ) : (
          <Stat label="Surat akhir perlu diterbitkan" value={n.lettersToIssue} href="/letters" tone={n.lettersToIssue ? "warn" : "neutral"} />
        )}
      </StatGrid>
    </div>
  );
}
