"use client";

import { createAnchor } from "@dossier/editor";
import { type UseQueryResult, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Editor } from "@tiptap/react";
import { useSearchParams } from "next/navigation";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useEditingState, usePresenceHeartbeat } from "@/features/presence/hooks/use-presence.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useTRPC, useTRPCClient } from "@/trpc/react.tsx";
import type { HighlightThread } from "../lib/comments-highlights.ts";
import { type CommentsMeta, commentsPluginKey, createCommentsPlugin } from "../lib/comments-plugin.ts";
import { anchorOf, type SectionThreads, type Thread } from "../lib/threads.ts";
import { CommentsPanel } from "./comments-panel.tsx";
import { SelectionBubble } from "./selection-bubble.tsx";

/** What the section's editor lends the comments: itself, and a way to save before pinning. */
export type EditorBridge = {
  editor: Editor;
  /** Words typed here that the server doesn't have yet. */
  hasUnsavedChanges: () => boolean;
  /** Saves at once; resolves when nothing is unsaved, rejects with a message if saving fails. */
  saveAndWait: () => Promise<void>;
};

export type Composer = { kind: "range"; quote: string } | { kind: "section" };

type Me = { id: string; name: string };

type CommentsContextValue = {
  briefId: string;
  sectionId: string;
  sectionKey: string;
  me: Me;
  query: UseQueryResult<SectionThreads, unknown>;
  threads: Thread[];
  canComment: boolean;
  canModerate: boolean;
  editor: Editor | null;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  activeId: string | null;
  activate: (id: string | null, options?: { scrollEditor?: boolean; scrollCard?: boolean }) => void;
  hoverId: string | null;
  setHoverId: (id: string | null) => void;
  showResolved: boolean;
  setShowResolved: (show: boolean) => void;
  composer: Composer | null;
  /** Opens the new-comment box: on the selected words, or on the whole section. */
  startComment: (scope?: "selection" | "section") => void;
  cancelComposer: () => void;
  /** Creates the thread (saving unsaved edits first when it is pinned to words). */
  submitThread: (body: string, mentionUserIds: string[]) => Promise<string>;
  announcement: string;
  announce: (message: string) => void;
};

const CommentsContext = createContext<CommentsContextValue | null>(null);
const RegisterContext = createContext<((bridge: EditorBridge | null) => void) | null>(null);

/** The section's comments state, or null outside a leaf section. */
export const useComments = () => useContext(CommentsContext);

/** The section editor calls this to lend itself to the comments (highlights, "Comment"). */
export function useRegisterCommentsEditor(bridge: EditorBridge | null) {
  const register = useContext(RegisterContext);
  useEffect(() => {
    if (!register || !bridge) return;
    register(bridge);
    return () => register(null);
  }, [register, bridge]);
}

const PANEL_PREF = "dossier:comments-panel";

function dispatchMeta(editor: Editor | null, meta: CommentsMeta) {
  if (!editor || editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentsPluginKey, meta));
}

function scrollToHighlight(editor: Editor | null, id: string) {
  const el = editor?.view.dom.querySelector(`[data-thread-id="${CSS.escape(id)}"]`);
  el?.scrollIntoView({ block: "center", behavior: "smooth" });
}

function scrollToCard(id: string) {
  requestAnimationFrame(() =>
    document.getElementById(`thread-${id}`)?.scrollIntoView({ block: "nearest", behavior: "smooth" }),
  );
}

/**
 * Comments, presence and the editor's live side for the section page: wraps the page (so the
 * header, the editor and the panel share one state) and finds the section from the cache.
 */
