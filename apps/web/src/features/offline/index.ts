// Offline: keeping the app on screen when a navigation would need the network.
export { OfflineNavigationGuard } from "./components/offline-navigation-guard.tsx";
