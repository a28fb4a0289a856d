export { SectionPage } from "./components/section-page.tsx";
export { SectionSkeleton } from "./components/section-view.tsx";