export function SectionCommentsProvider({
  briefId,
  sectionKey,
  me,
  children,
}: {
  briefId: string;
  sectionKey: string;
  me: Me;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const section = useQuery({
    ...trpc.sections.get.queryOptions({ briefId, key: sectionKey }),
    staleTime: 60_000,
  });
  return (
    <CommentsProvider
      key={sectionKey}
      briefId={briefId}
      sectionKey={sectionKey}
      sectionId={section.data?.id ?? ""}
      enabled={section.data?.isLeaf === true}
      me={me}
    >
      {children}
    </CommentsProvider>
  );
}

function CommentsProvider({
  briefId,
  sectionId,
  sectionKey,
  me,
  enabled,
  children,
}: {
  briefId: string;
  sectionId: string;
  sectionKey: string;
  me: Me;
  /** Leaf sections only: groups have no text to comment on. */
  enabled: boolean;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...trpc.comments.listForSection.queryOptions({ sectionId }),
    enabled,
    // Live events refetch this at once; the slow poll only covers a stream that is down.
    refetchInterval: 60_000,
  });
  // (sectionId is "" until the section is known; `enabled` is false until then.)
  const threads = useMemo(() => query.data?.threads ?? [], [query.data]);
  const canComment = query.data?.canComment ?? false;
  const canModerate = query.data?.canModerate ?? false;

  const [bridge, setBridge] = useState<EditorBridge | null>(null);
  const editor = bridge?.editor ?? null;
  const bridgeRef = useRef(bridge);
  bridgeRef.current = bridge;

  const [panelOpen, setPanelOpenState] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [composer, setComposer] = useState<Composer | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const pendingScroll = useRef<string | null>(null);

  // Presence: this tab is on the section, editing when the editor is in use.
  const editing = useEditingState(editor);
  usePresenceHeartbeat(enabled ? sectionId : null, editing);

  useEffect(() => {
    if (window.localStorage.getItem(PANEL_PREF) === "open") setPanelOpenState(true);
  }, []);
  const setPanelOpen = useCallback((open: boolean) => {
    setPanelOpenState(open);
    try {
      window.localStorage.setItem(PANEL_PREF, open ? "open" : "closed");
    } catch {
      // private mode: the choice just isn't remembered
    }
  }, []);

  const activate = useCallback<CommentsContextValue["activate"]>((id, options = {}) => {
    setActiveId(id);
    if (!id) return;
    if (options.scrollEditor) pendingScroll.current = id;
    if (options.scrollCard) scrollToCard(id);
  }, []);

  // Clicking highlighted words opens their thread.
  const onHighlightClick = useRef((_id: string) => {});
  onHighlightClick.current = (id: string) => {
    setPanelOpen(true);
    activate(id, { scrollCard: true });
  };

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.registerPlugin(createCommentsPlugin({ onActivate: (id) => onHighlightClick.current(id) }));
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(commentsPluginKey);
    };
  }, [editor]);

  // Highlights: open threads (and the one being read, even if resolved), re-found on each change.
  const highlightThreads = useMemo<HighlightThread[]>(
    () =>
      threads.map((t) => ({
        id: t.id,
        anchor: anchorOf(t),
        detached: t.detached,
        visible: t.status === "OPEN" || t.id === activeId,
      })),
    [threads, activeId],
  );
  useEffect(() => {
    dispatchMeta(editor, { threads: highlightThreads, active: activeId });
    const scroll = pendingScroll.current;
    if (scroll && editor && scroll === activeId) {
      pendingScroll.current = null;
      requestAnimationFrame(() => scrollToHighlight(editor, scroll));
    }
  }, [editor, highlightThreads, activeId]);
  useEffect(() => {
    dispatchMeta(editor, { hover: hoverId });
  }, [editor, hoverId]);

  const startComment = useCallback<CommentsContextValue["startComment"]>(
    (scope = "selection") => {
      const ed = bridgeRef.current?.editor;
      setActiveId(null);
      setPanelOpen(true);
      if (scope === "selection" && ed && !ed.isDestroyed) {
        const { from, to, empty } = ed.state.selection;
        if (!empty && ed.state.doc.textBetween(from, to, "\n").trim()) {
          const anchor = createAnchor(ed.state.doc, from, to);
          dispatchMeta(ed, { pending: { anchor, from, to } });
          setComposer({ kind: "range", quote: anchor.quote.exact });
          return;
        }
      }
      dispatchMeta(ed ?? null, { pending: null });
      setComposer({ kind: "section" });
    },
    [setPanelOpen],
  );

  const cancelComposer = useCallback(() => {
    dispatchMeta(bridgeRef.current?.editor ?? null, { pending: null });
    setComposer(null);
  }, []);

  const announce = useCallback((message: string) => {
    // Re-set even when repeated, so screen readers hear it again.
    setAnnouncement("");
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  const submitThread = useCallback<CommentsContextValue["submitThread"]>(
    async (body, mentionUserIds) => {
      let anchor = null;
      if (composer?.kind === "range") {
        const current = bridgeRef.current;
        if (!current || current.editor.isDestroyed) throw new Error("The editor isn't ready yet. Try again.");
        // A pin must quote the saved text: save what was typed first.
        if (current.hasUnsavedChanges()) await current.saveAndWait();
        const pending = commentsPluginKey.getState(current.editor.state)?.pending;
        if (!pending) {
          throw new Error(
            "The words you selected are gone. Select them again, or comment on the whole section.",
          );
        }
        anchor = createAnchor(current.editor.state.doc, pending.from, pending.to);
      }
      let threadId: string;
      try {
        ({ threadId } = await client.comments.createThread.mutate({
          sectionId,
          anchor,
          body,
          mentionUserIds,
        }));
      } catch (error) {
        throw new Error(errorMessage(error));
      }
      dispatchMeta(bridgeRef.current?.editor ?? null, { pending: null });
      setComposer(null);
      await queryClient.invalidateQueries({ queryKey: trpc.comments.listForSection.queryKey({ sectionId }) });
      void queryClient.invalidateQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) });
      activate(threadId, { scrollCard: true });
      announce("Comment added");
      return threadId;
    },
    [activate, announce, briefId, client, composer, queryClient, sectionId, trpc],
  );

  // Ctrl/Cmd+Alt+M comments on the selection (or the section), from the editor.
  useEffect(() => {
    if (!editor || !canComment) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey || event.code !== "KeyM")
        return;
      const dom = editor.view.dom;
      const selection = document.getSelection();
      const inEditor =
        dom.contains(document.activeElement) ||
        (selection?.anchorNode ? dom.contains(selection.anchorNode) : false);
      if (!inEditor) return;
      event.preventDefault();
      startComment("selection");
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [editor, canComment, startComment]);

  // ?thread=<id> (from a notification or the brief's comment list) opens that thread.
  const searchParams = useSearchParams();
  const wanted = searchParams.get("thread");
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!wanted) {
      handled.current = null;
      return;
    }
    if (handled.current === wanted || !query.data) return;
    handled.current = wanted;
    const thread = query.data.threads.find((t) => t.id === wanted);
    setPanelOpen(true);
    if (!thread) {
      announce("That comment thread is no longer on this section.");
      return;
    }
    if (thread.status === "RESOLVED") setShowResolved(true);
    activate(wanted, { scrollEditor: true, scrollCard: true });
  }, [wanted, query.data, activate, announce, setPanelOpen]);

  const value = useMemo<CommentsContextValue>(
    () => ({
      briefId,
      sectionId,
      sectionKey,
      me,
      query,
      threads,
      canComment,
      canModerate,
      editor,
      panelOpen,
      setPanelOpen,
      activeId,
      activate,
      hoverId,
      setHoverId,
      showResolved,
      setShowResolved,
      composer,
      startComment,
      cancelComposer,
      submitThread,
      announcement,
      announce,
    }),
    [
      briefId,
      sectionId,
      sectionKey,
      me,
      query,
      threads,
      canComment,
      canModerate,
      editor,
      panelOpen,
      setPanelOpen,
      activeId,
      activate,
      hoverId,
      showResolved,
      composer,
      startComment,
      cancelComposer,
      submitThread,
      announcement,
      announce,
    ],
  );

  // The same tree whether or not the section is known yet, so the page never remounts under it.
  return (
    <RegisterContext.Provider value={enabled ? setBridge : null}>
      <CommentsContext.Provider value={enabled ? value : null}>
        {children}
        {enabled && editor && canComment && !composer ? (
          <SelectionBubble editor={editor} onComment={() => startComment("selection")} />
        ) : null}
        {enabled ? <CommentsPanel /> : null}
      </CommentsContext.Provider>
    </RegisterContext.Provider>
  );
}
