import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { startsDaemon, supervisorIn } from "../../src/shell/daemons.js";

beforeAll(() => loadShellParser());

describe("daemons", () => {
  it("supervisors and commands that leave a daemon running", () => {
    const commands = (text: string) => {
      const { source, document } = parseDockerfile(`FROM x\nCMD ${text}\n`);
      const code = new DockerfileSourceCode(source, document);
      return code.commandsOf(document.stages[0].instructions.find((i) => i.type === "Cmd")!);
    };
    const supervisor = (text: string) => commands(text).map(supervisorIn).find((w) => w)?.value ?? null;
    expect(supervisor("/usr/bin/supervisord -n")).toBe("/usr/bin/supervisord");
    expect(supervisor("npx concurrently a b")).toBe("concurrently");
    expect(supervisor("pnpm exec run-p api web")).toBe("run-p");
    expect(supervisor("npm-run-all --parallel a b")).toBe("npm-run-all");
    expect(supervisor("npm-run-all a b")).toBeNull();
    expect(supervisor("honcho start")).toBe("honcho");
    expect(supervisor("gunicorn app:app")).toBeNull();
    const daemon = (text: string, daemonOff = false) => commands(text).some((c) => startsDaemon(c, daemonOff));
    expect(daemon("service nginx start")).toBe(true);
    expect(daemon("service nginx status")).toBe(false);
    expect(daemon("/etc/init.d/mysql restart")).toBe(true);
    expect(daemon("cron")).toBe(true);
    expect(daemon("cron -f")).toBe(false);
    expect(daemon("/usr/sbin/sshd -D")).toBe(false);
    expect(daemon("nginx")).toBe(true);
    expect(daemon("nginx", true)).toBe(false);
    expect(daemon("nginx -g 'daemon off;'")).toBe(false);
    expect(daemon("redis-server --daemonize yes")).toBe(true);
    expect(daemon("php-fpm -F")).toBe(false);
  });
});
