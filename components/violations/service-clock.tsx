import { Badge, type Tone } from "@/components/ui/badge";
import type { ServiceClock } from "@/lib/domain/revocation";
import { formatDateShort } from "@/lib/format";

const TONE: Record<ServiceClock["state"], Tone> = { ON_TRACK: "blue", AT_RISK: "amber", OVERDUE: "red", DONE_IN_TIME: "green", DONE_LATE: "red" };

/** "8 hari kerja lagi", "lewat 2 hari kerja": the PB/CB/CMB proceeding's 20-working-day clock in words. */
export function serviceClockText(c: ServiceClock): string {
  switch (c.state) {
    case "ON_TRACK":
    case "AT_RISK":
      return c.workingDaysLeft === 0 ? "Hari terakhir" : `${c.workingDaysLeft} hari kerja lagi`;
    case "OVERDUE":
      return `Lewat ${c.overdueWorkingDays} hari kerja`;
    case "DONE_IN_TIME":
      return "Selesai dalam batas";
    case "DONE_LATE":
      return `Selesai lewat ${c.overdueWorkingDays} hari kerja`;
  }
}

export function ServiceClockBadge({ clock, withDate = false }: { clock: ServiceClock; withDate?: boolean }) {
  return (
    <Badge tone={TONE[clock.state]}>
      {serviceClockText(clock)}{withDate ? ` · batas ${formatDateShort(clock.dueOn)}` : ""}
    </Badge>
  );
}
