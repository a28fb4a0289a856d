import { chromium, type Page } from "@playwright/test";
import { errorCode } from "./lib/client.ts";
import { counts } from "./lib/counts.ts";
import { invitePerson, letters, runTag } from "./lib/people.ts";
import type { World } from "./lib/world.ts";

/**
 * Part 6, hostile content in Chromium. Payloads go in through the API everywhere a person can
 * type (section content, comments, version names, brief titles, user names, imported Markdown);
 * then every page that shows them is opened in Chromium. A payload that runs sets window.__xss
 * (or opens a dialog); a link that would run script on click, an element with an event-handler
 * attribute, or a marked element positioned out of the page flow (an overlay) counts too.
 */
const RUN = "window.__xss=(window.__xss||0)+1";
const OVERLAY = "OVERLAYMARK";

const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"><circle r=9 /></svg>`,
  `<a href="javascript:${RUN}">js link</a>`,
  `<a href="&#106;avascript:${RUN}">entity link</a>`,
  `<div style="position:fixed;inset:0;z-index:9999;background:red">${OVERLAY}</div>`,
  `"><img src=x onerror=${RUN}>`,
  `javascript:${RUN}`,
];
const TEXT = PAYLOADS.join(" ");

const paragraph = (text: string, marks?: unknown[], attrs?: Record<string, unknown>) => ({
  type: "paragraph",
  ...(attrs ? { attrs } : {}),
  content: [{ type: "text", text, ...(marks ? { marks } : {}) }],
});
const link = (href: string) => [{ type: "link", attrs: { href, title: `"><img src=x onerror=${RUN}>` } }];

/** Documents with hostile links and attributes; each saved on its own (a refusal is fine). */
const HOSTILE_DOCS = [
  { type: "doc", content: [paragraph(TEXT)] },
  { type: "doc", content: [paragraph("js link", link(`javascript:${RUN}`))] },
  { type: "doc", content: [paragraph("JS link", link(` JaVaScRiPt:${RUN}`))] },
  { type: "doc", content: [paragraph("entity link", link(`&#106;avascript:${RUN}`))] },
  { type: "doc", content: [paragraph("tab link", link(`java\tscript:${RUN}`))] },
  { type: "doc", content: [paragraph("data link", link(`data:text/html,<script>${RUN}</script>`))] },
  { type: "doc", content: [paragraph("svg link", link(`data:image/svg+xml,<svg onload="${RUN}"/>`))] },
  {
    type: "doc",
    content: [
      paragraph(OVERLAY, undefined, { style: "position:fixed;inset:0;z-index:9999", class: "fixed inset-0" }),
    ],
  },
  {
    type: "doc",
    content: [
      {
        type: "heading",
        attrs: { level: 2, style: "position:fixed;inset:0", id: "x" },
        content: [{ type: "text", text: OVERLAY }],
      },
    ],
  },
];

const MARKDOWN = `# Preface

${TEXT}

[md js link](javascript:${RUN.replaceAll("(", "%28").replaceAll(")", "%29")}) and [entity](&#106;avascript:alert(1)) and <javascript:alert(1)>

<img src=x onerror="${RUN}">

<div style="position:fixed;inset:0;z-index:9999">${OVERLAY}</div>

![img](javascript:${RUN})

# Crises

<svg><script>${RUN}</script></svg>
`;

