export { VersionCompare } from "./components/version-compare.tsx";
export { VersionDetail } from "./components/version-detail.tsx";
export { VersionList } from "./components/version-list.tsx";
