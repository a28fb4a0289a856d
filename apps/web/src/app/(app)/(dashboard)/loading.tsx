import { DashboardSkeleton } from "@/features/briefs/index.ts";

export default function Loading() {
  return <DashboardSkeleton />;
}
