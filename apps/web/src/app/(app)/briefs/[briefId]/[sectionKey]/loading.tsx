import { SectionSkeleton } from "@/features/sections/components/section-view.tsx";

export default function Loading() {
  return <SectionSkeleton />;
}
