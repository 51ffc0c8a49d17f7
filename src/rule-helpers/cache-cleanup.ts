// The whole of a `*-clean` rule, shared by that family: a RUN whose layer reaches the image and in
// which a package manager fills its cache that no later command of the RUN empties (nor a cache
// mount holds), reported at the command with a fix that appends the cleanup.
import type { RuleContext, Visitor } from "../engine/rule.js";
import { appendCleanup, cacheMountTarget, commandLeavingCache, type CacheFill, type PackageCache } from "../shell/cache-mounts.js";

export interface CacheCleanupCheck {
  /** The caches looked for; when a RUN leaves several, the one filled first is reported (dnf and microdnf). */
  caches: readonly PackageCache[];
  /** Which fills count (`npm install -g`, not `npm ci`). */
  matches?: (fill: CacheFill) => boolean;
  /** The message's data besides `target` (the cache mount target). */
  data: (found: CacheFill, cache: PackageCache) => Record<string, string>;
}

export function cacheCleanupVisitor(context: RuleContext, check: CacheCleanupCheck): Visitor {
  const { sourceCode } = context;
  return {
    Run(run) {
      if (!sourceCode.facts.layersInImage(run)) return;
      let found: CacheFill | null = null;
      let cache: PackageCache | null = null;
      for (const c of check.caches) {
        const fill = commandLeavingCache(run, c, sourceCode, check.matches);
        if (fill && (!found || fill.command.range[0] < found.command.range[0])) [found, cache] = [fill, c];
      }
      if (!found || !cache) return;
      const edit = appendCleanup(run, cache, found.command);
      context.report({
        node: found.subcommand ?? found.command.name,
        messageId: "missing",
        data: { ...check.data(found, cache), target: cacheMountTarget(cache) },
        fix: edit ? (fixer) => fixer.replaceTextRange(edit.range, edit.text) : null,
      });
    },
  };
}
