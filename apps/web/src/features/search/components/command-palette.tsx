"use client";

import { useAtom } from "jotai";
import { FileText, Hash, Loader2, Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
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
import { usePaletteShortcut } from "../hooks/use-palette-shortcut.ts";
import { searchPageHref, sectionHref } from "../lib/search-links.ts";
import { useJumpTargets, usePaletteSearch } from "../queries.ts";
import { paletteOpenAtom } from "../state.ts";
import { Snippet } from "./snippet.tsx";

/**
 * Ctrl/Cmd+K: go to a brief or a section by its title, open a text match, or search everything.
 * Mounted once in the top bar. Arrows move, Enter chooses, Esc closes.
 */
export function CommandPalette() {
  const [open, setOpen] = useAtom(paletteOpenAtom);
  usePaletteShortcut();
  return (
    <CommandDialog open={open} onOpenChange={setOpen} title="Go to or search" shouldFilter={false} loop>
      {/* Mounted only while open, so each opening starts with an empty field. */}
      {open ? <PaletteBody close={() => setOpen(false)} /> : null}
    </CommandDialog>
  );
}

function PaletteBody({ close }: { close: () => void }) {
  const router = useRouter();
  const [input, setInput] = useState("");
  const query = useDebounced(input.trim().slice(0, 100), 150);
  const typed = input.trim();
  const go = (href: string) => {
    close();
    router.push(href);
  };
  return (
    <>
      <CommandInput
        value={input}
        onValueChange={setInput}
        placeholder="Go to a brief or section, or search…"
        maxLength={200}
      />
      <CommandList>
        {typed && query ? <Matches query={query} go={go} /> : !typed ? <RecentBriefs go={go} /> : null}
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
        <CommandEmpty>No briefs yet.</CommandEmpty>
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
    </>
  );
}

function Kbd({ children }: { children: string }) {
  return <kbd className="rounded border border-neutral-200 px-1 font-sans text-neutral-500">{children}</kbd>;
}

/** With nothing typed: the briefs, most recently edited first. */
function RecentBriefs({ go }: { go: (href: string) => void }) {
  const briefs = useBriefs();
  const list = briefs.data?.slice(0, 6) ?? [];
  if (list.length === 0) return null;
  return (
    <CommandGroup heading="Briefs">
      {list.map((brief) => (
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

/** Titles that match (go to), then sections whose text matches (the words highlighted there). */
function Matches({ query, go }: { query: string; go: (href: string) => void }) {
  const jump = useJumpTargets(query);
  const text = usePaletteSearch(query);
  const briefs = jump.data?.briefs ?? [];
  const sections = jump.data?.sections ?? [];
  const hits = text.data?.sections?.items ?? [];
  const loading = jump.isPending || text.isPending;
  return (
    <>
      {briefs.length > 0 ? (
        <CommandGroup heading="Briefs">
          {briefs.map((brief) => (
            <CommandItem
              key={brief.briefId}
              value={`brief-${brief.briefId}`}
              onSelect={() => go(`/briefs/${brief.briefId}`)}
            >
              <FileText aria-hidden />
              <span className="min-w-0 flex-1 truncate">
                <span className="font-medium text-neutral-900">{brief.country}</span>
                <span className="text-neutral-500"> · {brief.title}</span>
              </span>
            </CommandItem>
          ))}
        </CommandGroup>
      ) : null}
      {sections.length > 0 ? (
        <CommandGroup heading="Sections">
          {sections.map((s) => (
            <CommandItem
              key={s.sectionId}
              value={`section-${s.sectionId}`}
              onSelect={() => go(sectionHref(s.briefId, s.sectionKey))}
            >
              <Hash aria-hidden />
              <span className="min-w-0 flex-1 truncate">
                <span className="font-medium text-neutral-900">{s.sectionTitle}</span>
                <span className="text-neutral-500">
                  {" "}
                  · {s.country}
                  {s.parentTitle ? ` · ${s.parentTitle}` : ""}
                </span>
              </span>
            </CommandItem>
          ))}
        </CommandGroup>
      ) : null}
      {hits.length > 0 ? (
        <CommandGroup heading="In the text">
          {hits.map((hit) => (
            <CommandItem
              key={hit.sectionId}
              value={`text-${hit.sectionId}`}
              onSelect={() => go(sectionHref(hit.briefId, hit.sectionKey, hit.terms))}
            >
              <Search aria-hidden />
              <span className="min-w-0 flex-1">
                <span className="block truncate">
                  <span className="font-medium text-neutral-900">{hit.sectionTitle}</span>
                  <span className="text-neutral-500"> · {hit.country}</span>
                </span>
                <Snippet segments={hit.snippet} className="line-clamp-2 text-xs leading-5" />
              </span>
            </CommandItem>
          ))}
        </CommandGroup>
      ) : null}
      {loading ? (
        <div role="status" className="flex items-center gap-2 px-2 py-2 text-xs text-neutral-400">
          <Loader2 aria-hidden className="size-3.5 animate-spin" />
          Looking…
        </div>
      ) : null}
      {jump.isError || text.isError ? (
        <p role="alert" className="px-2 py-2 text-xs text-danger">
          Couldn't search: {errorMessage(jump.error ?? text.error)}
        </p>
      ) : null}
    </>
  );
}
