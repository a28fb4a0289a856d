/**
 * Node runs WebAssembly, but @types/node 20 leaves its types to the DOM library, which the Node
 * packages don't load (tsconfig.base.json). The schema-engine loader needs only this much.
 */
declare namespace WebAssembly {
  type ModuleImports = Record<string, unknown>;
  type Exports = Record<string, unknown>;
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, ModuleImports>);
    readonly exports: Exports;
  }
}
