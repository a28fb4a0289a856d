import { SectionSkeleton } from "@/features/sections/index.ts";

export default function Loading() {
  return <SectionSkeleton />;
}
