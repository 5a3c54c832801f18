/** How the offline page lists this page when it is kept on the device (e.g. "Berkas klien: <name>"). */
export function OfflineLabel({ label }: { label: string }) {
  return <span hidden data-offline-label={label} />;
}
