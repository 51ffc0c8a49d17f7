// How much one file may hold before docklint declines to lint it. Each limit is a count, not a
// time, so the same file gets the same result on any machine; each sits far above real
// Dockerfiles (the largest of the 4,447 in the test corpus: 254 instructions, 59 stages, shell
// syntax 40 levels deep) and below the sizes where linting one file would take more than seconds.
import { now } from "../source/clock.js";

export const LIMITS = {
  /** Each comment, and each line of an instruction, is a node: 4.7 million `#` lines took 1.6 GB. The most in the corpus: 649. */
  lines: 100_000,
  instructions: 10_000,
  stages: 1_000,
  /**
   * Words in the instructions' arguments, over the file: each is a node every rule may see, and
   * a single `RUN pip install a a a ...` of 9 MB holds 4.7 million of them (2.8 GB of memory
   * before any rule ran). The most in one file of the corpus is 1,228.
   */
  words: 100_000,
  /**
   * Pieces of one shell script (runs of plain characters, operators, quotes, `$`), counted before
   * a parser builds a node for each: `RUN echo $a$a$a...` of 9 MB took tree-sitter 2 GB.
   */
  shellTokens: 200_000,
  /** `$NAME` and `${NAME}` in one argument: `ENV b=${a}${a}...` of 9 MB took 720 MB. */
  variableReferences: 100_000,
  /** Simple commands found in all the shell code of the file. */
  shellCommands: 50_000,
  /** Depth of one shell syntax tree, not counting the level each `&&`, `||` or `|` of a chain adds. */
  shellDepth: 2_000,
  /** Shells and wrappers inside one another: `sh -c 'sudo env A=1 bash -c ...'`. */
  shellNesting: 100,
  /**
   * The one limit in time, a backstop for what no count catches: tree-sitter-bash's error
   * recovery is quadratic on some broken shell (8,000 `)` in a row take a second, 40,000 take
   * forty). Real files take milliseconds; a file that reaches this would take minutes.
   */
  seconds: 10,
} as const;

/** When linting one file must stop: `at` on src/source/clock.ts's clock. */
export interface Deadline {
  at: number;
  seconds: number;
}

export function deadlineIn(seconds: number): Deadline {
  return { at: now() + seconds * 1000, seconds };
}

export function checkDeadline(deadline: Deadline | undefined, offset: number): void {
  if (deadline && now() > deadline.at) throw outOfTime(deadline, offset);
}

/** The file's limit ran out at `offset`. */
export function outOfTime(deadline: Deadline, offset: number): TooComplex {
  return new TooComplex(`linting it took more than ${seconds(deadline.seconds)}`, offset);
}

/**
 * What is left of a file's time limit for the checks it asked for after its walk (a process
 * such as ShellCheck): whoever runs them takes off what they spend and gives OUT_OF_TIME for a
 * check that needed more than was left.
 */
export interface TimeBudget {
  remainingMs: number;
}

/** The result of a later check whose file ran out of time first: the file becomes too complex. */
export const OUT_OF_TIME: unique symbol = Symbol("out of time");

/** "10 seconds", "1 second". */
export function seconds(n: number): string {
  return `${n} second${n === 1 ? "" : "s"}`;
}

/** Thrown where a limit is passed; the linter turns it into the file's one finding. */
export class TooComplex extends Error {
  constructor(
    message: string,
    /** Where in the text the limit was passed. */
    readonly offset: number,
  ) {
    super(message);
    this.name = "TooComplex";
  }
}
