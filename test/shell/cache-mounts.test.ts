import { beforeAll, describe, expect, it } from "vitest";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { parseDockerfile } from "../../src/parse/parse.js";
import type * as m from "../../src/parse/model.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import {
  appendCleanup,
  cacheLeftInLayer,
  cacheMountTarget,
  cleansCache,
  cacheFill,
  commandLeavingCache,
  mountCoversCache,
  type PackageCache,
} from "../../src/shell/cache-mounts.js";

beforeAll(() => loadShellParser());

function load(text: string) {
  const { source, document } = parseDockerfile(text);
  const sourceCode = new DockerfileSourceCode(source, document);
  const runs = document.stages.flatMap((s) => s.instructions).filter((i): i is m.Run => i.type === "Run");
  return { sourceCode, runs, document, last: runs[runs.length - 1] };
}

/** Whether `RUN <flags> true` (after `lines`) has a mount over the cache. */
function covered(cache: PackageCache, flags: string, lines = "") {
  const { sourceCode, last } = load(`FROM scratch\n${lines}RUN ${flags} true\n`);
  return mountCoversCache(last, cache, sourceCode);
}

describe("mountCoversCache", () => {
  it.each([
    ["apt-lists", "--mount=type=cache,target=/var/lib/apt/lists"],
    ["apt-lists", "--mount=type=cache,target=/var/lib/apt/lists/"],
    ["apt-lists", "--mount=type=cache,target=/var/lib/apt,sharing=locked"],
    ["apt-lists", "--mount=type=tmpfs,target=/var/lib/apt/lists"],
    ["apt-lists", "--mount=type=cache,dst=/var/lib/apt/lists"],
    ["apk", "--mount=type=cache,target=/var/cache/apk"],
    ["conda", "--mount=type=cache,target=/opt/conda/pkgs"],
    ["conda", "--mount=type=cache,target=/root/miniforge3/pkgs"],
    ["conda", "--mount=type=cache,target=/root/.conda/pkgs"],
    ["uv", "--mount=type=cache,target=/root/.cache/uv"],
    ["uv", "--mount=type=cache,target=/root/.cache"],
    ["apk", "--mount=type=cache,target=/etc/apk/cache"],
    ["yum", "--mount=type=cache,target=/var/cache/yum"],
    ["dnf", "--mount=type=cache,target=/var/cache/dnf"],
    ["dnf", "--mount=type=cache,target=/var/cache/libdnf5"],
    ["zypper", "--mount=type=cache,target=/var/cache/zypp"],
    ["pip", "--mount=type=cache,target=/root/.cache/pip"],
    ["pip", "--mount=type=cache,target=/root/.cache"],
    ["pip", "--mount=type=cache,target=/home/app/.cache/pip,uid=1000"],
    ["npm", "--mount=type=cache,target=/root/.npm"],
    ["yarn", "--mount=type=cache,target=/usr/local/share/.cache/yarn"],
    ["yarn", "--mount=type=cache,target=/usr/local/share/.cache/yarn/v6"],
    ["yarn", "--mount=type=cache,target=/root/.cache/yarn"],
    ["yarn", "--mount=type=cache,target=/home/node/.yarn/berry/cache"],
  ] as const)("%s is covered by %s", (cache, flags) => {
    expect(covered(cache, flags)).toBe(true);
  });

  it.each([
    ["apt-lists", "--mount=type=cache,target=/var/cache/apt"],
    ["apt-lists", "--mount=type=bind,target=/var/lib/apt/lists"],
    ["apt-lists", "--mount=type=cache,target=/var/lib/apt/lists/partial"],
    ["apk", "--mount=type=cache,target=/var/cache/foo"],
    ["pip", "--mount=type=cache,target=/root/.npm"],
    ["pip", "--mount=type=secret,id=pip,target=/root/.cache/pip"],
    ["yarn", "--mount=type=cache,target=/root/.npm"],
    ["uv", "--mount=type=cache,target=/root/.cache/pip"],
    ["conda", "--mount=type=cache,target=/opt/conda/envs"],
    ["npm", "--mount=type=cache,target=/usr/local/share/.cache/yarn"],
    ["yum", ""],
    // was compiled into a RegExp with the `[` left open: the rules asking threw
    ["apt-lists", "--mount=type=cache,target=/x["],
    ["apt-lists", "--mount=type=cache,target=/var/lib/apt/[z-a]"],
  ] as const)("%s is not covered by %s", (cache, flags) => {
    expect(covered(cache, flags)).toBe(false);
  });

  it("resolves variables in the target", () => {
    expect(covered("pip", "--mount=type=cache,target=${PIP_CACHE}", "ARG PIP_CACHE=/root/.cache/pip\n")).toBe(true);
    expect(covered("pip", "--mount=type=cache,target=$HOME/.cache/pip")).toBe(true);
    expect(covered("pip", "--mount=type=cache,target=${UNKNOWN}")).toBe(false);
  });

  it("follows the environment variable that moves the cache", () => {
    expect(covered("pip", "--mount=type=cache,target=/cache/pip", "ENV PIP_CACHE_DIR=/cache/pip\n")).toBe(true);
    expect(covered("npm", "--mount=type=cache,target=/cache/npm", "ENV npm_config_cache=/cache/npm\n")).toBe(true);
    expect(covered("yarn", "--mount=type=cache,target=/cache", "ENV YARN_CACHE_FOLDER=/cache/yarn\n")).toBe(true);
    expect(covered("pip", "--mount=type=cache,target=/cache/pip")).toBe(false);
  });
});

