import { endSession, SESSION_LIFETIME, signIn, verifyCredentials } from "@dossier/core";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));
const PASSWORD = "a long enough password";

describe("sessions", () => {
  it("signing in opens a session, records the time, and signing out ends that session only", async () => {
    const editor = await h.user("EDITOR", undefined, PASSWORD);
    const laptop = await signIn(h.db, { email: editor.email, password: PASSWORD }, { ip: "198.51.100.1" });
    const phone = await signIn(h.db, { email: editor.email, password: PASSWORD }, { ip: "198.51.100.2" });
    expect(await h.sessionWorks(laptop.sessionId)).toBe(true);
    const row = await h.db.user.findUniqueOrThrow({
      where: { id: editor.id },
      select: { lastSignInAt: true },
    });
    expect(row.lastSignInAt).toBeInstanceOf(Date);

    await endSession(h.db, laptop.sessionId);
    expect(await h.sessionWorks(laptop.sessionId)).toBe(false);
    expect(await h.sessionWorks(phone.sessionId)).toBe(true);
  });

  it("ends a session left idle too long, and any session past its absolute lifetime", async () => {
    const editor = await h.user("EDITOR");
    const idle = await h.signedIn(editor);
    const old = await h.signedIn(editor);
    const now = Date.now();
    await h.db.session.update({
      where: { id: idle.sessionId },
      data: { lastSeenAt: new Date(now - SESSION_LIFETIME.idleMs - 1000) },
    });
    await h.db.session.update({ where: { id: old.sessionId }, data: { expiresAt: new Date(now - 1000) } });
    expect(await h.sessionWorks(idle.sessionId)).toBe(false);
    expect(await h.sessionWorks(old.sessionId)).toBe(false);
  });

  it("slides the idle timeout forward as the session is used", async () => {
    const editor = await h.user("EDITOR");
    const { sessionId } = await h.signedIn(editor);
    const nearlyIdle = new Date(Date.now() - SESSION_LIFETIME.idleMs + 60_000);
    await h.db.session.update({ where: { id: sessionId }, data: { lastSeenAt: nearlyIdle } });
    expect(await h.sessionWorks(sessionId)).toBe(true);
    const row = await h.db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it("sign out everywhere ends every session of mine, and nobody else's", async () => {
    const me = await h.user("REVIEWER");
    const other = await h.signedIn(await h.user("REVIEWER"));
    const here = await h.signedIn(me);
    const there = await h.signedIn(me);
    await expect(h.caller(here).users.profile.signOutEverywhere()).resolves.toEqual({ sessionsEnded: 2 });
    expect(await h.sessionWorks(here.sessionId)).toBe(false);
    expect(await h.sessionWorks(there.sessionId)).toBe(false);
    expect(await h.sessionWorks(other.sessionId)).toBe(true);
  });

  it("changing my password needs the current one, ends my other sessions and keeps this one", async () => {
    const me = await h.user("EDITOR", undefined, PASSWORD);
    const here = await h.signedIn(me);
    const there = await h.signedIn(me);
    const wrong = await h
      .caller(here)
      .users.profile.changePassword({ currentPassword: "not it at all", newPassword: "brand new password" })
      .catch((e: unknown) => e);
    expect(codeOf(wrong)).toBe("BAD_REQUEST");
    expect(await h.sessionWorks(there.sessionId)).toBe(true);

    const short = await h
      .caller(here)
      .users.profile.changePassword({ currentPassword: PASSWORD, newPassword: "short" })
      .catch((e: unknown) => e);
    expect(codeOf(short)).toBe("BAD_REQUEST");

    await expect(
      h
        .caller(here)
        .users.profile.changePassword({ currentPassword: PASSWORD, newPassword: "brand new password" }),
    ).resolves.toEqual({ otherSessionsEnded: 1 });
    expect(await h.sessionWorks(here.sessionId)).toBe(true);
    expect(await h.sessionWorks(there.sessionId)).toBe(false);
    await expect(verifyCredentials(h.db, { email: me.email, password: PASSWORD }, null)).rejects.toThrow();
    await expect(
      verifyCredentials(h.db, { email: me.email, password: "brand new password" }, null),
    ).resolves.toMatchObject({ id: me.id });
  });

  it("changing someone's role ends all their sessions", async () => {
    const admin = await h.signedIn(await h.user("ADMIN"));
    const editor = await h.user("EDITOR");
    const a = await h.signedIn(editor);
    const b = await h.signedIn(editor);
    await expect(h.caller(admin).users.setRole({ userId: editor.id, role: "VIEWER" })).resolves.toMatchObject(
      {
        role: "VIEWER",
        sessionsEnded: 2,
      },
    );
    expect(await h.sessionWorks(a.sessionId)).toBe(false);
    expect(await h.sessionWorks(b.sessionId)).toBe(false);
    expect(await h.sessionWorks(admin.sessionId)).toBe(true);
  });

  it("deactivating someone ends their sessions and refuses their sign-in; reactivating lets them back", async () => {
    const admin = await h.signedIn(await h.user("ADMIN"));
    const editor = await h.user("EDITOR", undefined, PASSWORD);
    const open = await h.signedIn(editor);
    await h.db.presence.create({
      data: { userId: editor.id, sectionId: (await h.section(await h.brief(editor))).id, clientId: "tab" },
    });
    await expect(h.caller(admin).users.deactivate({ userId: editor.id })).resolves.toMatchObject({
      status: "DEACTIVATED",
      sessionsEnded: 1,
    });
    expect(await h.sessionWorks(open.sessionId)).toBe(false);
    expect(await h.db.presence.count({ where: { userId: editor.id } })).toBe(0);
    const refused = await signIn(h.db, { email: editor.email, password: PASSWORD }, { ip: null }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: "FORBIDDEN" });
    expect(await h.db.session.count({ where: { userId: editor.id } })).toBe(0);

    await h.caller(admin).users.reactivate({ userId: editor.id });
    const back = await signIn(h.db, { email: editor.email, password: PASSWORD }, { ip: null });
    expect(await h.sessionWorks(back.sessionId)).toBe(true);
  });
});
