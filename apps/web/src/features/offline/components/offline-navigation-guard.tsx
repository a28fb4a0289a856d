"use client";

import { WifiOff } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { FloatingNotice } from "@/components/ui/floating-notice.tsx";
import { useOnline } from "@/hooks/use-online.ts";
import { inAppTarget, isCached, markSeen } from "../lib/seen-pages.ts";

/** The part of the Navigation API (Chromium, Firefox, Safari 26) the backstop uses. */
type NavigateEvent = Event & {
  cancelable: boolean;
  downloadRequest: string | null;
  destination: { sameDocument: boolean };
};
type NavigationTarget = {
  addEventListener(type: "navigate", listener: (event: NavigateEvent) => void): void;
  removeEventListener(type: "navigate", listener: (event: NavigateEvent) => void): void;
};

/**
 * Offline, following a link to a page the router doesn't hold would end on the browser's "no
 * internet" page instead of the app (the draft survives, but it looks like loss). Pages this tab
 * showed in the last minutes come from the router's cache without a request (next.config.ts), so
 * their links work as usual; a click on any other in-app link is stopped before the router starts
 * (Next's Link skips a click whose default is prevented) and the person is told, staying where they
 * are with their text. A document load that slips through (a script's navigation) is cancelled
 * through the Navigation API where the browser has it.
 */
export function OfflineNavigationGuard() {
  const online = useOnline();
  const pathname = usePathname();
  const [blocked, setBlocked] = useState(false);

  // Every page shown, with its query (the router's cache key): window.location is already current.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each route change
  useEffect(() => {
    markSeen(window.location.pathname + window.location.search);
  }, [pathname]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (navigator.onLine || event.defaultPrevented) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!anchor) return;
      const page = inAppTarget(anchor, window.location.origin, event);
      if (page === null || page === window.location.pathname + window.location.search || isCached(page))
        return;
      event.preventDefault();
      setBlocked(true);
    };
    const navigation = (window as Window & { navigation?: NavigationTarget }).navigation;
    const onNavigate = (event: NavigateEvent) => {
      if (navigator.onLine || event.destination.sameDocument || event.downloadRequest !== null) return;
      if (!event.cancelable) return;
      event.preventDefault();
      setBlocked(true);
    };
    document.addEventListener("click", onClick, { capture: true });
    navigation?.addEventListener("navigate", onNavigate);
    return () => {
      document.removeEventListener("click", onClick, { capture: true });
      navigation?.removeEventListener("navigate", onNavigate);
    };
  }, []);

  if (!blocked || online) return null;
  return (
    <FloatingNotice icon={WifiOff} position="bottom" onDismiss={() => setBlocked(false)}>
      You're offline, and that page isn't on this device yet. It opens once you're back online.
    </FloatingNotice>
  );
}
