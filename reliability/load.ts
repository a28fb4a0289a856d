import { type Client, errorCode, inDoubt } from "./lib/client.ts";
import { checkLeak } from "./lib/counts.ts";
import { DEMO_PASSWORD, invitePerson, letters, type Person, runTag, signInPerson } from "./lib/people.ts";

/**
 * Part 1, the load: 16 writers (different people), four to a section, each owning one paragraph
 * ("slot") of the section and rewriting it on every save; the shared first paragraph is rewritten
 * now and then too, so concurrent saves really conflict. Half the writers save on the revision
 * they last saw (stale bases: the server must merge or answer CONFLICT), half read first.
 * Afterwards the database is checked: every acknowledged save is its own revision and holds its
 * words, each section's history is one unbroken chain, and no revision changed a paragraph that
 * its author didn't (a silent overwrite).
 */

export const WRITERS = 16;
export const LOAD_SECTIONS = ["preface", "crises", "frank-narrative", "summary-help-us-goals"];

type Doc = { type: "doc"; content: { type: "paragraph"; content?: { type: "text"; text: string }[] }[] };

export type LoadFixture = {
  briefId: string;
  sections: { id: string; key: string }[];
  writers: Person[];
};

/** What a writer was told about one save. */
export type SaveRecord = {
  writer: number;
  sectionId: string;
  marker: string;
  outcome: "saved" | "refused" | "unknown";
  /** When the request left, and whether the connection broke before an answer came. */
  sentAt: number;
  broken?: boolean;
  code?: string | null;
  revisionId?: string;
  number?: number;
  kind?: string;
  merged?: boolean;
};

/** A brief created during the load (the embedded database once lost one across a restart). */
export type CreateRecord = { marker: string; outcome: "saved" | "unknown"; briefId?: string; sentAt: number };

export type LoadResult = { records: SaveRecord[]; created: CreateRecord[]; unexpected: number };

const paragraph = (text: string) => ({
  type: "paragraph" as const,
  content: [{ type: "text" as const, text }],
});
const blank = (): Doc => ({
  type: "doc",
  content: [
    paragraph("shared: start"),
    ...Array.from({ length: WRITERS }, (_, i) => paragraph(`slot ${i}: -`)),
  ],
});

/** A brief, 16 editors on it, and the four sections seeded with one paragraph per writer. */
export async function setUpLoad(origin: string, admin: Client, count = WRITERS): Promise<LoadFixture> {
  const owner = await signInPerson(origin, "editor@dossier.test", DEMO_PASSWORD);
  const { id: briefId } = (await owner.api.mutation("briefs.create", {
    country: `Loadland ${letters(runTag)}`,
  })) as {
    id: string;
  };
  const writers: Person[] = [];
  for (let i = 0; i < count; i++) {
    const person = await invitePerson(
      admin,
      `writer-${runTag}-${i}@reliability.test`,
      "EDITOR",
      `Writer ${i}`,
    );
    await owner.api.mutation("briefs.members.set", { briefId, email: person.email, role: "EDITOR" });
    writers.push(person);
  }
  const sections: { id: string; key: string }[] = [];
  for (const key of LOAD_SECTIONS) {
    const section = (await owner.api.query("sections.get", { briefId, key })) as { id: string };
    await owner.api.mutation("sections.save", {
      sectionId: section.id,
      baseRevisionId: null,
      content: blank(),
    });
    sections.push({ id: section.id, key });
  }
  return { briefId, sections, writers };
}

/**
 * Runs the writers until `until()` says stop. Network failures (the app killed, a proxy cut) are
 * recorded as "unknown" and the writer carries on after a pause: that is what the crash and
 * database parts measure around.
 */
export const emptyLoad = (): LoadResult => ({ records: [], created: [], unexpected: 0 });

