import { beforeAll, describe, expect, it } from "vitest";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { parseDockerfile } from "../../src/parse/parse.js";
import type * as m from "../../src/parse/model.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { TLS_BYPASSES, bypassInEnv, bypassesInCommand, bypassesInFileText, mayBypassInEnv } from "../../src/shell/tls-bypasses.js";

beforeAll(() => loadShellParser());

/** The bypasses found in the commands of `RUN <script>`, as `id:word`. */
function inRun(script: string): string[] {
  const { source, document } = parseDockerfile(`FROM scratch\nRUN ${script}\n`);
  const sourceCode = new DockerfileSourceCode(source, document);
  const run = document.stages[0].instructions.find((i): i is m.Run => i.type === "Run")!;
  return sourceCode.commandsOf(run).flatMap((c) => bypassesInCommand(c).map((b) => `${b.id}:${b.word.value}`));
}

describe("TLS_BYPASSES", () => {
  it("has unique ids and a message each", () => {
    const ids = TLS_BYPASSES.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of TLS_BYPASSES) expect(b.message.length).toBeGreaterThan(20);
  });
});

describe("bypassesInCommand", () => {
  it.each([
    ["curl -k https://x", "curlInsecure:-k"],
    ["curl -fsSLk https://x", "curlInsecure:-fsSLk"],
    ["curl --insecure https://x", "curlInsecure:--insecure"],
    ["wget --no-check-certificate https://x", "wgetNoCheckCertificate:--no-check-certificate"],
    ["pip install --trusted-host pypi.org x", "pipTrustedHost:--trusted-host"],
    ["python3 -m pip install --trusted-host=pypi.org x", "pipTrustedHost:--trusted-host=pypi.org"],
    ["pip config set global.trusted-host pypi.org", "pipTrustedHost:global.trusted-host"],
    ["apk add --allow-untrusted /tmp/x.apk", "apkAllowUntrusted:--allow-untrusted"],
    ["apt-get install -y --allow-unauthenticated x", "aptAllowUnauthenticated:--allow-unauthenticated"],
    ["apt-get update --allow-insecure-repositories", "aptAllowInsecureRepositories:--allow-insecure-repositories"],
    ["apt-get install -y --force-yes x", "aptForceYes:--force-yes"],
    ["yum install -y --nogpgcheck x", "noGpgCheck:--nogpgcheck"],
    ["dnf --nogpgcheck install -y x", "noGpgCheck:--nogpgcheck"],
    ["zypper --no-gpg-checks install -y x", "zypperNoGpgChecks:--no-gpg-checks"],
    ["rpm -i --nosignature x.rpm", "rpmNoSignature:--nosignature"],
    ["npm config set strict-ssl false", "npmStrictSslFalse:strict-ssl"],
    ["yarn config set strict-ssl false", "npmStrictSslFalse:strict-ssl"],
    ["npm config set strict-ssl=false", "npmStrictSslFalse:strict-ssl=false"],
    ["npm install --strict-ssl=false", "npmStrictSslFalse:--strict-ssl=false"],
    ["yarn config set enableStrictSsl false", "npmStrictSslFalse:enableStrictSsl"],
    ["git config --global http.sslVerify false", "gitSslVerifyFalse:http.sslVerify"],
    ["git config --global http.sslverify \"false\"", "gitSslVerifyFalse:http.sslverify"],
    ["git -c http.sslVerify=false clone https://x", "gitSslVerifyFalse:http.sslVerify=false"],
  ])("%s", (script, expected) => {
    expect(inRun(script)).toEqual([expected]);
  });

  it.each([
    "curl -fsSL https://x",
    "curl -o k https://x",
    "wget -q https://x",
    "pip install --index-url https://x y",
    "apt-get install -y x",
    "npm config set strict-ssl true",
    "git config --global http.sslVerify true",
    "git config --global user.name false",
    "echo --insecure",
    "dnf install -y x",
  ])("none in %s", (script) => {
    expect(inRun(script)).toEqual([]);
  });
});

