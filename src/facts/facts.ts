// What a Dockerfile builds with given inputs, worked out once per lint and only as far as rules
// ask: the stage graph, the target and the stages that reach the image, each stage's base image,
// start-up command, user, environment, exposed ports and the servers it starts.
import type * as m from "../parse/model.js";
import type { ShellDocument } from "../shell/document.js";
import type { ServerEnvironment } from "../shell/servers.js";
import type { ShellCommand } from "../shell/command.js";
import { accountsOf, type Account } from "./accounts.js";
import { baseImageOf, type BaseImage } from "./base-image.js";
import type { BuildInputs } from "./build-inputs.js";
import { exposedPortsOf, type ExposedPort } from "./exposed-ports.js";
import { findStartedServers, type StartedServer } from "./servers-started.js";
import { StageGraph } from "./stage-graph.js";
import { effectiveUser, healthcheckOf, processEnvironment, runtimeEnv, startupOf, type EffectiveUser, type Startup } from "./startup.js";
import { unsetArgsOf, type UnsetArg } from "./unset-args.js";
import { ownedPaths, volumesDeclared, writtenPaths, type OwnedPath, type WrittenPath } from "./image-paths.js";

export class DockerfileFacts {
  private graphOnce: StageGraph | null = null;
  private readonly bases = new Map<m.From, BaseImage>();
  private readonly startups = new Map<m.Stage, Startup>();
  private readonly users = new Map<m.Stage, EffectiveUser | null>();
  private readonly ports = new Map<m.Stage, ExposedPort[]>();
  private readonly servers = new Map<m.Stage, readonly StartedServer[]>();
  private readonly healthchecks = new Map<m.Stage, m.Healthcheck | null>();
  private readonly written = new Map<m.Stage, readonly WrittenPath[]>();
  private readonly volumes = new Map<m.Stage, readonly string[]>();
  private readonly owned = new Map<m.Stage, readonly OwnedPath[]>();
  private readonly accountLists = new Map<m.Stage, readonly Account[]>();
  private unsetArgsOnce: readonly UnsetArg[] | null = null;

  constructor(
    private readonly doc: ShellDocument,
    readonly inputs: BuildInputs = {},
  ) {}

  /** The stage graph, built on first use. */
  get graph(): StageGraph {
    return (this.graphOnce ??= new StageGraph(this.doc.ast, this.doc.variables, this.inputs.target, Object.keys(this.inputs.buildArgs ?? {}).length > 0 || !!this.inputs.platform));
  }

  /** The stage built: `target` from the inputs, else the last; undefined when there is none (or no stage has the target's name). */
  get target(): m.Stage | undefined {
    return this.graph.target;
  }

  /** The stage and its ancestors through `FROM <stage>`, nearest first. */
  lineage(stage: m.Stage): readonly m.Stage[] {
    return this.graph.lineage(stage);
  }

  /** True when the instruction's layers end up in an image: the target's lineage, and every ONBUILD trigger (it runs in an image built from this one). */
  layersInImage(instruction: m.Instruction): boolean {
    if (instruction.isTrigger || instruction.stageIndex < 0) return true;
    const stage = this.doc.ast.stages[instruction.stageIndex];
    return stage !== undefined && this.graph.inImage(stage);
  }

  /** What the stage is built on. */
  base(stage: m.Stage): BaseImage {
    return this.fromImage(stage.from);
  }

  /** The image the stage's layers start from: the base of the first stage of its lineage (through `FROM <stage>`). */
  rootBase(stage: m.Stage): BaseImage {
    return this.base(this.lineage(stage).at(-1)!);
  }

  /** What a FROM builds on: a stage's, or one written as an ONBUILD trigger. */
  fromImage(from: m.From): BaseImage {
    return memo(this.bases, from, () => baseImageOf(from, this.graph, this.doc.variables));
  }

  startup(stage: m.Stage): Startup {
    return memo(this.startups, stage, () => startupOf(stage, this.graph));
  }

  user(stage: m.Stage): EffectiveUser | null {
    return memo(this.users, stage, () => effectiveUser(stage, this.graph, this.doc));
  }

  /** The value of `name` in a container's environment (ENV); undefined when unset, null when unknown. */
  runtimeEnv(stage: m.Stage, name: string): string | null | undefined {
    return runtimeEnv(stage, name, this.graph, this.doc);
  }

  /** What a process `command` of a CMD/ENTRYPOINT of the stage sees. */
  processEnvironment(stage: m.Stage, instruction: m.Instruction, command: ShellCommand | null): ServerEnvironment {
    return processEnvironment(this.doc, this.graph, stage, instruction, command);
  }

  exposedPorts(stage: m.Stage): ExposedPort[] {
    return memo(this.ports, stage, () => exposedPortsOf(stage, this.graph, this.doc));
  }

  /** The servers a container of this stage starts (through its effective ENTRYPOINT and CMD). */
  serversStarted(stage: m.Stage): readonly StartedServer[] {
    return memo(this.servers, stage, () => findStartedServers(stage, this.graph, this.doc));
  }

  /** The HEALTHCHECK in effect for a container of this stage (`HEALTHCHECK NONE` included); null when the Dockerfile sets none. */
  healthcheck(stage: m.Stage): m.Healthcheck | null {
    return memo(this.healthchecks, stage, () => healthcheckOf(stage, this.graph));
  }

  /** The paths COPY and ADD write in an image of this stage (its lineage's), absolute; those not known are left out. */
  writtenPaths(stage: m.Stage): readonly WrittenPath[] {
    return memo(this.written, stage, () => writtenPaths(stage, this.graph, this.doc));
  }

  /** The paths VOLUME declares in an image of this stage (its lineage's), absolute and normalized; those not known are left out. */
  volumesDeclared(stage: m.Stage): readonly string[] {
    return memo(this.volumes, stage, () => volumesDeclared(stage, this.graph, this.doc));
  }

  /** The paths the Dockerfile gives to a user in an image of this stage (COPY/ADD --chown, RUN chown), absolute; those not known are left out. */
  ownedPaths(stage: m.Stage): readonly OwnedPath[] {
    return memo(this.owned, stage, () => ownedPaths(stage, this.graph, this.doc));
  }

  /** The users the stage's lineage creates or changes with a uid (useradd/adduser/usermod -u), in build order. */
  accounts(stage: m.Stage): readonly Account[] {
    return memo(this.accountLists, stage, () => accountsOf(stage, this.graph, this.doc));
  }

  /** The ARGs without a value that the build uses (see unset-args.ts), for the build args given. */
  get unsetArgs(): readonly UnsetArg[] {
    return (this.unsetArgsOnce ??= unsetArgsOf(this.graph, this.doc, this.inputs.buildArgs ?? {}));
  }
}

function memo<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  cache.set(key, value);
  return value;
}