export async function xssPart(world: World, short = false): Promise<string[]> {
  const failures: string[] = [];
  // A person whose name is a payload does the writing, so their name shows up everywhere.
  const hostile = await invitePerson(
    world.admin,
    `hostile-${runTag}@reliability.test`,
    "EDITOR",
    `<img src=x onerror="${RUN}">Mallory`,
  );
  const api = hostile.api;
  const imported = (await api.mutation("briefs.import", {
    markdown: MARKDOWN,
    fileName: `<svg onload="${RUN}">.md`,
    country: `Hostilia ${letters(runTag)}`,
    title: `<script>${RUN}</script><img src=x onerror="${RUN}"> ${OVERLAY}`,
  })) as { id?: string; briefId?: string };
  const briefId = imported.briefId ?? imported.id ?? "";
  await world.owner.mutation("briefs.members.set", {
    briefId: world.briefId,
    email: hostile.email,
    role: "EDITOR",
  });
  await api.mutation("briefs.members.set", { briefId, email: "editor@dossier.test", role: "EDITOR" });

  const section = (await api.query("sections.get", { briefId, key: "frank-narrative" })) as { id: string };
  let base: string | null = null;
  let accepted = 0;
  for (const doc of HOSTILE_DOCS) {
    const answer = await api.call("sections.save", {
      sectionId: section.id,
      baseRevisionId: base,
      content: doc,
    });
    if (errorCode(answer) === null) {
      accepted++;
      base = (answer.body as { result: { data: { json: { id: string } } } }).result.data.json.id;
    }
  }
  // Leave readable hostile text as the current content (the last accepted one may be plain).
  await api.call("sections.save", { sectionId: section.id, baseRevisionId: base, content: HOSTILE_DOCS[0] });
  await api.mutation("comments.createThread", { sectionId: section.id, anchor: null, body: TEXT });
  await api.mutation("versions.create", {
    briefId,
    name: `<img src=x onerror="${RUN}">v1`,
    note: TEXT.slice(0, 480),
  });
  const versions = (await api.query("versions.list", { briefId })) as
    | { id: string }[]
    | { items: { id: string }[] };
  const versionId = (Array.isArray(versions) ? versions : versions.items)[0]?.id;

  const allPages = [
    "/",
    `/briefs/${briefId}`,
    `/briefs/${briefId}/preface`,
    `/briefs/${briefId}/frank-narrative`,
    `/briefs/${briefId}/comments`,
    `/briefs/${briefId}/versions`,
    ...(versionId ? [`/briefs/${briefId}/versions/${versionId}`] : []),
    `/briefs/${briefId}/activity`,
    `/admin/users`,
    `/admin/audit`,
    `/profile`,
  ];
  // The short run opens the pages where every kind of payload shows, as one person.
  const pages = short
    ? allPages.filter((p) => /frank-narrative|comments|versions$|activity|users/.test(p))
    : allPages;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  let executed = 0;
  let checked = 0;
  try {
    const readers: [string, string][] = [
      ["admin", world.admin.cookie],
      ["hostile editor", hostile.cookie],
    ];
    for (const [who, cookie] of short ? readers.slice(0, 1) : readers) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const [name, value] = cookie.split("=");
      await context.addCookies([{ name: name ?? "", value: value ?? "", url: world.origin }]);
      const page = await context.newPage();
      let dialogs = 0;
      page.on("dialog", (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      for (const path of pages) {
        const response = await page.goto(`${world.origin}${path}`, { waitUntil: "load", timeout: 60_000 });
        await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
        checked++;
        const found = await inspect(page);
        const total = found.ran + found.scriptLinks + found.handlers + found.escaped + dialogs;
        if (total > 0) {
          console.log(
            `  XSS on ${path} as ${who} (${response?.status()}): ${JSON.stringify({ ...found, dialogs })}`,
          );
          executed += total;
        }
        dialogs = 0;
      }
      // Clicking the hostile links must not run them either.
      await page.goto(`${world.origin}/briefs/${briefId}/frank-narrative`, { waitUntil: "load" });
      for (const anchor of await page.locator("a", { hasText: /link/ }).all()) {
        await anchor.click({ modifiers: [], timeout: 2_000, noWaitAfter: true }).catch(() => {});
        await page.goBack({ timeout: 5_000 }).catch(() => {});
      }
      const afterClicks = await page
        .evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)
        .catch(() => 0);
      executed += afterClicks;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  counts.xss_executed += executed;
  console.log(
    `xss: payload_docs=${HOSTILE_DOCS.length} accepted_docs=${accepted} pages=${checked} xss_executed=${executed}`,
  );
  return failures;
}

/** What one page shows: a run payload, a script link, an event-handler attribute, an overlay. */
async function inspect(page: Page) {
  return page.evaluate((overlay) => {
    const ran = (window as unknown as { __xss?: number }).__xss ?? 0;
    const scriptLinks = [
      ...document.querySelectorAll("a[href], area[href], iframe[src], embed[src], object[data]"),
    ].filter((el) => {
      const url = el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("data") ?? "";
      try {
        const protocol = new URL(url, location.href).protocol;
        return !["http:", "https:", "mailto:"].includes(protocol);
      } catch {
        return false;
      }
    }).length;
    const handlers = [...document.querySelectorAll("body *")].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith("on")),
    ).length;
    // An element holding the overlay marker must sit in the page flow, inside the viewport width.
    let escaped = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(overlay)) continue;
      for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const inDialog = el.closest(
          "[role=dialog],[role=menu],[role=listbox],[data-radix-popper-content-wrapper]",
        );
        if (el.hasAttribute("style") && /position|inset|z-index/i.test(el.getAttribute("style") ?? "")) {
          escaped++;
          break;
        }
        if (
          !inDialog &&
          style.position === "fixed" &&
          rect.width * rect.height > innerWidth * innerHeight * 0.5
        ) {
          escaped++;
          break;
        }
      }
    }
    return { ran, scriptLinks, handlers, escaped };
  }, OVERLAY);
}
