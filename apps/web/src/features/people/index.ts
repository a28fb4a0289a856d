// The people feature's public face: the admin's people page (users and invites), and the person
// picker other features filter by (the audit log).

export { PeoplePage } from "./components/people-page.tsx";
export { PersonPicker, type PickedPerson } from "./components/person-picker.tsx";
export { NO_USER_FILTERS, usersInput, usersPageParam } from "./lib/users-query.ts";
