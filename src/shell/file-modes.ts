// File modes and owners as chmod, chown, mkdir -m, install -m and COPY --chmod/--chown write
// them: whether a mode lets every user write (the "others" write bit), whether it sets the sticky
// bit, and to whom `chown` gives which paths.
import type { Word } from "../parse/model.js";
import type { ShellCommand } from "./command.js";

export interface ModeGrant {
  /** Others may write: `777`, `0666`, `o+w`, `a+rwx`, `ugo=rwx`. */
  othersWrite: boolean;
  /** The sticky bit (`1777`, `+t`): only a file's owner may remove it from the directory, as in /tmp. */
  sticky: boolean;
}

const NUMERIC = /^[0-7]{1,4}$/;
const CLAUSE = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/;

/**
 * What a mode grants, or null when it is not a mode this can read (a variable, `--reference`).
 * A symbolic clause without `u`, `g`, `o` or `a` (`+w`) is masked by the umask, which keeps others
 * from writing unless it was changed: it does not count.
 */
export function readMode(mode: string): ModeGrant | null {
  if (NUMERIC.test(mode)) {
    const digits = mode.padStart(4, "0");
    return { othersWrite: (Number(digits[3]) & 2) !== 0, sticky: (Number(digits[0]) & 1) !== 0 };
  }
  let othersWrite = false;
  let sticky = false;
  for (const clause of mode.split(",")) {
    const match = CLAUSE.exec(clause);
    if (!match) return null;
    const [, who, actions] = match;
    for (const action of actions.match(/[-+=][^-+=]*/g) ?? []) {
      if (action[0] === "-") continue;
      if (action.includes("t")) sticky = true;
      if (/[oa]/.test(who) && action.includes("w")) othersWrite = true;
    }
  }
  return { othersWrite, sticky };
}

/** The mode word of a command that sets one: `chmod MODE`, `mkdir -m MODE`, `install -m MODE`. */
export function modeWord(cmd: ShellCommand): Word | undefined {
  switch (cmd.command) {
    case "chmod":
      return cmd.hasFlag("--reference") ? undefined : cmd.positionals()[0];
    case "mkdir":
    case "install":
      return cmd.flagValue("-m", "--mode");
    default:
      return undefined;
  }
}

/** The paths a mode-setting command applies to. */
export function modeTargets(cmd: ShellCommand): Word[] {
  if (cmd.command === "chmod") return cmd.positionals().slice(1);
  if (cmd.command === "mkdir") return cmd.positionals(["-m", "--mode", "--context"]);
  if (cmd.command === "install") {
    const operands = cmd.positionals(["-m", "-o", "-g", "-S", "-t", "--mode", "--owner", "--group", "--suffix", "--target-directory"]);
    return cmd.hasFlag("-d", "--directory") ? operands : operands.slice(-1);
  }
  return [];
}

/** What `chown` gives: the owner word as written (`app`, `app:app`, `$UID:$GID`, `:staff`) and the paths. */
export interface OwnerChange {
  owner: Word;
  targets: Word[];
  /** `-R`: everything under the targets is given too. */
  recursive: boolean;
}

/** The owner change of a `chown`; null for another command, or with `--reference` (the owner is another file's). */
export function ownerChange(cmd: ShellCommand): OwnerChange | null {
  if (cmd.command !== "chown" || cmd.hasFlag("--reference")) return null;
  const [owner, ...targets] = cmd.positionals(["--from"]);
  if (!owner || !targets.length) return null;
  return { owner, targets, recursive: cmd.hasFlag("-R", "--recursive") };
}

/**
 * The user of an owner as chown and `COPY --chown` write it: `app:app` and the older `app.app`
 * give `app`; null when only a group is given (`:staff`) or nothing is.
 */
export function ownerUser(owner: string): string | null {
  const colon = owner.indexOf(":");
  const dot = owner.indexOf(".");
  const user = colon >= 0 ? owner.slice(0, colon) : dot >= 0 ? owner.slice(0, dot) : owner;
  return user === "" ? null : user;
}
