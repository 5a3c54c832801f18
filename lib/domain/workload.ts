/** A PK's workload: active clients against their capacity, in whole percent (100 = full). */
export function workloadPercent(activeClients: number, capacity: number): number {
  return Math.round((activeClients / Math.max(1, capacity)) * 100);
}
