import { testRule } from "../rule-tester.js";

testRule("label-key-format", {
  valid: [
    // hadolint's documented cases
    'FROM alpine:3.20\nLABEL org.valid-key.label3="foo"\n',
    'FROM alpine:3.20\nLABEL validlabel="foo"\n',
    { name: "quoted key, several pairs", code: 'FROM alpine:3.20\nLABEL "org.opencontainers.image.title"="app" com.example.v2=1\n' },
    { name: "key from an ARG", code: 'ARG NS=com.example\nFROM alpine:3.20\nARG NS\nLABEL ${NS}.version="1"\n' },
    { name: "hadolint flags `invalid$character`, but Docker expands the variable: not judged", code: 'FROM alpine:3.20\nLABEL invalid$character="foo"\n' },
    { name: "unresolved key", code: "FROM alpine:3.20\nARG NS\nLABEL ${NS}.version=1\n" },
    { name: "difference: a key that is still a variable is not judged (hadolint flags its $)", code: "FROM alpine:3.20\nARG KEY\nLABEL com.example.$KEY=1\n" },
  ],
  invalid: [
    {
      name: "hadolint: reserved namespaces",
      code: 'FROM alpine:3.20\nLABEL com.docker.label="foo"\nLABEL io.docker.label="foo"\nLABEL org.dockerproject.label="foo"\n',
      errors: [
        { messageId: "reserved", line: 2, column: 7 },
        { messageId: "reserved", line: 3, column: 7 },
        { messageId: "reserved", line: 4, column: 7 },
      ],
      output: null,
    },
    {
      name: "invalid character; upper case; underscore",
      code: "FROM alpine:3.20\nLABEL invalid@character=\"foo\"\nLABEL Maintainer=ada build_date=2024\n",
      errors: [
        { messageId: "characters", line: 2, column: 7 },
        { messageId: "characters", line: 3, column: 7 },
        { messageId: "characters", line: 3, column: 22 },
      ],
      output: null,
    },
    {
      name: "hadolint: invalid start and end",
      code: 'FROM alpine:3.20\nLABEL .invalid="foo"\nLABEL -invalid="foo"\nLABEL 1invalid="foo"\nLABEL invalid.="foo"\n',
      errors: [
        { messageId: "edges", line: 2, column: 7 },
        { messageId: "edges", line: 3, column: 7 },
        { messageId: "edges", line: 4, column: 7 },
        { messageId: "edges", line: 5, column: 7 },
      ],
      output: null,
    },
    {
      name: "hadolint: consecutive separators, multi-line, ONBUILD",
      code: 'FROM alpine:3.20\nLABEL a=1 \\\n      invalid..character="foo"\nONBUILD LABEL invalid--character="foo"\n',
      errors: [
        { messageId: "separators", line: 3, column: 7 },
        { messageId: "separators", line: 4, column: 15 },
      ],
      output: null,
    },
  ],
});
