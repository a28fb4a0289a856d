export { SignInForm } from "./components/sign-in-form.tsx";
export { signInWithCredentials } from "./lib/credentials-sign-in.ts";
export { type Me, useMe } from "./queries.ts";
