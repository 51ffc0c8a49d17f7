// Process managers and commands that start a background service and return: one-concern reads
// these to tell a container that runs several services.
import type * as m from "../parse/model.js";
import { ShellCommand } from "./command.js";
import { programName } from "./flags.js";
import { LAUNCHERS } from "./launchers.js";

/** Programs whose job is to run several services. */
const SUPERVISORS: Record<string, (c: ShellCommand) => boolean> = {
  supervisord: () => true,
  "s6-svscan": () => true,
  runsvdir: () => true,
  runit: () => true,
  my_init: () => true,
  circusd: () => true,
  honcho: (c) => c.subcommand()?.value === "start",
  foreman: (c) => c.subcommand()?.value === "start",
  concurrently: () => true,
  "run-p": () => true,
  "npm-run-all": (c) => c.hasFlag("--parallel", "-p"),
};

/** Commands that start a service and return, leaving it running in the background. */
const DAEMON_STARTS: Record<string, (c: ShellCommand, daemonOffConfigured: boolean) => boolean> = {
  service: (c) => ["start", "restart"].includes(c.args[1]?.value ?? ""),
  "rc-service": (c) => ["start", "restart"].includes(c.args[1]?.value ?? ""),
  "invoke-rc.d": (c) => ["start", "restart"].includes(c.args[1]?.value ?? ""),
  cron: (c) => !c.hasFlag("-f"),
  crond: (c) => !c.hasFlag("-f", "-n"),
  sshd: (c) => !c.hasFlag("-D"),
  rsyslogd: (c) => !c.hasFlag("-n"),
  nginx: (c, daemonOff) => !daemonOff && !c.args.some((a) => /daemon\s+off/.test(a.value)) && !c.hasFlag("-s", "-t", "-T", "-v", "-V"),
  apachectl: (c) => c.args.some((a) => a.value === "start"),
  apache2ctl: (c) => c.args.some((a) => a.value === "start"),
  "php-fpm": (c) => c.hasFlag("-D", "--daemonize"),
  memcached: (c) => c.hasFlag("-d", "--daemon"),
  "redis-server": (c) => c.args.some((a, i) => a.value === "--daemonize" && c.args[i + 1]?.value === "yes"),
};

/** `/etc/init.d/nginx start` */
const INIT_SCRIPT = /^\/etc\/init\.d\/[^/]+$/;

/** The word naming a process supervisor this command starts (`supervisord`, `npx concurrently`), or null. */
export function supervisorIn(command: ShellCommand): m.Word | null {
  if (SUPERVISORS[command.command]) return SUPERVISORS[command.command](command) ? command.name : null;
  // `npx concurrently ...`, `pnpm exec run-p ...`
  if (!(command.command in LAUNCHERS) && command.command !== "yarn") return null;
  const sub = LAUNCHERS[command.command];
  let i = command.args.findIndex((a) => !a.value.startsWith("-"));
  if (i >= 0 && sub && command.args[i].value === sub) i++;
  const target = command.args[i];
  if (!target || !SUPERVISORS[programName(target.value)]) return null;
  const inner = new ShellCommand(target, command.args.slice(i + 1), [], [...command.wrappers, command.command], command.range, command.loc, command.instruction);
  return SUPERVISORS[inner.command](inner) ? target : null;
}

/** True when the command starts a service that keeps running after it returns. */
export function startsDaemon(command: ShellCommand, daemonOffConfigured = false): boolean {
  if (INIT_SCRIPT.test(command.name.value)) return ["start", "restart"].includes(command.args[0]?.value ?? "");
  const check = DAEMON_STARTS[command.command];
  return check ? check(command, daemonOffConfigured) : false;
}
