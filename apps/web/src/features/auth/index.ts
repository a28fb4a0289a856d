export { SignInForm } from "./components/sign-in-form.tsx";
export { type Me, useMe } from "./queries.ts";
