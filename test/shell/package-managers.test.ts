import { beforeAll, describe, expect, it } from "vitest";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { parseDockerfile } from "../../src/parse/parse.js";
import type * as m from "../../src/parse/model.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { findPackageInstall, managerCommand, packageWord } from "../../src/shell/package-managers.js";
import { unpinnedPackages } from "../../src/shell/package-pins.js";

beforeAll(() => loadShellParser());

/** The commands of `RUN <script>`. */
function commands(script: string) {
  const { source, document } = parseDockerfile(`FROM scratch\nRUN ${script}\n`);
  const sourceCode = new DockerfileSourceCode(source, document);
  return sourceCode.commandsOf(document.instructions[1]);
}

/** The install in `RUN <script>`, summarized: manager, program, subcommand, package words, global. */
function install(script: string) {
  const found = commands(script).map(findPackageInstall).filter((i) => i !== null);
  if (found.length !== 1) return found.length;
  const [i] = found;
  return {
    manager: i.manager,
    program: i.program,
    subcommand: i.subcommand?.value ?? null,
    packages: i.packages.map((p) => p.word.value),
    ...(i.global ? { global: true } : {}),
    ...(i.kind ? { kind: i.kind } : {}),
  };
}

const word = (value: string, text = value): m.Word => ({
  type: "Word",
  text,
  value,
  range: [10, 10 + text.length],
  loc: { start: { line: 1, column: 11 }, end: { line: 1, column: 11 + text.length } },
});

describe("findPackageInstall", () => {
  it.each([
    ["apt-get install -y --no-install-recommends curl git", { manager: "apt", program: "apt-get", subcommand: "install", packages: ["curl", "git"] }],
    ["apt-get -o Dpkg::Options::=--force-confnew -t bookworm-backports install -y curl", { manager: "apt", program: "apt-get", subcommand: "install", packages: ["curl"] }],
    ["apt install -y vim", { manager: "apt", program: "apt", subcommand: "install", packages: ["vim"] }],
    ["aptitude install -y vim", { manager: "apt", program: "aptitude", subcommand: "install", packages: ["vim"] }],
    ["apk add --no-cache -t .build-deps -X http://dl-cdn.alpinelinux.org/alpine/edge/testing gcc", { manager: "apk", program: "apk", subcommand: "add", packages: ["gcc"] }],
    ["apk --virtual .deps add make", { manager: "apk", program: "apk", subcommand: "add", packages: ["make"] }],
    ["yum --enablerepo epel install -y jq", { manager: "yum", program: "yum", subcommand: "install", packages: ["jq"] }],
    ["dnf -y --setopt=tsflags=nodocs install git", { manager: "dnf", program: "dnf", subcommand: "install", packages: ["git"] }],
    ["microdnf install -y --nodocs shadow-utils", { manager: "dnf", program: "microdnf", subcommand: "install", packages: ["shadow-utils"] }],
    ["zypper -n --root /mnt in -t pattern devel_basis", { manager: "zypper", program: "zypper", subcommand: "in", packages: ["devel_basis"] }],
    ["pip install -r requirements.txt -c constraints.txt -e . --index-url https://x/simple -t /opt numpy", { manager: "pip", program: "pip", subcommand: "install", packages: ["numpy"] }],
    ["pip3.11 --no-cache-dir install pandas", { manager: "pip", program: "pip3.11", subcommand: "install", packages: ["pandas"] }],
    ["/opt/venv/bin/pip install --extra-index-url https://x -f /wheels --prefix /install flask", { manager: "pip", program: "pip", subcommand: "install", packages: ["flask"] }],
    ["python -m pip install -U pip", { manager: "pip", program: "python -m pip", subcommand: "install", packages: ["pip"] }],
    ["python3 -u -m pip install --user six", { manager: "pip", program: "python3 -m pip", subcommand: "install", packages: ["six"] }],
    ["npm install -g --registry https://r typescript", { manager: "npm", program: "npm", subcommand: "install", packages: ["typescript"], global: true }],
    ["npm i --location=global pnpm", { manager: "npm", program: "npm", subcommand: "i", packages: ["pnpm"], global: true }],
    ["npm ci", 0],
    ["micromamba install -y -n base -c conda-forge -f env.yml numpy 'scipy>=1'", { manager: "conda", program: "micromamba", subcommand: "install", packages: ["numpy", "scipy>=1"] }],
    ["conda create --prefix /env --clone base", { manager: "conda", program: "conda", subcommand: "create", packages: [] }],
    ["conda env create -f environment.yml", 0],
    ["uv pip install --system -r req.txt --python 3.12 flask", { manager: "uv", program: "uv", subcommand: "install", packages: ["flask"] }],
    ["uv tool install --with httpx ruff", { manager: "uv", program: "uv", subcommand: "install", packages: ["ruff"] }],
    ["uv add --dev pytest", { manager: "uv", program: "uv", subcommand: "add", packages: ["pytest"] }],
    ["uv pip list", 0],
    ["yarn", { manager: "yarn", program: "yarn", subcommand: null, packages: [] }],
    ["yarn --frozen-lockfile --cwd /app", { manager: "yarn", program: "yarn", subcommand: null, packages: [] }],
    ["yarn add --dev jest", { manager: "yarn", program: "yarn", subcommand: "add", packages: ["jest"] }],
    ["yarn global add serve", { manager: "yarn", program: "yarn", subcommand: "add", packages: ["serve"], global: true }],
    ["yarn build", 0],
    ["yarn --version", 0],
    // pipx is its own manager: pip's requirement syntax, none of pip's cache or flags
    ["pipx install --python python3.12 black", { manager: "pipx", program: "pipx", subcommand: "install", packages: ["black"] }],
    ["dnf -y module install nodejs:18/common", { manager: "dnf", program: "dnf", subcommand: "install", packages: ["nodejs:18/common"], kind: "module" }],
    ["yum group install -y 'Development Tools'", { manager: "yum", program: "yum", subcommand: "install", packages: ["Development Tools"], kind: "group" }],
    ["dnf module enable nodejs:18", 0],
    ["gem install -N -v 7.1 rails", { manager: "gem", program: "gem", subcommand: "install", packages: ["rails"] }],
    ["go install -ldflags '-s -w' golang.org/x/tools/cmd/goimports@v0.24.0", { manager: "go", program: "go", subcommand: "install", packages: ["golang.org/x/tools/cmd/goimports@v0.24.0"] }],
    ["pecl install -o -f --configureoptions 'enable-redis-zstd=\"yes\"' redis", { manager: "pecl", program: "pecl", subcommand: "install", packages: ["redis"] }],
    ["cargo +nightly install --root /usr/local --features x sccache", { manager: "cargo", program: "cargo", subcommand: "install", packages: ["sccache"] }],
    ["sudo -u root env DEBIAN_FRONTEND=noninteractive apt-get install -y curl", { manager: "apt", program: "apt-get", subcommand: "install", packages: ["curl"] }],
    ["sh -c 'apk add curl'", { manager: "apk", program: "apk", subcommand: "add", packages: ["curl"] }],
    ["apt-get update", 0],
    ["apt-get install -s postgresql-16-jit", 0],
    ["pip install --dry-run requests", 0],
    ["python setup.py install", 0],
    ["echo pip install x", 0],
  ])("%s", (script, expected) => {
    expect(install(script)).toEqual(expected);
  });

  it("keeps the words' exact positions", () => {
    const i = findPackageInstall(commands("apt-get install -y \\\n    curl")[0])!;
    expect(i.subcommand!.loc.start).toEqual({ line: 2, column: 13 });
    expect(i.packages[0].word.loc.start).toEqual({ line: 3, column: 5 });
  });
});

