export { SectionPage } from "./components/section-page.tsx";