describe("bypassInEnv", () => {
  it.each([
    ["PYTHONHTTPSVERIFY", "0", "pythonHttpsVerify"],
    ["PYTHONHTTPSVERIFY", "1", null],
    ["NODE_TLS_REJECT_UNAUTHORIZED", "0", "nodeTlsRejectUnauthorized"],
    ["NODE_TLS_REJECT_UNAUTHORIZED", "1", null],
    ["GIT_SSL_NO_VERIFY", "true", "gitSslNoVerify"],
    ["GIT_SSL_NO_VERIFY", "1", "gitSslNoVerify"],
    ["GIT_SSL_NO_VERIFY", "", null],
    ["PIP_TRUSTED_HOST", "pypi.org", "pipTrustedHost"],
    ["npm_config_strict_ssl", "false", "npmStrictSslFalse"],
    ["NPM_CONFIG_STRICT_SSL", "true", null],
    ["PATH", "0", null],
  ])("%s=%s", (name, value, expected) => {
    expect(bypassInEnv(name, value)).toBe(expected);
  });

  it("mayBypassInEnv names exactly the variables some value of which is a bypass", () => {
    const names = ["PYTHONHTTPSVERIFY", "NODE_TLS_REJECT_UNAUTHORIZED", "GIT_SSL_NO_VERIFY", "PIP_TRUSTED_HOST", "npm_config_strict_ssl"];
    expect(names.map(mayBypassInEnv)).toEqual([true, true, true, true, true]);
    expect(["PATH", "git_ssl_no_verify", "pythonhttpsverify", "NPM_CONFIG_STRICT"].map(mayBypassInEnv)).toEqual([false, false, false, false]);
    for (const name of names) expect(bypassInEnv(name, "0") ?? bypassInEnv(name, "false")).not.toBeNull();
  });
});

describe("bypassesInFileText", () => {
  it.each([
    ["[repo]\nsslverify=0\n", ["repoSslVerifyOff"]],
    ["sslverify = False", ["repoSslVerifyOff"]],
    ["dnf --setopt=sslverify=false install x", ["repoSslVerifyOff"]],
    ["gpgcheck=0\nrepo_gpgcheck=0", ["noGpgCheck"]],
    ["deb [trusted=yes] http://x stable main", ["aptTrustedYes"]],
    ["deb [arch=amd64 trusted=yes] http://x stable main", ["aptTrustedYes"]],
    ['-o APT::Get::AllowUnauthenticated=true', ["aptAllowUnauthenticated"]],
    ['Acquire::AllowInsecureRepositories "true";', ["aptAllowInsecureRepositories"]],
    ["sslverify=1\ngpgcheck=1", []],
    ["git -c http.sslVerify=false clone", []],
    ["trusted=yes", []],
    ["deb [ trusted=yes ] file://$tempDir ./", []],
    ["deb [trusted=yes]  copy:/x ./\ndeb [arch=amd64] http://x main # trusted=yes", []],
    ["deb [signed-by=/k] http://x main\ndeb [trusted=yes] http://y main", ["aptTrustedYes"]],
    ["deb [trusted=yes http://x main", []],
    ["deb [untrusted=yes] http://x main", []],
    ["-o APT::Get::AllowUnauthenticated \"yes\"", ["aptAllowUnauthenticated"]],
    ["-o APT::Get::AllowUnauthenticated=\ttrue", ["aptAllowUnauthenticated"]],
    ["-o APT::Get::AllowUnauthenticatedX=true", []],
  ])("%s", (text, ids) => {
    expect(bypassesInFileText(text).map((b) => b.id)).toEqual(ids);
  });

  it("gives the offset of the setting", () => {
    expect(bypassesInFileText("[r]\nsslverify=0")).toEqual([{ id: "repoSslVerifyOff", index: 4, length: 11 }]);
    expect(bypassesInFileText("deb [arch=amd64 trusted=yes] http://x main")).toEqual([{ id: "aptTrustedYes", index: 16, length: 11 }]);
  });
});
