// The export feature's public face: the "Export" menu of a brief or of a named version.
export { ExportMenu } from "./components/export-menu.tsx";
