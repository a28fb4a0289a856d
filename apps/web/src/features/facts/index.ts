// Country facts (Country Profile): the table shown in the section, in revisions, and the form.

export { FactsDiff } from "./components/facts-diff.tsx";
export { FactsPanel } from "./components/facts-panel.tsx";
export { FactsTable } from "./components/facts-table.tsx";
