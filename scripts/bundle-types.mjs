// The package's type declarations: one self-contained file per entry point. The types they use
// from other packages (@eslint/core's rule and config types, @eslint/plugin-kit, json-schema...)
// are copied in, because users install none of them: the bundle inlines their code and
// package.json lists them as devDependencies. A TypeScript project then type-checks docklint's
// API with nothing else installed, skipLibCheck or not.
import fs from "node:fs";
import path from "node:path";
import { generateDtsBundle } from "dts-bundle-generator";

/** A module specifier a declaration file names that is not one of its own files. */
const BARE_REFERENCE = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|<reference\s+types\s*=\s*|\bdeclare\s+module\s+)["']([^"'./][^"']*)["']/g;

/**
 * Writes `<name>.d.ts` into `outdir` for each entry (`{ name: sourceFile }`), compiled with the
 * compiler options of `tsconfig`. Throws when a declaration still names another package.
 */
export function bundleTypes({ root, entries, outdir, tsconfig }) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  // every package a user does not get is inlined (an @types package by the module it types), but
  // Node's own: it declares globals (the check below refuses a reference to it)
  const inlinedLibraries = Object.keys(pkg.devDependencies ?? {})
    .filter((name) => name !== "@types/node")
    .map((name) => name.replace(/^@types\//, ""));
  const names = Object.keys(entries);
  const texts = generateDtsBundle(
    names.map((name) => ({
      filePath: path.join(root, entries[name]),
      libraries: { inlinedLibraries },
      // only what the entry exports is exported; the types it uses are declared, not exported
      output: { noBanner: true, exportReferencedTypes: false },
    })),
    { preferredConfigPath: path.join(root, tsconfig) },
  );
  for (const [index, name] of names.entries()) {
    // dts-bundle-generator writes an export named by a string unquoted: `plugin as module.exports`
    const text = texts[index].replace(/\bas (module\.exports)\b/g, 'as "$1"');
    const references = [...text.matchAll(BARE_REFERENCE)].map((m) => m[1]);
    if (references.length) throw new Error(`${name}.d.ts refers to ${[...new Set(references)].join(", ")}, which users do not install`);
    fs.writeFileSync(path.join(outdir, `${name}.d.ts`), text);
  }
}
