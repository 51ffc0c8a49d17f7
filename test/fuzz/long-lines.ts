// Long lines of the shapes that make regular expressions and scans go quadratic or worse: a long
// run of one piece of text (a character, a flag, an opening bracket or quote, `$(`, a heredoc
// marker) inside the arguments of each kind of instruction, comment and directive, then text that
// ends the run (where a backtracking regex fails and starts over).

/**
 * Where the run goes: `X` in a line (after `FROM a:1`). `shell`: X is read as shell code, which
 * tree-sitter parses, so a lint costs ten times more there than elsewhere.
 */
const PLACES: { line: string; shell?: true }[] = [
  { line: "FROM X" },
  { line: "FROM a:1 AS X" },
  { line: "FROM --platform=X a:1" },
  { line: "RUN X", shell: true },
  { line: "RUN echo X", shell: true },
  { line: "RUN sh -X x", shell: true },
  { line: "RUN sh -c 'X'", shell: true },
  { line: "RUN apt-get install -y X && rm -rf /var/lib/apt/lists/*", shell: true },
  { line: "RUN apt-get -o X install -y curl", shell: true },
  { line: "RUN pip install X", shell: true },
  { line: "RUN curl -fsSL X | tar xz", shell: true },
  { line: "RUN tar -xf X", shell: true },
  { line: "CMD X", shell: true },
  { line: "ONBUILD RUN X", shell: true },
  { line: "RUN echo 'APT::Get::AllowUnauthenticated X' > /etc/apt/apt.conf.d/x" },
  { line: "RUN echo 'deb [X trusted=yes] http://x main' > /etc/apt/sources.list" },
  { line: "RUN npm install 'pkg@X'" },
  { line: "RUN --mount=type=cache,target=X apt-get install -y curl" },
  { line: 'CMD ["sh", "-X"]' },
  { line: 'CMD ["X"]' },
  { line: 'ENTRYPOINT ["jupyter", "X"]' },
  { line: "HEALTHCHECK CMD X" },
  { line: "COPY X /d/" },
  { line: "ADD aX /d/" },
  { line: "COPY --from=X / /" },
  { line: "COPY --chown=X a /b/" },
  { line: "ENV A=X" },
  { line: "ENV A X" },
  { line: "ARG A=X" },
  { line: "LABEL a=X" },
  { line: "LABEL X=1" },
  { line: "EXPOSE X" },
  { line: "VOLUME X" },
  { line: 'VOLUME ["X"]' },
  { line: "WORKDIR X" },
  { line: "USER X" },
  { line: 'SHELL ["X"]' },
  { line: "# X" },
  { line: "# docklint-disable X" },
  { line: "# hadolint ignore=X" },
  { line: "# check=X" },
];

/** Lines that must come first, as directives. */
const DIRECTIVES = ["# escape=\\X", "# syntax=docker/X"];

/** What is repeated to make the run. */
const PIECES = [
  "a", "c", "0", " ", "\t", "/", "/*", "-", "--a ", ".", ":", "=", "@", "$", "${", "$(", "[", "(", "{",
  '"', "'", "\\", "`", "#", ",", ";", "|", "&&", "<<A0", "*a", "a/",
];

/**
 * Shell code that tree-sitter-bash parses in time quadratic in the run, which the 10-second
 * deadline stops (src/parse/limits.ts): 100,000 `|` in a row.
 */
const SHELL_PARSER_QUADRATIC = new Set(["|"]);

/** What follows the run. */
const END = "x1";

export interface LongLine {
  /** Which place and piece, for a test's name. */
  name: string;
  /** The Dockerfile with a run of about `length` characters. */
  text: (length: number) => string;
}

/**
 * Every piece in every place (`every`), or, to keep a run short, every piece in the places not
 * read as shell and a quarter of the pieces in each shell place, in turn (so each piece is read
 * as shell in two or three places), plus the shapes issue 12 found there.
 */
export function longLines({ every }: { every: boolean }): LongLine[] {
  let shellPlace = 0;
  const lines = PLACES.flatMap(({ line, shell }) => {
    const turn = shell ? shellPlace++ : 0;
    return PIECES.flatMap((piece, i) => {
      if (shell && SHELL_PARSER_QUADRATIC.has(piece)) return [];
      if (shell && !every && (i + turn) % 4 !== 0 && !FOUND_IN_SHELL.some(([l, p]) => l === line && p === piece)) return [];
      return [{ name: `${line} with ${JSON.stringify(piece)} repeated`, text: (length: number) => `FROM a:1\n${line.replace("X", () => run(piece, length))}\n` }];
    });
  });
  const directives = DIRECTIVES.flatMap((line) =>
    PIECES.map((piece) => ({
      name: `${line} with ${JSON.stringify(piece)} repeated`,
      text: (length: number) => `${line.replace("X", () => run(piece, length))}\nFROM a:1\nRUN echo hi\n`,
    })),
  );
  return [...lines, ...directives];
}

/** Shapes in shell places that took seconds at 100 KB before issue 12. */
const FOUND_IN_SHELL: [string, string][] = [
  ["RUN sh -X x", "c"],
  ["RUN X", "<<A0"],
  ["CMD X", "${"],
];

function run(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)) + END;
}

/** Patterns a `.dockerignore` beside the linted files holds: each backtracked as a RegExp. */
export const HOSTILE_DOCKERIGNORE = "*a*a*a*a*a*ab\n**/**/**/**/**/x\n*/*/*/*/*/y\n[z-a]\n!*a*a*a*a*a*ac\n";
