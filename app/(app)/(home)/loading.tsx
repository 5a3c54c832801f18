// No loading.tsx above pages that may answer 404 (a client file): streaming would fix the status at 200.
export { PageSkeleton as default } from "@/components/ui/page-skeleton";
