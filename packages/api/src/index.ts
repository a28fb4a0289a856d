export { type AppRouter, appRouter, createCaller } from "./root.ts";
export type { Context } from "./trpc.ts";
export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