describe("cleansCache", () => {
  const cleans = (cache: PackageCache, script: string) => {
    const { sourceCode, last } = load(`FROM scratch\nENV HOME=/root\nRUN ${script}\n`);
    return sourceCode.commandsOf(last).some((c) => cleansCache(c, cache, last, sourceCode));
  };
  it.each([
    ["apt-lists", "rm -rf /var/lib/apt/lists/*"],
    ["apt-lists", "rm -rf /var/lib/apt/lists"],
    ["apt-lists", "rm -rf /var/lib/apt/lists*"],
    ["apt-lists", "rm -Rf /var/lib/apt/*"],
    ["apt-lists", "sudo rm -rf /var/lib/apt/lists/*"],
    ["apk", "rm -rf /var/cache/apk/*"],
    ["conda", "conda clean -afy"],
    ["conda", "micromamba clean --all --yes"],
    ["conda", "/opt/conda/bin/mamba clean -tipsy"],
    ["conda", "rm -rf $CONDA_DIR/pkgs/*"],
    ["uv", "uv cache clean"],
    ["uv", "rm -rf /root/.cache/uv"],
    ["yum", "yum clean all"],
    ["yum", "rm -rf /var/cache/yum"],
    ["yum", "dnf clean all"],
    ["dnf", "dnf -y clean all"],
    ["dnf", "yum clean all"],
    ["dnf", "dnf clean ${quiet} all"],
    ["dnf", "rm -rf /var/cache/dnf/* /var/cache/yum/*"],
    ["microdnf", "microdnf clean all"],
    ["microdnf", "rm -rf /var/cache/yum"],
    ["zypper", "zypper clean"],
    ["zypper", "zypper -n cc --all"],
    ["pip", "pip cache purge"],
    ["pip", "python3 -m pip cache purge"],
    ["pip", "rm -rf ~/.cache/pip"],
    ["pip", "rm -rf /root/.cache"],
    ["pip", "rm -rf $HOME/.cache/pip"],
    ["npm", "npm cache clean --force"],
    ["npm", "rm -rf /root/.npm"],
    ["yarn", "yarn cache clean"],
    ["yarn", "yarn cache clean --all"],
    ["yarn", 'rm -rf "$(yarn cache dir)"'],
    ["apt-lists", "rm -rf /var/lib/apt/[l]ists"],
    ["apt-lists", "rm -rf /var/lib/ap?/lists/*/*/"],
  ] as const)("%s is cleaned by %s", (cache, script) => {
    expect(cleans(cache, script)).toBe(true);
  });
  it.each([
    ["apt-lists", "apt-get clean"],
    ["apt-lists", "rm -rf /var/lib/apt/lists/partial"],
    ["apt-lists", "rm -rf /var/cache/apt/*"],
    ["yum", "yum clean packages"],
    // microdnf keeps its own cache (/var/cache/yum): its clean leaves dnf's and yum's, and the other way round
    ["dnf", "microdnf clean all"],
    ["yum", "microdnf clean all"],
    ["microdnf", "dnf clean all"],
    ["dnf", "rm -rf /var/cache/yum"],
    ["npm", "npm cache clean"],
    ["npm", "npm cache verify"],
    ["pip", "pip cache list"],
    ["conda", "conda clean --index-cache --yes"],
    ["conda", "conda clean --packages -y"],
    ["uv", "uv cache prune"],
    ["pip", "rm -rf /tmp/*"],
    ["apk", "echo rm -rf /var/cache/apk"],
    ["apt-lists", "rm -rf /var/lib/apt/["],
  ] as const)("%s is not cleaned by %s", (cache, script) => {
    expect(cleans(cache, script)).toBe(false);
  });
  it("reads a relative rm operand under the WORKDIR in effect, when it is known", () => {
    const cleansIn = (cache: PackageCache, text: string) => {
      const { sourceCode, last } = load(text);
      return sourceCode.commandsOf(last).some((c) => cleansCache(c, cache, last, sourceCode));
    };
    expect(cleansIn("npm", "FROM scratch\nWORKDIR /root\nRUN rm -rf .npm\n")).toBe(true);
    expect(cleansIn("apt-lists", "FROM scratch AS a\nARG D=/var/lib\nWORKDIR ${D}\nFROM a\nWORKDIR apt\nRUN rm -rf lists/*\n")).toBe(true);
    expect(cleansIn("npm", "FROM scratch\nRUN rm -rf .npm\n")).toBe(false);
    expect(cleansIn("apt-lists", "FROM scratch\nWORKDIR /tmp\nRUN rm -rf lists\n")).toBe(false);
  });
  it("reads a path of 50,000 `/*` once (a trailing-part regex went over it from each `/`)", () => {
    expect(cleans("apt-lists", `rm -rf /var/lib/apt/lists${"/*".repeat(50_000)}x`)).toBe(false);
    expect(cleans("apt-lists", `rm -rf /var/lib/apt/lists${"/*".repeat(50_000)}`)).toBe(true);
  });
});

