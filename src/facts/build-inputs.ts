// What `docker build` is told besides the Dockerfile: build args, the target stage, the platform
// and the context directory. All optional; none given means what `docker build .` does.

export interface BuildInputs {
  /** `--build-arg NAME=VALUE`: replaces the ARG's default. */
  buildArgs?: Readonly<Record<string, string>>;
  /** `--target STAGE`: the stage built; the last stage when not given. */
  target?: string;
  /** `--platform os/arch[/variant]`: sets TARGETPLATFORM, TARGETOS, TARGETARCH, TARGETVARIANT. */
  platform?: string;
  /** The build context directory; the Dockerfile's directory when not given. */
  contextDir?: string;
}

/** The values ARGs take from the inputs: the build args, over the platform's automatic args. */
export function argValues(inputs: BuildInputs): Readonly<Record<string, string>> {
  if (!inputs.platform) return inputs.buildArgs ?? {};
  const [os = "", arch = "", variant = ""] = inputs.platform.split("/");
  const platform = { TARGETPLATFORM: inputs.platform, TARGETOS: os, TARGETARCH: arch, TARGETVARIANT: variant };
  return { ...platform, ...inputs.buildArgs };
}

/** True when no input is given: the facts are those of a plain `docker build`. */
export function isDefaultBuild(inputs: BuildInputs): boolean {
  return !inputs.target && !inputs.platform && !inputs.contextDir && Object.keys(inputs.buildArgs ?? {}).length === 0;
}
