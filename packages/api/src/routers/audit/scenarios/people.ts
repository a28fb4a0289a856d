import type { Harness } from "../../../testing/harness.ts";
import { PASSWORD, type Scenario } from "./setups.ts";

/** People, invites and profiles: one successful call of each mutation. */
export function peopleScenarios(h: () => Harness): Record<string, Scenario> {
  return {
    "users.setRole": {
      action: "user.setRole",
      run: async () => {
        const admin = await h().user("ADMIN");
        const target = await h().user("VIEWER");
        return {
          actor: admin,
          call: () => h().caller(admin).users.setRole({ userId: target.id, role: "EDITOR" }),
        };
      },
    },
    "users.deactivate": {
      action: "user.deactivate",
      run: async () => {
        const admin = await h().user("ADMIN");
        const target = await h().user("VIEWER");
        return { actor: admin, call: () => h().caller(admin).users.deactivate({ userId: target.id }) };
      },
    },
    "users.reactivate": {
      action: "user.reactivate",
      run: async () => {
        const admin = await h().user("ADMIN");
        const target = await h().user("VIEWER");
        await h().caller(admin).users.deactivate({ userId: target.id });
        return { actor: admin, call: () => h().caller(admin).users.reactivate({ userId: target.id }) };
      },
    },
    "users.invites.create": {
      action: "user.invite",
      run: async () => {
        const admin = await h().user("ADMIN");
        return {
          actor: admin,
          call: () =>
            h()
              .caller(admin)
              .users.invites.create({ email: `new-${Date.now()}@test.dossier`, role: "VIEWER" }),
        };
      },
    },
    "users.invites.resend": {
      action: "invite.resend",
      run: async () => {
        const admin = await h().user("ADMIN");
        const { invite } = await h()
          .caller(admin)
          .users.invites.create({ email: `re-${Date.now()}@test.dossier`, role: "VIEWER" });
        return { actor: admin, call: () => h().caller(admin).users.invites.resend({ inviteId: invite.id }) };
      },
    },
    "users.invites.revoke": {
      action: "invite.revoke",
      run: async () => {
        const admin = await h().user("ADMIN");
        const { invite } = await h()
          .caller(admin)
          .users.invites.create({ email: `rv-${Date.now()}@test.dossier`, role: "VIEWER" });
        return { actor: admin, call: () => h().caller(admin).users.invites.revoke({ inviteId: invite.id }) };
      },
    },
    "users.invites.accept": {
      action: "invite.accept",
      run: async () => {
        const admin = await h().user("ADMIN");
        const { link } = await h()
          .caller(admin)
          .users.invites.create({ email: `ac-${Date.now()}@test.dossier`, role: "VIEWER" });
        const token = link.split("/invite/")[1] ?? "";
        return {
          actor: null,
          call: () =>
            h().caller(null).users.invites.accept({ token, name: "New Person", password: PASSWORD }),
        };
      },
    },
    "users.profile.update": {
      action: "profile.update",
      run: async () => {
        const me = await h().user("VIEWER");
        return { actor: me, call: () => h().caller(me).users.profile.update({ name: "Renamed" }) };
      },
    },
    "users.profile.changePassword": {
      action: "profile.changePassword",
      run: async () => {
        const me = await h().signedIn(await h().user("VIEWER", undefined, PASSWORD));
        return {
          actor: me,
          call: () =>
            h().caller(me).users.profile.changePassword({
              currentPassword: PASSWORD,
              newPassword: "another long password",
            }),
        };
      },
    },
    "users.profile.signOutEverywhere": {
      action: "session.signOutEverywhere",
      run: async () => {
        const me = await h().signedIn(await h().user("VIEWER"));
        return { actor: me, call: () => h().caller(me).users.profile.signOutEverywhere() };
      },
    },
  };
}
