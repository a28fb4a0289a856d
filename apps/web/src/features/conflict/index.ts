// Loaded on demand (components/lazy-conflict-resolver.tsx): the screen is rare and heavy.
export { LazyConflictResolver as ConflictResolver } from "./components/lazy-conflict-resolver.tsx";