/** `live` fills while the load runs (parts watch it); it is also the answer. */
export async function runLoad(
  fixture: LoadFixture,
  until: () => boolean,
  live: LoadResult = emptyLoad(),
): Promise<LoadResult> {
  const { records, created } = live;
  // One more client creates briefs all along (a fresh row each time, not a section update).
  const creator = async () => {
    const api = (fixture.writers[0] as Person).api;
    for (let n = 0; !until(); n++) {
      const record: CreateRecord = {
        marker: `Created ${letters(runTag)} ${letters(n)}`,
        outcome: "unknown",
        sentAt: Date.now(),
      };
      created.push(record);
      try {
        const answer = await api.call("briefs.create", { country: record.marker });
        const code = errorCode(answer);
        if (code === null) {
          record.outcome = "saved";
          record.briefId = (
            answer.body as { result: { data: { json: { id: string } } } }
          ).result.data.json.id;
        } else if (code !== "SERVICE_UNAVAILABLE") {
          live.unexpected++;
          console.log(`  unexpected answer to briefs.create: ${answer.status} ${answer.text.slice(0, 200)}`);
        } else checkLeak("briefs.create", answer.text);
      } catch {
        await pause(250);
      }
      await pause(200);
    }
  };
  const writer = async (w: number) => {
    const section = fixture.sections[w % fixture.sections.length] as { id: string };
    const api = (fixture.writers[w] as Person).api;
    const stale = w % 2 === 1;
    let base: { id: string | null; doc: Doc } | null = null;
    for (let n = 0; !until(); n++) {
      const marker = `w${w}n${n}r${runTag}`;
      try {
        if (!base || !stale) {
          const read = await api.call(
            "sections.get",
            { briefId: fixture.briefId, key: keyOf(fixture, section.id) },
            "query",
          );
          if (errorCode(read) !== null) {
            checkLeak("sections.get", read.text);
            if (errorCode(read) !== "SERVICE_UNAVAILABLE") {
              live.unexpected++;
              console.log(`  unexpected answer to sections.get: ${read.status} ${read.text.slice(0, 200)}`);
            }
            await pause(300);
            continue;
          }
          const got = (read.body as { result: { data: { json: unknown } } }).result.data.json as {
            current: { id: string; content: Doc } | null;
          };
          base = { id: got.current?.id ?? null, doc: got.current?.content ?? blank() };
        }
        const doc: Doc = structuredClone(base.doc);
        doc.content[w + 1] = paragraph(`slot ${w}: ${marker}`);
        if (n % 4 === 0 && w % 4 === 0) doc.content[0] = paragraph(`shared: ${marker}`);
        const record: SaveRecord = {
          writer: w,
          sectionId: section.id,
          marker,
          outcome: "unknown",
          sentAt: Date.now(),
        };
        records.push(record);
        const answer = await api.call("sections.save", {
          sectionId: section.id,
          baseRevisionId: base.id,
          content: doc,
        });
        const code = errorCode(answer);
        if (code === null) {
          const saved = (answer.body as { result: { data: { json: SavedAnswer } } }).result.data.json;
          Object.assign(record, {
            outcome: "saved",
            revisionId: saved.id,
            number: saved.number,
            kind: saved.kind,
            merged: saved.merged !== null,
          });
          base = { id: saved.id, doc: (saved.merged?.content as Doc | undefined) ?? doc };
        } else {
          // A 503 promises nothing changed, unless it says the write is in doubt (the database
          // connection broke mid-way, perhaps after its COMMIT arrived).
          const expected = code === "CONFLICT" || code === "SERVICE_UNAVAILABLE";
          record.outcome = expected && !inDoubt(answer) ? "refused" : "unknown";
          record.code = code;
          checkLeak(`sections.save ${code}`, answer.text);
          if (!expected) {
            live.unexpected++;
            console.log(`  unexpected answer to a save: ${answer.status} ${answer.text.slice(0, 200)}`);
          }
          base = null; // read again before the next try
          if (code === "SERVICE_UNAVAILABLE") await pause(300);
        }
      } catch {
        const last = records.at(-1);
        if (last?.writer === w && last.marker === marker && last.outcome === "unknown") last.broken = true;
        base = null; // the connection broke: outcome unknown, read again once the app is back
        await pause(250);
      }
    }
  };
  await Promise.all([...Array.from({ length: fixture.writers.length }, (_, w) => writer(w)), creator()]);
  return live;
}

type SavedAnswer = { id: string; number: number; kind: string; merged: { content: unknown } | null };

const keyOf = (fixture: LoadFixture, sectionId: string) =>
  fixture.sections.find((s) => s.id === sectionId)?.key ?? "";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
