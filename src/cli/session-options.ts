// A lint session's options from the command line and hadolint's variables, in hadolint's
// precedence (the command line over its variables over config files): the command's run and the
// language server (--lsp) read config and flags alike.
import { readHadolintEnvironment, type HadolintEnvironment } from "../config/hadolint-env.js";
import { ruleRegistry, type SessionOptions } from "../lint-session.js";
import type { CliOptions } from "./options.js";
import { hadolintFlagRules, layered, parseRuleFlags } from "./rule-flags.js";

export function sessionOptions(args: CliOptions, cwd: string): { options: SessionOptions; environment: HadolintEnvironment } {
  const environment = readHadolintEnvironment(process.env, ruleRegistry());
  const options: SessionOptions = {
    cwd,
    configFile: args.config,
    noConfig: args.noConfig,
    rules: layered(environment.rules, hadolintFlagRules(args, ruleRegistry()), parseRuleFlags(args.rules)),
    hadolintPragmas: environment.run.hadolintPragmas,
    context: args.context,
    buildArgs: args.buildArgs,
    target: args.target,
    platform: args.platform,
    timing: args.timing,
    maxFileSize: args.maxFileSize,
  };
  return { options, environment };
}