describe("cacheLeftInLayer", () => {
  it("wants the cleanup after the install", () => {
    const { sourceCode, last } = load("FROM scratch\nRUN yum clean all && yum install -y a && yum clean packages\n");
    const install = sourceCode.commandsOf(last)[1];
    expect(cacheLeftInLayer(last, "yum", install, sourceCode)).toBe(true);
    const { sourceCode: sc2, last: run2 } = load("FROM scratch\nRUN yum install -y a && yum clean all\n");
    expect(cacheLeftInLayer(run2, "yum", sc2.commandsOf(run2)[0], sc2)).toBe(false);
  });
});

describe("cacheFill", () => {
  const fills = (cache: PackageCache, script: string) => {
    const { sourceCode, last } = load(`FROM scratch\nRUN ${script}\n`);
    return sourceCode.commandsOf(last).map((c) => cacheFill(c, cache)?.subcommand?.value ?? null);
  };
  it("apt's lists are written by update, not by install", () => {
    expect(fills("apt-lists", "apt-get -qq update && apt-get install -y curl && apt update")).toEqual(["update", null, "update"]);
  });
  it("dnf's, yum's and microdnf's caches by every subcommand that downloads metadata, each by its own program", () => {
    expect(fills("dnf", "dnf -y upgrade && dnf5 up && dnf distro-sync && dnf module install nodejs:18 && microdnf upgrade")).toEqual([
      "upgrade", "up", "distro-sync", "module", null,
    ]);
    expect(fills("microdnf", "microdnf upgrade && dnf install x")).toEqual(["upgrade", null]);
    expect(fills("yum", "yum -y update && yum makecache && yum clean all && yum remove x")).toEqual(["update", "makecache", null, null]);
  });
  it("without a table of its own, a cache is filled by installs", () => {
    expect(fills("pip", "pip install x && pip list")).toEqual(["install", null]);
  });
});

describe("commandLeavingCache", () => {
  it("finds the first install after the last cleanup", () => {
    const { sourceCode, last } = load("FROM scratch\nRUN apk add a && rm -rf /var/cache/apk/* && apk add b\n");
    const found = commandLeavingCache(last, "apk", sourceCode, (f) => f.manager === "apk");
    expect(found?.install?.packages.map((p) => p.word.value)).toEqual(["b"]);
  });
});

describe("appendCleanup", () => {
  const edit = (text: string, cache: PackageCache = "apt-lists") => {
    const { sourceCode, last } = load(text);
    const install = sourceCode.commandsOf(last).find((c) => c.command !== "sudo" && /install|add/.test(c.args[0]?.value ?? ""))!;
    const e = appendCleanup(last, cache, install);
    return e && text.slice(0, e.range[0]) + e.text + text.slice(e.range[1]);
  };
  it("appends at the end of the shell text", () => {
    expect(edit("FROM scratch\nRUN apt-get install -y a   \n")).toBe("FROM scratch\nRUN apt-get install -y a && rm -rf /var/lib/apt/lists/*   \n");
    expect(edit("FROM scratch\nRUN microdnf install -y a\n", "dnf")).toBe("FROM scratch\nRUN microdnf install -y a && microdnf clean all\n");
    expect(edit("FROM scratch\nRUN sudo yum install -y a\n", "yum")).toBe("FROM scratch\nRUN sudo yum install -y a && sudo yum clean all\n");
  });
  it("declines where an append would change the meaning", () => {
    expect(edit("FROM scratch\nRUN apt-get install -y a;\n")).toBeNull();
    expect(edit("FROM scratch\nRUN apt-get install -y a &\n")).toBeNull();
    expect(edit("FROM scratch\nRUN apt-get install -y a # comment\n")).toBeNull();
    expect(edit("FROM scratch\nRUN <<EOF\napt-get install -y a\nEOF\n")).toBeNull();
    expect(edit('FROM scratch\nRUN ["apt-get", "install", "a"]\n')).toBeNull();
  });
});

describe("cacheMountTarget", () => {
  it("names the directory to mount", () => {
    expect(cacheMountTarget("apt-lists")).toBe("/var/lib/apt/lists");
    expect(cacheMountTarget("pip")).toBe("/root/.cache/pip");
    expect(cacheMountTarget("yarn")).toBe("/usr/local/share/.cache/yarn");
  });
});
