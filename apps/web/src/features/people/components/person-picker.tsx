"use client";

import { Check, ChevronDown, Loader2, Search } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import { Avatar } from "@/components/ui/avatar.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover.tsx";
import { useDebounced } from "@/hooks/use-debounced.ts";
import { usePeopleSearch } from "../queries.ts";

export type PickedPerson = { id: string; name: string };

/**
 * Choose one person (or anyone) by typing part of a name or email: the audit log's "Person"
 * filter. Results are buttons in a list, so Tab and Enter pick one; Escape closes.
 */
export function PersonPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const labelId = useId();
  const pick = (person: PickedPerson | null) => {
    onChange(person);
    setOpen(false);
  };
  return (
    <div className="space-y-1">
      <span id={labelId} className="block text-xs font-medium text-neutral-500">
        {label}
      </span>
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <Button
            variant="secondary"
            aria-labelledby={labelId}
            aria-describedby={`${labelId}-value`}
            className="h-8 w-44 justify-between font-normal"
          >
            <span id={`${labelId}-value`} className="truncate">
              {value?.name ?? "Anyone"}
            </span>
            <ChevronDown aria-hidden className="text-neutral-400" />
          </Button>
        </PopoverTrigger>
        <PopoverContent className="w-72 p-2">
          {open ? <Results value={value} onPick={pick} /> : null}
        </PopoverContent>
      </Popover>
    </div>
  );
}

function Results({
  value,
  onPick,
}: {
  value: PickedPerson | null;
  onPick: (p: PickedPerson | null) => void;
}) {
  const [search, setSearch] = useState("");
  const people = usePeopleSearch(useDebounced(search, 200));
  const option = (key: string, content: ReactNode, selected: boolean, choose: () => void) => (
    <li key={key}>
      <button
        type="button"
        aria-pressed={selected}
        onClick={choose}
        className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm text-neutral-700 hover:bg-neutral-100 focus-visible:bg-neutral-100 focus-visible:outline-none"
      >
        {content}
        {selected ? <Check aria-hidden className="ml-auto size-4 text-accent" /> : null}
      </button>
    </li>
  );
  return (
    <div>
      <div className="relative mb-2">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-neutral-400"
        />
        <Input
          autoFocus
          type="search"
          aria-label="Find a person"
          placeholder="Name or email"
          value={search}
          maxLength={100}
          onChange={(e) => setSearch(e.target.value)}
          className="pl-8"
        />
      </div>
      <ul aria-label="People" aria-busy={people.isFetching} className="max-h-64 overflow-y-auto">
        {option("anyone", <span className="text-neutral-500">Anyone</span>, value === null, () =>
          onPick(null),
        )}
        {people.data?.items.map((p) =>
          option(
            p.id,
            <>
              <Avatar user={p} size="sm" />
              <span className="min-w-0">
                <span className="block truncate">{p.name}</span>
                <span className="block truncate text-xs text-neutral-500">{p.email}</span>
              </span>
            </>,
            value?.id === p.id,
            () => onPick({ id: p.id, name: p.name }),
          ),
        )}
      </ul>
      {people.isPending ? (
        <p role="status" className="flex items-center gap-2 px-2 py-1.5 text-xs text-neutral-500">
          <Loader2 aria-hidden className="size-3.5 animate-spin" /> Searching…
        </p>
      ) : people.isError ? (
        <p role="alert" className="px-2 py-1.5 text-xs text-danger">
          Couldn't search people.
        </p>
      ) : people.data.items.length === 0 ? (
        <p className="px-2 py-1.5 text-xs text-neutral-500">No one matches “{search.trim()}”.</p>
      ) : null}
    </div>
  );
}
