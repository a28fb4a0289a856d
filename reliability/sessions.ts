import { client, signIn } from "./lib/client.ts";
import { checkLeak, counts } from "./lib/counts.ts";
import { invitePerson, PASSWORD, runTag } from "./lib/people.ts";
import type { World } from "./lib/world.ts";

/**
 * Part 7, sessions and leaks: the session cookie's attributes (HttpOnly, SameSite; Secure when
 * the request came over HTTPS through the trusted proxy), cross-site POSTs of every content type
 * refused with nothing written, ended sessions refused, sign-in limits holding against spoofed
 * X-Forwarded-For and concurrent guesses, and no internals in any error body (leaks).
 */
type Check = { name: string; ok: boolean; detail?: string };

async function signInResponse(
  origin: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  return fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
}

/** The error a credentials sign-in answered ("Wrong email or password.", "Too many…"), or "" on success. */
async function signInError(res: Response): Promise<string> {
  const location =
    res.headers.get("location") ?? ((await res.json().catch(() => ({}))) as { url?: string }).url ?? "";
  return decodeURIComponent(new URL(location, "http://x").searchParams.get("error") ?? "");
}

export async function sessionsPart(world: World): Promise<string[]> {
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail?: string) => {
    checks.push({ name, ok, detail });
    if (!ok) console.log(`  FAILED: ${name}${detail ? ` (${detail})` : ""}`);
  };
  const origin = world.origin;
  const person = await invitePerson(
    world.admin,
    `sessions-${runTag}@reliability.test`,
    "EDITOR",
    "Sessions Person",
  );

  // Cookies.
  const plain = await signInResponse(origin, person.email, PASSWORD);
  const cookie = plain.headers.getSetCookie().find((c) => /session-token=/.test(c)) ?? "";
  check("session cookie is HttpOnly", /;\s*HttpOnly/i.test(cookie), cookie);
  check("session cookie is SameSite", /;\s*SameSite=(Lax|Strict)/i.test(cookie), cookie);
  const https = await signInResponse(origin, person.email, PASSWORD, {
    "x-forwarded-proto": "https",
    "x-forwarded-for": "198.51.100.20",
  });
  const secureCookie = https.headers.getSetCookie().find((c) => /session-token=/.test(c)) ?? "";
  check(
    "session cookie is Secure behind HTTPS (X-Forwarded-Proto, TRUST_PROXY)",
    /;\s*Secure/i.test(secureCookie),
    secureCookie,
  );

  // Cross-site POSTs, each content type: refused, nothing written.
  const api = client(origin, await signIn(origin, person.email, PASSWORD));
  const bodies: [string, string][] = [
    ["application/json", JSON.stringify({ json: { country: "Forgedland" } })],
    ["application/x-www-form-urlencoded", "json=%7B%22country%22%3A%22Forgedland%22%7D"],
    [
      "multipart/form-data; boundary=x",
      '--x\r\nContent-Disposition: form-data; name="json"\r\n\r\n{"country":"Forgedland"}\r\n--x--\r\n',
    ],
    ["text/plain", JSON.stringify({ json: { country: "Forgedland" } })],
  ];
  for (const [type, body] of bodies) {
    for (const headers of [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ] as Record<string, string>[]) {
      const res = await fetch(`${origin}/api/trpc/briefs.create`, {
        method: "POST",
        headers: { ...headers, "content-type": type, cookie: api.cookie },
        body,
      });
      const text = await res.text();
      checkLeak("cross-site POST", text);
      check(
        `cross-site POST ${type} ${JSON.stringify(headers)} refused`,
        res.status >= 400 && res.status < 500,
        `${res.status}`,
      );
    }
  }
  const briefs = (await api.query("briefs.list")) as unknown;
  check("no brief written by a cross-site POST", !JSON.stringify(briefs).includes("Forgedland"));

  // Ended sessions: sign-out, sign out everywhere.
  const first = client(origin, await signIn(origin, person.email, PASSWORD));
  const second = client(origin, await signIn(origin, person.email, PASSWORD));
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers: { cookie: first.cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  await fetch(`${origin}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [first.cookie, ...csrfCookie].join("; "),
    },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  check("a signed-out cookie is refused", (await first.call("users.me", undefined, "query")).status === 401);
  check(
    "another session lives on after sign-out",
    (await second.call("users.me", undefined, "query")).status === 200,
  );
  await second.mutation("users.profile.signOutEverywhere");
  check(
    "sign out everywhere ends the session",
    (await second.call("users.me", undefined, "query")).status === 401,
  );
  check("…and every other one", (await api.call("users.me", undefined, "query")).status === 401);
  check(
    "a forged cookie is refused",
    (await client(origin, "next-auth.session-token=forged.jwt.value").call("users.me", undefined, "query"))
      .status === 401,
  );

  // Sign-in limits: spoofed X-Forwarded-For (rotating the client's own part of the chain) and
  // concurrency. 5 failures per account and address, 20 per account per hour.
  const target = await invitePerson(
    world.admin,
    `limits-${runTag}@reliability.test`,
    "VIEWER",
    "Limits Person",
  );
  const guesses = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      signInResponse(origin, target.email, "wrong-password-guess", {
        "x-forwarded-for": `203.0.113.${i + 1}, 198.51.100.77`,
      }).then(signInError),
    ),
  );
  const wrong = guesses.filter((e) => e.includes("Wrong email or password")).length;
  check(
    "5 failures per account+address hold against a spoofed chain and concurrency",
    wrong <= 5,
    `${wrong} checked`,
  );
  const rotating = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signInResponse(origin, target.email, "wrong-password-guess", {
        "x-forwarded-for": `192.0.2.${i + 1}`,
      }).then(signInError),
    ),
  );
  const checked = rotating.filter((e) => e.includes("Wrong email or password")).length;
  check(
    "20 failures per account hold against rotating addresses",
    checked + wrong <= 20,
    `${checked + wrong} checked`,
  );
  const locked = await signInError(
    await signInResponse(origin, target.email, PASSWORD, { "x-forwarded-for": "192.0.2.200" }),
  );
  check("the right password is refused while the account is locked", locked !== "", locked);
  for (const answer of [...guesses, ...rotating]) checkLeak("sign-in", answer);

  // Error bodies from odd requests: never internals.
  for (const [path, init] of [
    ["/api/trpc/nope.nothing", {}],
    ["/api/trpc/sections.get?input=%7B%22json%22%3A", {}],
    ["/api/trpc/sections.get?input=%ZZ", {}],
    ["/api/trpc/sections.get,briefs.get?batch=1&input=%7B%7D", {}],
    [
      "/api/trpc/sections.save",
      { method: "POST", headers: { "content-type": "application/json", origin }, body: "{" },
    ],
    ["/api/auth/callback/credentials", { method: "POST", body: "\u0000" }],
    ["/api/briefs/nope/export/pdf", {}],
    ["/api/briefs/nope/export/%00", {}],
  ] as [string, RequestInit][]) {
    const res = await fetch(`${origin}${path}`, { ...init, redirect: "manual" });
    checkLeak(`odd request ${path}`, await res.text());
    if (res.status >= 500) check(`${path} answers without a 5xx`, false, `${res.status}`);
  }
  const failed = checks.filter((c) => !c.ok);
  console.log(`sessions: checks=${checks.length} failed=${failed.length} leaks=${counts.leaks}`);
  return failed.map((c) => `sessions: ${c.name}${c.detail ? ` (${c.detail.slice(0, 120)})` : ""}`);
}
