// The users a stage's lineage creates or changes with a uid: what lets a rule tell that `USER app`
// and `chown 1000` name the same user, and that a user's uid is a build input (`-u $UID`), the
// usual way to match the uid of the host user who builds the image.
import type * as m from "../parse/model.js";
import type { ShellDocument } from "../shell/document.js";
import { userAccount } from "../shell/user-accounts.js";
import type { StageGraph } from "./stage-graph.js";

export interface Account {
  /** The user's name, variables substituted. */
  name: string;
  /** The uid given, variables substituted; null when it is written with a variable the build does not know. */
  uid: string | null;
  /** True when the uid is written with a variable: a build input, chosen by whoever builds. */
  uidFromBuild: boolean;
  instruction: m.Run;
}

/** The users created or changed with `-u`/`--uid` in the stage's lineage, in build order (a later one wins). */
export function accountsOf(stage: m.Stage, graph: StageGraph, doc: ShellDocument): Account[] {
  const out: Account[] = [];
  for (const s of [...graph.lineage(stage)].reverse()) {
    for (const i of s.instructions) {
      if (i.type !== "Run") continue;
      for (const command of doc.commandsOf(i)) {
        const account = userAccount(command);
        if (!account?.uid) continue;
        const name = doc.resolve(account.name.value, i);
        if (name.unresolved.length) continue;
        const uid = doc.resolve(account.uid.value, i);
        out.push({ name: name.value, uid: uid.unresolved.length ? null : uid.value, uidFromBuild: account.uid.value.includes("$"), instruction: i });
      }
    }
  }
  return out;
}
