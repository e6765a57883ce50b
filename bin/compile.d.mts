/** Compiles a TypeScript entry point in src/ into one cached JavaScript file; see compile.mjs. */
export function compileEntry(entry: URL, name: string): Promise<URL>;
