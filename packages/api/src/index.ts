export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export type { Context } from "./trpc.ts";
