export { ConflictResolver } from "./components/conflict-resolver.tsx";
