import { SectionSkeleton } from "@/components/section/section-view.tsx";

export default function Loading() {
  return <SectionSkeleton />;
}
