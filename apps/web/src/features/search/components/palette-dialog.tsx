"use client";

import { FileText, Hash, Loader2, Search } from "lucide-react";
import { type ReactNode, useState } from "react";
import {
  Command,
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from "@/components/ui/command.tsx";
import { useBriefs } from "@/features/briefs/index.ts";
import { useDebounced } from "@/hooks/use-debounced.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { searchPageHref, sectionHref } from "../lib/search-links.ts";
import { useJumpTargets, usePaletteSearch } from "../queries.ts";
import { Snippet } from "./snippet.tsx";

/**
 * The palette itself (command-palette.tsx loads it on the first opening): go to a brief or a
 * section by its title, open a text match, or search everything. Arrows move, Enter chooses,
 * Esc closes.
 */
export function PaletteDialog({
  open,
  onOpenChange,
  takeTyped,
  navigate,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Letters typed before the field was there (command-palette.tsx). */
  takeTyped: () => string;
  /** Opens a page (useNavigate, from command-palette.tsx, which stays mounted meanwhile). */
  navigate: (href: string) => void;
}) {
  return (
    <CommandDialog open={open} onOpenChange={onOpenChange} title="Go to or search">
      {/* Mounted only while open, so each opening starts with an empty field. */}
      {open ? (
        <PaletteBody close={() => onOpenChange(false)} takeTyped={takeTyped} navigate={navigate} />
      ) : null}
    </CommandDialog>
  );
}

function PaletteBody({
  close,
  takeTyped,
  navigate,
}: {
  close: () => void;
  takeTyped: () => string;
  navigate: (href: string) => void;
}) {
  const [input, setInput] = useState(takeTyped);
  const typed = input.trim();
  const query = useDebounced(typed.slice(0, 100), 150);
  const matches = usePaletteMatches(typed ? query : "");
  const briefs = useBriefs();
  const recent = briefs.data?.slice(0, 6) ?? [];
  const go = (href: string) => {
    close();
    navigate(href);
  };
  // The best match is chosen whenever the results change, so Enter opens it; arrows move on.
  const first = typed ? (matches.values[0] ?? "search-everything") : recent[0] ? `brief-${recent[0].id}` : "";
  const [selected, setSelected] = useState(first);
  const [shownFirst, setShownFirst] = useState(first);
  if (first !== shownFirst) {
    setShownFirst(first);
    setSelected(first);
  }
  return (
    <Command label="Go to or search" shouldFilter={false} loop value={selected} onValueChange={setSelected}>
      <CommandInput
        value={input}
        onValueChange={setInput}
        // Letters typed before it was there are in it already: carry on after them.
        onFocus={(event) => event.currentTarget.setSelectionRange(input.length, input.length)}
        placeholder="Go to a brief or section, or search…"
        maxLength={200}
      />
      <CommandList>
        {typed ? <Matches matches={matches} go={go} /> : <RecentBriefs briefs={recent} go={go} />}
        {typed ? (
          <CommandGroup heading="Search">
            <CommandItem value="search-everything" onSelect={() => go(searchPageHref(typed))}>
              <Search aria-hidden />
              <span>
                Search for <span className="font-medium text-neutral-900">“{typed}”</span> in every brief
              </span>
            </CommandItem>
          </CommandGroup>
        ) : null}
        {/* Only ever with nothing typed ("Search for …" is always there otherwise). */}
        <CommandEmpty>
          {briefs.isPending
            ? "Loading briefs…"
            : briefs.isError
              ? `Couldn't load the briefs. ${errorMessage(briefs.error)}`
              : "No briefs yet."}
        </CommandEmpty>
      </CommandList>
      <div className="flex items-center gap-4 border-t border-neutral-100 px-4 py-2 text-[11px] text-neutral-400">
        <span>
          <Kbd>↑</Kbd> <Kbd>↓</Kbd> to move
        </span>
        <span>
          <Kbd>Enter</Kbd> to open
        </span>
        <span>
          <Kbd>Esc</Kbd> to close
        </span>
      </div>
    </Command>
  );
}

function Kbd({ children }: { children: string }) {
  return <kbd className="rounded border border-neutral-200 px-1 font-sans text-neutral-500">{children}</kbd>;
}

/** With nothing typed: the briefs, most recently edited first. */
function RecentBriefs({
  briefs,
  go,
}: {
  briefs: { id: string; country: string; title: string }[];
  go: (href: string) => void;
}) {
  if (briefs.length === 0) return null;
  return (
    <CommandGroup heading="Briefs">
      {briefs.map((brief) => (
        <CommandItem key={brief.id} value={`brief-${brief.id}`} onSelect={() => go(`/briefs/${brief.id}`)}>
          <FileText aria-hidden />
          <span className="min-w-0 flex-1 truncate">
            <span className="font-medium text-neutral-900">{brief.country}</span>
            <span className="text-neutral-500"> · {brief.title}</span>
          </span>
        </CommandItem>
      ))}
    </CommandGroup>
  );
}

/** The palette's server results for `query`, and the item values in the order they are shown. */
function usePaletteMatches(query: string) {
  const jump = useJumpTargets(query);
  const text = usePaletteSearch(query);
  const briefs = jump.data?.briefs ?? [];
  const sections = jump.data?.sections ?? [];
  const hits = text.data?.sections?.items ?? [];
  const values = [
    ...briefs.map((b) => `brief-${b.briefId}`),
    ...sections.map((s) => `section-${s.sectionId}`),
    ...hits.map((h) => `text-${h.sectionId}`),
  ];
  return {
    briefs,
    sections,
    hits,
    values,
    loading: query !== "" && (jump.isFetching || text.isFetching),
    error: jump.error ?? text.error,
  };
}

/** Titles that match (go to), then sections whose text matches (the words highlighted there). */
function Matches({
  matches: { briefs, sections, hits, loading, error },
  go,
}: {
  matches: ReturnType<typeof usePaletteMatches>;
  go: (href: string) => void;
}) {
  return (
    <>
      {briefs.length > 0 ? (
        <CommandGroup heading="Briefs">
          {briefs.map((brief) => (
            <PaletteItem
              key={brief.briefId}
              value={`brief-${brief.briefId}`}
              onSelect={() => go(`/briefs/${brief.briefId}`)}
              icon={FileText}
              title={brief.country}
              detail={brief.title}
            />
          ))}
        </CommandGroup>
      ) : null}
      {sections.length > 0 ? (
        <CommandGroup heading="Sections">
          {sections.map((s) => (
            <PaletteItem
              key={s.sectionId}
              value={`section-${s.sectionId}`}
              onSelect={() => go(sectionHref(s.briefId, s.sectionKey))}
              icon={Hash}
              title={s.sectionTitle}
              detail={s.parentTitle ? `${s.country} · ${s.parentTitle}` : s.country}
            />
          ))}
        </CommandGroup>
      ) : null}
      {hits.length > 0 ? (
        <CommandGroup heading="In the text">
          {hits.map((hit) => (
            <PaletteItem
              key={hit.sectionId}
              value={`text-${hit.sectionId}`}
              onSelect={() => go(sectionHref(hit.briefId, hit.sectionKey, hit.terms))}
              icon={Search}
              title={hit.sectionTitle}
              detail={hit.country}
            >
              <Snippet segments={hit.snippet} className="line-clamp-2 text-xs leading-5" />
            </PaletteItem>
          ))}
        </CommandGroup>
      ) : null}
      {loading ? (
        <div role="status" className="flex items-center gap-2 px-2 py-2 text-xs text-neutral-400">
          <Loader2 aria-hidden className="size-3.5 animate-spin" />
          Looking…
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="px-2 py-2 text-xs text-danger">
          Couldn't search: {errorMessage(error)}
        </p>
      ) : null}
    </>
  );
}

/** One result: an icon, its title and where it is ("Crises · Mali"), and maybe a snippet. */
function PaletteItem({
  value,
  onSelect,
  icon: Icon,
  title,
  detail,
  children,
}: {
  value: string;
  onSelect: () => void;
  icon: typeof FileText;
  title: string;
  detail: string;
  children?: ReactNode;
}) {
  return (
    <CommandItem value={value} onSelect={onSelect}>
      <Icon aria-hidden />
      <span className="min-w-0 flex-1">
        <span className="block truncate">
          <span className="font-medium text-neutral-900">{title}</span>
          <span className="text-neutral-500"> · {detail}</span>
        </span>
        {children}
      </span>
    </CommandItem>
  );
}
