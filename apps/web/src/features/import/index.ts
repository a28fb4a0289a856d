// The import feature's public face: the `/import` page (Markdown file → preview → brief).
export { ImportPage } from "./components/import-page.tsx";