describe("managerCommand", () => {
  it("reads the positionals without flag values", () => {
    const run = managerCommand(commands("zypper --non-interactive -C /tmp/c clean --all")[0])!;
    expect(run.manager).toBe("zypper");
    expect(run.words.map((w) => w.value)).toEqual(["clean"]);
  });
  it("reads flags of python -m pip without python's own", () => {
    const run = managerCommand(commands("python3 -m pip --no-cache-dir install six")[0])!;
    expect(run.command.hasFlag("--no-cache-dir")).toBe(true);
    expect(run.command.hasFlag("-m")).toBe(false);
  });
  it("is null for other programs", () => {
    expect(managerCommand(commands("curl -fsSL https://x")[0])).toBeNull();
    expect(managerCommand(commands("python3 -c 'import pip'")[0])).toBeNull();
  });
});

describe("packageWord", () => {
  it.each([
    ["apt", "curl=7.88.1-10+deb12u5", "curl", "=7.88.1-10+deb12u5"],
    ["apt", "python3.11-dev", "python3.11-dev", ""],
    ["apt", "nginx/bookworm-backports", "nginx", "/bookworm-backports"],
    ["apt", "libc6:i386", "libc6", ":i386"],
    ["apk", "flex=2.6.4-r1", "flex", "=2.6.4-r1"],
    ["apk", "curl~8.5", "curl", "~8.5"],
    ["yum", "mariadb-10.4", "mariadb-10.4", ""],
    ["zypper", "mariadb>=10.4", "mariadb", ">=10.4"],
    ["pip", "requests==2.32.3", "requests", "==2.32.3"],
    ["pip", "fastapi[all]>=0.110", "fastapi", "[all]>=0.110"],
    ["pip", "zope.interface", "zope.interface", ""],
    ["pip", "pkg @ https://x/pkg.whl", "pkg", " @ https://x/pkg.whl"],
    ["npm", "@types/node@20", "@types/node", "@20"],
    ["npm", "typescript@^5.4", "typescript", "@^5.4"],
    ["yarn", "left-pad", "left-pad", ""],
    ["gem", "rails:7.1.3", "rails", ":7.1.3"],
    ["go", "github.com/x/y/cmd/z@latest", "github.com/x/y/cmd/z", "@latest"],
    ["pecl", "redis-6.0.2", "redis", "-6.0.2"],
    ["cargo", "ripgrep@14.1.1", "ripgrep", "@14.1.1"],
  ] as const)("%s %s", (manager, value, name, spec) => {
    expect(packageWord(manager, word(value))).toMatchObject({ name, spec, nameRange: [10, 10 + name.length] });
  });

  it.each([
    ["pip", "."],
    ["pip", "./lib"],
    ["pip", "git+https://github.com/x/y.git"],
    ["pip", "https://x/y.tar.gz"],
    ["pip", "dist/pkg-1.0-py3-none-any.whl"],
    ["pip", "pkg-1.0-py3-none-any.whl"],
    ["pip", "$PACKAGES"],
    ["apt", "./local.deb"],
    ["npm", "user/repo"],
    ["npm", "./packages/a"],
    ["go", "./cmd/server"],
    ["yum", "https://x/y.rpm"],
    ["yum", "@development"],
    ["npm", "package-v1.2.3.tar"],
  ] as const)("%s %s is not a registry name", (manager, value) => {
    expect(packageWord(manager, word(value)).name).toBeNull();
  });

  it("finds the name inside quotes", () => {
    expect(packageWord("pip", word("numpy>=1", '"numpy>=1"')).nameRange).toEqual([11, 16]);
    expect(packageWord("pip", word("numpy>=1", "'numpy>=1'")).nameRange).toEqual([11, 16]);
  });
});

