// docklint's version, read from package.json at build time (esbuild inlines the JSON).
import pkg from "../package.json" with { type: "json" };

export const VERSION: string = pkg.version;

// a hash of the sources, set by scripts/build.mjs; absent when running from source
declare const __DOCKLINT_BUILD__: string | undefined;

/** The version and the build: what a cache must match, so a changed rule is never answered from it. */
export const BUILD_ID: string = typeof __DOCKLINT_BUILD__ === "string" ? `${VERSION}+${__DOCKLINT_BUILD__}` : VERSION;
