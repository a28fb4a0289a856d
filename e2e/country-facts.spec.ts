import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, history, openRevision, openSection } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";

test("an editor records country facts with sources; they show as a table, in history and in exports", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const country = uniqueCountry("Factia");
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, country);
  await openSection(page, "Country Profile");
  await expect(page.getByText("No facts yet.")).toBeVisible();
  await page.getByRole("button", { name: "Edit facts" }).click();
  const form = page.getByRole("form", { name: "Country facts" });

  // Mistakes are explained beside the fact and nothing is saved.
  await form.getByLabel("Population value").fill("22.4 million");
  await form.getByLabel("Population source").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Save facts" }).click();
  await expect(form.getByRole("alert").first()).toContainText("http:// or https://");

  await form.getByLabel("Population source").fill("https://data.worldbank.org/country/factia");
  await form.getByLabel("Population as of").fill("2024-07-01");
  await form.getByLabel("Capital value").fill("Bamako");
  await form.getByLabel("Capital source").fill("https://www.cia.gov/the-world-factbook/");
  await form.getByLabel("Capital as of").fill(new Date().toISOString().slice(0, 10));
  await form.getByLabel("Freedom / democracy score value").fill("10");
  await form.getByLabel("Freedom / democracy score scale").fill("Freedom House, 0–100");
  await form.getByLabel("Freedom / democracy score source").fill("https://freedomhouse.org/country/factia");
  await form.getByLabel("Freedom / democracy score as of").fill(new Date().toISOString().slice(0, 10));
  await page.screenshot({ path: "/tmp/briefs-facts-form.png", fullPage: true });
  await form.getByRole("button", { name: "Save facts" }).click();

  const table = page.getByRole("table", { name: "Country facts" });
  await expect(table).toContainText("22.4 million");
  await expect(table).toContainText("Bamako");
  await expect(table).toContainText("10 (Freedom House, 0–100)");
  await expect(table.getByRole("row", { name: /Population/ })).toContainText("over a year old");
  await expect(table.getByRole("row", { name: /Capital/ })).not.toContainText("over a year old");
  await page.screenshot({ path: "/tmp/briefs-facts-table.png", fullPage: true });
  // A facts-only change is a revision of its own.
  await expect(history(page).getByRole("listitem").first()).toContainText("Updated country facts");

  // A new figure is a new revision, and comparing it with the previous one shows the facts' change.
  await page.getByRole("button", { name: "Edit facts" }).click();
  await form.getByLabel("Population value").fill("23 million");
  await form.getByRole("button", { name: "Save facts" }).click();
  await expect(table).toContainText("23 million");
  await openRevision(page, 2);
  await page.getByRole("button", { name: "Compare with previous" }).click();
  const changed = page.getByRole("table", { name: "Facts changed" });
  await expect(changed.getByRole("row", { name: /Population/ })).toContainText("22.4 million");
  await expect(changed.getByRole("row", { name: /Population/ })).toContainText("23 million");
  await expect(changed.getByRole("row")).toHaveCount(2); // the header and Population: nothing else moved
  await expect(page.getByText("Same text; the facts changed")).toBeVisible();
  await page.screenshot({ path: "/tmp/briefs-facts-diff.png", fullPage: true });
  await page.keyboard.press("Escape");

  const briefId = briefUrl.split("/").pop();
  const markdown = await page.request.get(`/api/briefs/${briefId}/export/markdown`);
  expect(markdown.status()).toBe(200);
  const text = await markdown.text();
  expect(text).toContain("Country facts");
  expect(text).toContain("Bamako");
  expect(text).toContain("over a year old");
});