describe("variables before the subcommand", () => {
  it("skips a lone variable before the subcommand, keeps those after it", () => {
    expect(install("dnf ${quiet} install -y $EXTRA git")).toEqual({ manager: "dnf", program: "dnf", subcommand: "install", packages: ["$EXTRA", "git"] });
  });
});

describe("unpinnedPackages", () => {
  /** The names `RUN <script>` installs without a version, with variables resolved in `preamble`. */
  function unpinned(script: string, preamble = "") {
    const { source, document } = parseDockerfile(`FROM scratch\n${preamble}RUN ${script}\n`);
    const sourceCode = new DockerfileSourceCode(source, document);
    const run = document.instructions[document.instructions.length - 1];
    return sourceCode
      .commandsOf(run)
      .map(findPackageInstall)
      .flatMap((i) => (i ? unpinnedPackages(i, (text) => sourceCode.resolve(text, run)) : []))
      .map((p) => p.name);
  }

  it.each([
    ["apt-get install -y curl=7.88* git nginx/bookworm", ["git", "nginx"]],
    ["apk add a=1 b~2 'c>=3' d@edge e", ["d", "e"]],
    ["yum install -y which-2.21-30.el9 dnf-plugins-core java-17-openjdk gcc-c++ openssl-1:3.0.7-27.el9", ["dnf-plugins-core", "java-17-openjdk", "gcc-c++"]],
    ["yum groupinstall -y Development", []],
    ["conda install -y a=1 b==2 'c>=3' 'd 4' \"e[version='>=5']\" conda-forge::f=6 g 'h[build=py312_0]' conda-forge::i", ["g", "h", "conda-forge::i"]],
    ["uv pip install --system a==1 'b[x]>=2' c", ["c"]],
    ["uv pip install --system --exclude-newer 2024-06-01 a", []],
    ["zypper in -y a=1 'b>=2' c-1.0-1 d", ["d"]],
    ["zypper in -t pattern devel_basis", []],
    ["pip install a==1 'b>=2' 'c[x]' d git+https://h/x.git@v1 git+ssh://git@h/y.git", ["c", "d", "git+ssh://git@h/y.git"]],
    ["pip install a -c constraints.txt", []],
    ["npm i a@1 b@^2 c@latest d git://h/x.git#v1 git+ssh://git@h:x.git", ["c", "d", "git+ssh://git@h:x.git"]],
    ["gem install a:1 b -- --with-x true", ["b"]],
    ["go install example.com/a@v1 example.com/b@latest example.com/c ./cmd/d", ["example.com/b", "example.com/c"]],
    ["pecl install a-1.0.2 b-stable c-1.2.0RC1 d /tmp/e.tgz", ["b", "d"]],
    ["cargo install a@1.2 b --locked", ["b"]],
  ] as const)("%s", (script, expected) => {
    expect(unpinned(script)).toEqual(expected);
  });

  it("counts a version held in a variable as a pin, whatever its value", () => {
    expect(unpinned("apt-get install curl=$V npm", "ARG V\n")).toEqual(["npm"]);
    expect(unpinned("npm i -g pnpm@$TAG", "ARG TAG=latest\n")).toEqual([]);
    expect(unpinned("yum install -y which-${V}", "ARG V=2.21\n")).toEqual([]);
  });

  it("judges names held in known variables and skips unknown ones", () => {
    expect(unpinned("apt-get install -y $PKGS", "ARG PKGS=\"a=1 b\"\n")).toEqual(["b"]);
    expect(unpinned("apt-get install -y $PKGS", "ARG PKGS\n")).toEqual([]);
    expect(unpinned("yum install -y python${PY}", "ARG PY\n")).toEqual([]);
  });
});
