// The account feature's public face: your profile (name, password, sign out everywhere) and the
// invite link's sign-up page.

export { InviteAcceptance } from "./components/invite-acceptance.tsx";
export { ProfilePage } from "./components/profile-page.tsx";
