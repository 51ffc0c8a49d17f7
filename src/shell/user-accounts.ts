// Users a RUN creates or changes (`useradd`, Debian's and BusyBox's `adduser`, `usermod`) and the
// uid it gives them, so that `USER app` and `chown 1000` can be told to name the same user.
import type { Word } from "../parse/model.js";
import type { ShellCommand } from "./command.js";

/** The flags of each command that take a value (so it is not taken for the user's name). */
const VALUE_FLAGS: Record<string, readonly string[]> = {
  useradd: ["-b", "--base-dir", "-c", "--comment", "-d", "--home-dir", "-e", "--expiredate", "-f", "--inactive", "-g", "--gid", "-G", "--groups", "-k", "--skel", "-K", "--key", "-p", "--password", "-R", "--root", "-P", "--prefix", "-s", "--shell", "-u", "--uid", "-Z", "--selinux-user"],
  adduser: ["-h", "-g", "-s", "-G", "-u", "-k", "--home", "--shell", "--uid", "--gid", "--ingroup", "--gecos", "--comment", "--conf", "--firstuid", "--lastuid", "--firstgid", "--lastgid"],
  usermod: ["-c", "--comment", "-d", "--home", "-e", "--expiredate", "-f", "--inactive", "-g", "--gid", "-G", "--groups", "-l", "--login", "-p", "--password", "-R", "--root", "-P", "--prefix", "-s", "--shell", "-u", "--uid", "-Z", "--selinux-user"],
};

export interface UserAccount {
  /** The user's name as written. */
  name: Word;
  /** The `-u`/`--uid` value as written; undefined when none is given (the system picks one). */
  uid: Word | undefined;
}

/** The user a `useradd`, `adduser` or `usermod` creates or changes; null for another command. */
export function userAccount(cmd: ShellCommand): UserAccount | null {
  if (!Object.hasOwn(VALUE_FLAGS, cmd.command)) return null;
  const name = cmd.positionals(VALUE_FLAGS[cmd.command])[0];
  return name ? { name, uid: cmd.flagValue("-u", "--uid") } : null;
}
