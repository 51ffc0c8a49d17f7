// Flags copying the whole build context with no .dockerignore, and copying a path the
// .dockerignore leaves out of the context.
import path from "node:path";
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import {
  cleanPath,
  findIgnoreFile,
  ignoreFileCandidates,
  isExcluded,
  mayReincludeBelow,
  readIgnoreFile,
  wholeContextExclusion,
  type IgnoreFile,
} from "../src/context/dockerignore.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "`COPY .`/`ADD .` copies the whole build context while no `.dockerignore` trims it; or a COPY names a path the `.dockerignore` excludes.",
      rationale:
        "Without a `.dockerignore`, the build context is the whole directory: `.git`, `.env` files and " +
        "keys, `node_modules`, virtualenvs, datasets and build output. `COPY . /app` puts all of it in a " +
        "layer of the image, where anyone who can pull the image can read it, and every edit anywhere " +
        "invalidates the layer cache. BuildKit reads `.dockerignore` at the context root, or " +
        "`<Dockerfile name>.dockerignore` beside the Dockerfile. The other way round, a path that the " +
        "`.dockerignore` excludes is not in the context at all, so a COPY that names it fails; and a " +
        "`.dockerignore` of `*` (with no `!` exception after it) leaves nothing for `COPY . .` to copy.",
      examples: {
        valid: ["FROM python:3.12-slim\nCOPY requirements.txt /app/\n"],
        invalid: ["FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\n"],
      },
      differences:
        "BuildKit's CopyIgnoredFile only reports the second case; the first is docklint's own. The build " +
        "context is the build's context when one is given (`--context`, the `context` setting, or, for a Dockerfile " +
        "read through a Compose service's `build:`, the service's `context:`), otherwise the Dockerfile's directory; " +
        "`<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`, as in BuildKit.",
      recommended: true,
    },
    aliases: ["CopyIgnoredFile"],
    defaultLevel: "warning",
    messages: {
      wholeContext:
        "`{{keyword}} {{source}}` sends the whole build context into the image and there is no .dockerignore: add one that leaves out .git, secrets and dependencies.",
      ignored: "`{{source}}` is excluded by {{file}} (line {{line}}), so it is not in the build context and this {{keyword}} fails.",
      emptyContext: "`{{keyword}} {{source}}` copies nothing: {{file}} (line {{line}}) excludes the whole build context.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    // the build's own context first: a Dockerfile read under a Compose service's build inputs
    // (ComposeSourceCode.buildOf) is built from the service's `context:`, not from its own directory
    const setting = context.settings.context;
    const given = sourceCode.buildInputs.contextDir || (typeof setting === "string" && setting ? setting : undefined);
    const contextDir = path.resolve(context.cwd, given ?? path.dirname(context.filename));
    // looked up on the first COPY/ADD only: most of a lint's file-system calls otherwise
    let ignoreFile: string | null | undefined;
    const findIgnore = () => {
      if (ignoreFile !== undefined) return ignoreFile;
      const dockerfile = path.resolve(context.cwd, context.filename);
      for (const candidate of ignoreFileCandidates(contextDir, dockerfile)) context.dependsOn?.(candidate);
      return (ignoreFile = findIgnoreFile(contextDir, dockerfile, context.cwd, context.unsaved));
    };
    let ignore: IgnoreFile | null | undefined;
    const loadIgnore = () => {
      if (ignore === undefined) {
        // one that cannot be read is a DocklintError: the file is reported as not linted
        const file = findIgnore();
        ignore = file ? readIgnoreFile(file, context.cwd, context.unsaved) : null;
      }
      return ignore;
    };

    const check = (node: m.Copy) => {
      if (node.from || node.isTrigger) return;
      for (const source of node.sources) {
        const resolved = sourceCode.resolve(source.value, node);
        if (resolved.unresolved.length || isRemote(resolved.value)) continue;
        const contextPath = cleanPath(resolved.value.replace(/^\/+/, ""));
        const data = { keyword: node.keyword, source: source.value };
        if (contextPath === ".") {
          if (!findIgnore()) context.report({ loc: source.loc, messageId: "wholeContext", data });
          const rules = loadIgnore();
          const everything = rules && wholeContextExclusion(rules.patterns);
          if (rules && everything) {
            const file = path.relative(contextDir, rules.file) || rules.file;
            context.report({ loc: source.loc, messageId: "emptyContext", data: { ...data, file, line: everything.line } });
          }
          continue;
        }
        const rules = loadIgnore();
        if (!rules || /[*?[]/.test(contextPath) || contextPath.startsWith("..")) continue;
        if (!isExcluded(rules.patterns, contextPath) || mayReincludeBelow(rules.patterns, contextPath)) continue;
        const line = [...rules.patterns].reverse().find((p) => !p.exception && isExcluded([p], contextPath))?.line;
        const file = path.relative(contextDir, rules.file) || rules.file;
        context.report({ loc: source.loc, messageId: "ignored", data: { ...data, file, line } });
      }
    };
    return { Copy: check, Add: check };
  },
};

/** ADD of a URL or a git repository reads nothing from the context. */
function isRemote(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^git@/.test(source);
}

export default rule;
