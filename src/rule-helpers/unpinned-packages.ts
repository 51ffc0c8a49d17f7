// The whole of a `<manager>-pin-versions` rule, shared by that family: each package installed
// without a version, reported at its word.
import type { RuleContext, Visitor } from "../engine/rule.js";
import { findPackageInstall, type Manager } from "../shell/package-managers.js";
import { unpinnedPackages } from "../shell/package-pins.js";

/**
 * The whole of a `<manager>-pin-versions` rule: each package a RUN installs with `manager` without a
 * version is reported at its word (message `unpinned`; a module of `dnf module install` without a
 * stream, `unpinnedModule`). `pinFlags` pin every package of the command at once (gem's `-v`).
 */
export function unpinnedPackageVisitor(context: RuleContext, manager: Manager | readonly Manager[], pinFlags: string[] = []): Visitor {
  const wanted: readonly Manager[] = typeof manager === "string" ? [manager] : manager;
  return {
    ShellCommand(command) {
      if (command.instruction.type !== "Run") return;
      const install = findPackageInstall(command);
      if (!install || !wanted.includes(install.manager) || (pinFlags.length && install.command.hasFlag(...pinFlags))) return;
      for (const { word, name } of unpinnedPackages(install, (text) => context.sourceCode.resolve(text, command.instruction))) {
        context.report({ node: word, messageId: install.kind === "module" ? "unpinnedModule" : "unpinned", data: { name } });
      }
    },
  };
}
