import type { AddressInfo } from "node:net";
import { hashInviteToken, signIn } from "@dossier/core";
import { TRPCError } from "@trpc/server";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => ({ code: codeOf(e), message: (e as Error).message }),
  );
const tokenOf = (link: string) => link.split("/invite/")[1]!;
let n = 0;
const newEmail = () => `invitee-${Date.now().toString(36)}-${++n}@test.dossier`;
const PASSWORD = "correct horse battery";

describe("invites", () => {
  it("invite → accept → sign in, with the invited role; only a hash of the token is stored", async () => {
    const admin = await h.user("ADMIN");
    const email = newEmail();
    const { link, invite, delivery } = await h
      .caller(admin)
      .users.invites.create({ email: ` ${email.toUpperCase()} `, role: "REVIEWER" });
    expect(delivery).toBe("not-configured");
    expect(link).toMatch(/^https:\/\/dossier\.example\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(invite).toMatchObject({ email, role: "REVIEWER" });
    const row = await h.db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.tokenHash).toBe(hashInviteToken(tokenOf(link)));
    expect(JSON.stringify(row)).not.toContain(tokenOf(link));

    const anonymous = h.caller(null).users.invites;
    await expect(anonymous.get({ token: tokenOf(link) })).resolves.toMatchObject({
      email,
      role: "REVIEWER",
      invitedBy: admin.name,
    });
    await expect(
      anonymous.accept({ token: tokenOf(link), name: "Nia Newcomer", password: PASSWORD }),
    ).resolves.toEqual({ email });
    const { actor } = await signIn(h.db, { email, password: PASSWORD }, { ip: null });
    expect(actor).toMatchObject({ name: "Nia Newcomer", role: "REVIEWER" });
    expect(await h.caller(admin).users.invites.list()).not.toContainEqual(expect.objectContaining({ email }));
  });

  it("refuses a used, expired, revoked or unknown link, and makes no account", async () => {
    const admin = await h.user("ADMIN");
    const invite = (email: string) => h.caller(admin).users.invites.create({ email, role: "VIEWER" });
    const accept = (link: string) =>
      failure(h.caller(null).users.invites.accept({ token: tokenOf(link), name: "X Y", password: PASSWORD }));

    const used = await invite(newEmail());
    expect(await accept(used.link)).toBeNull();
    expect(await accept(used.link)).toMatchObject({ code: "BAD_REQUEST", message: /already been used/ });

    const expired = await invite(newEmail());
    await h.db.invite.update({
      where: { id: expired.invite.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await accept(expired.link)).toMatchObject({ code: "BAD_REQUEST", message: /expired/ });

    const revoked = await invite(newEmail());
    await h.caller(admin).users.invites.revoke({ inviteId: revoked.invite.id });
    expect(await accept(revoked.link)).toMatchObject({ code: "BAD_REQUEST", message: /withdrawn/ });

    expect(await accept(`https://x/invite/${"A".repeat(43)}`)).toMatchObject({ code: "NOT_FOUND" });
    expect(await accept("https://x/invite/short")).toMatchObject({ code: "BAD_REQUEST" });
    for (const email of [expired.invite.email, revoked.invite.email])
      expect(await h.db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a weak password or blank name without using the invite up", async () => {
    const admin = await h.user("ADMIN");
    const { link } = await h.caller(admin).users.invites.create({ email: newEmail(), role: "EDITOR" });
    const accept = (name: string, password: string) =>
      failure(h.caller(null).users.invites.accept({ token: tokenOf(link), name, password }));
    expect(await accept("Short Pass", "123456789")).toMatchObject({ code: "BAD_REQUEST" });
    expect(await accept("", PASSWORD)).toMatchObject({ code: "BAD_REQUEST" });
    expect(await accept("Fine Name", PASSWORD)).toBeNull();
  });

  it("two tabs accepting one link make one account", async () => {
    const admin = await h.user("ADMIN");
    const email = newEmail();
    const { link } = await h.caller(admin).users.invites.create({ email, role: "EDITOR" });
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        h.caller(null).users.invites.accept({ token: tokenOf(link), name: "Twin", password: PASSWORD }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await h.db.user.count({ where: { email } })).toBe(1);
  });

  it("resending makes a new link and kills the old one; inviting again renews instead of duplicating", async () => {
    const admin = await h.user("ADMIN");
    const email = newEmail();
    const first = await h.caller(admin).users.invites.create({ email, role: "VIEWER" });
    const resent = await h.caller(admin).users.invites.resend({ inviteId: first.invite.id });
    expect(resent.link).not.toBe(first.link);
    expect(await failure(h.caller(null).users.invites.get({ token: tokenOf(first.link) }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const again = await h.caller(admin).users.invites.create({ email, role: "EDITOR" });
    expect(again.invite.id).toBe(first.invite.id);
    expect(await h.db.invite.count({ where: { email } })).toBe(1);
    await expect(h.caller(null).users.invites.get({ token: tokenOf(again.link) })).resolves.toMatchObject({
      role: "EDITOR",
    });
  });

  it("won't invite an email that already has an account", async () => {
    const admin = await h.user("ADMIN");
    const existing = await h.user("VIEWER");
    expect(
      await failure(h.caller(admin).users.invites.create({ email: existing.email, role: "EDITOR" })),
    ).toMatchObject({ code: "CONFLICT" });
  });

  it("emails the link when SMTP_URL is configured", async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        let text = "";
        stream.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        stream.on("end", () => {
          received.push(text);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as AddressInfo;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    try {
      const admin = await h.user("ADMIN", "Ada Sender");
      const email = newEmail();
      const { link, delivery } = await h.caller(admin).users.invites.create({ email, role: "EDITOR" });
      expect(delivery).toBe("emailed");
      expect(received).toHaveLength(1);
      expect(received[0]).toContain(`To: ${email}`);
      expect(received[0]).toContain("Ada Sender invited you to Dossier");
      expect(received[0]!.replace(/=\r?\n/g, "")).toContain(link);

      // "Copy link" on a pending invite: a new link for the admin only, nothing emailed.
      const { invite } = await h.caller(admin).users.invites.create({ email, role: "EDITOR" });
      expect(received).toHaveLength(2);
      const copied = await h.caller(admin).users.invites.resend({ inviteId: invite.id, notify: false });
      expect(copied.delivery).toBe("not-requested");
      expect(received).toHaveLength(2);
      await expect(h.caller(null).users.invites.get({ token: tokenOf(copied.link) })).resolves.toMatchObject({
        email,
      });
      const audit = await h.db.auditEvent.findFirstOrThrow({
        where: { action: "invite.resend", targetId: invite.id },
      });
      expect(audit.data).toMatchObject({ email, notify: false });
      const resent = await h.caller(admin).users.invites.resend({ inviteId: invite.id });
      expect(resent.delivery).toBe("emailed");
      expect(received).toHaveLength(3);
    } finally {
      delete process.env.SMTP_URL;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
